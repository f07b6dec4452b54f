package jp.yui.deploy.ops;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Service;

/**
 * Administration of the per-processing-group dead-letter queues (see
 * {@link jp.yui.deploy.config.EventProcessingConfiguration}): how many events are parked where, and processing them
 * again after the fix ({@code processAny} until nothing more succeeds). A parked sequence that fails again stays
 * parked (its cause updated), so processing is safe to repeat.
 */
@Service
public class DeadLetterOperations {

    /** How many parked events (and sequences, i.e. cooperatives) there were and are. */
    public record Outcome(String processingGroup, int sequencesProcessed, long parkedBefore, long parkedAfter) {
    }

    private final EventProcessingConfiguration processing;

    public DeadLetterOperations(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Parked events per processing group (groups with a dead-letter queue only). */
    public Map<String, Long> parked() {
        Map<String, Long> counts = new TreeMap<>();
        // a processor may run several processing groups (EventProcessingConfiguration.RECORDS_PROCESSOR), each with a
        // queue of its own; a group running alone has its processor's name
        Set<String> groups = new TreeSet<>(processing.eventProcessors().keySet());
        groups.addAll(jp.yui.deploy.config.EventProcessingConfiguration.PROJECTION_GROUPS);
        groups.forEach(group -> processing.deadLetterQueue(group)
                .ifPresent(queue -> counts.put(group, queue.size())));
        return counts;
    }

    /**
     * Processes the parked sequences of {@code processingGroup} until none succeeds any more.
     *
     * @throws IllegalArgumentException if the group has no dead-letter queue
     */
    public Outcome processAll(String processingGroup) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processingGroup)
                .orElseThrow(() -> new IllegalArgumentException("no dead-letter queue for processing group "
                        + processingGroup));
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new IllegalArgumentException("no dead-letter processor for processing group "
                        + processingGroup));
        long before = queue.size();
        int processed = 0;
        // each processAny takes one sequence; bounded so that sequences failing again cannot loop for ever
        long bound = queue.amountOfSequences() + 1;
        for (long i = 0; i < bound && processor.processAny(); i++) {
            processed++;
        }
        return new Outcome(processingGroup, processed, before, queue.size());
    }
}
