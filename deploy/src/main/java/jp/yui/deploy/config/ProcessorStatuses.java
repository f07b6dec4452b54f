package jp.yui.deploy.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The status of a streaming processor's segments on this node, without stale errors.
 * <p>
 * Axon 4.13's {@code PooledStreamingEventProcessor} can leave an error status behind for a segment it no longer works
 * on. When a work package fails (the database is gone: "CannotCreateTransactionException: Could not open JDBC
 * Connection for transaction") it aborts itself, and its last run removes its status. If the coordinator then fails
 * too (the same outage: claiming segments or reading the event stream) before it dropped that work package, it aborts
 * it once more, with its own exception, and that second abort creates the status again — the status updater starts
 * from the segment's initial status (position of the claim, 0 if claimed at start-up) when there is none — marked with
 * the error. Nothing removes it afterwards: the aborted work package never runs again, and the coordinator only
 * touches the status of segments it can claim. The processor itself resumes (a new coordination task claims segments
 * again, and whichever node claims the segment processes it), but while another node holds that segment this node
 * reported the processor in error for good.
 * <p>
 * An error status is therefore this node's only if this node holds the segment's claim in {@code token_entry}; a
 * status without an error is kept as it is.
 */
public final class ProcessorStatuses {

    private static final Logger log = LoggerFactory.getLogger(ProcessorStatuses.class);
    /** The stale errors already logged (each once). */
    private static final Set<Object> logged = ConcurrentHashMap.newKeySet();

    private ProcessorStatuses() {
    }

    /** The segments whose claim the given node holds in {@code token_entry}, by processor. */
    public static Map<String, Set<Integer>> claimedBy(JdbcTemplate jdbc, String nodeId) {
        Map<String, Set<Integer>> out = new HashMap<>();
        jdbc.query("select processor_name, segment from token_entry where owner = ?", rs -> {
            out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2));
        }, nodeId);
        return out;
    }

    /** The processor's status by segment, leaving out errors of segments this node does not hold ({@code claimed}). */
    public static Map<Integer, EventTrackerStatus> current(StreamingEventProcessor processor, Set<Integer> claimed) {
        Map<Integer, EventTrackerStatus> out = new HashMap<>();
        processor.processingStatus().forEach((segment, status) -> {
            if (!status.isErrorState() || claimed.contains(segment)) {
                out.put(segment, status);
            } else if (logged.size() < 1000 && logged.add(status.getError())) {
                log.info("Processor [{}]: stale error status of segment {}, which this node does not hold, left out: {}",
                        processor.getName(), segment, String.valueOf(status.getError()));
            }
        });
        return out;
    }
}
