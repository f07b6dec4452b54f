package jp.yui.deploy.replay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.yui.deploy.config.AxonJdbcConfiguration.NodeId;
import jp.yui.deploy.config.ProcessorStatuses;
import jp.yui.query.replay.ClusteredReplay;
import jp.yui.query.replay.ProcessorProgress;
import jp.yui.query.replay.ReplayProgress;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A replay of every read model coordinated across every node on the database (table {@code replay_request}, migration
 * V620; used by {@code ReplayService}):
 * <ol>
 *     <li>the node asked ({@link #startReplay()}) records a request under a transaction-level advisory lock — refused
 *     while another is pending or still replaying, so two nodes asked at once give one replay — and NOTIFYs channel
 *     {@value #CHANNEL};</li>
 *     <li>every node, on the notification (LISTEN on a connection of its own, like the live updates) or, should it
 *     miss it, when it polls the table every {@code yui.replay.poll-ms} (default 5 s) — also right after it starts —
 *     shuts down its replayable processors, which releases their claims in {@code token_entry}, and waits;</li>
 *     <li>the requesting node shuts down its own, waits until no other node holds a claim on those processors' tokens
 *     (owner null, its own or expired), at most {@code yui.replay.release-timeout-seconds} (default 60 s, then the
 *     request FAILS with the owners named), and in one transaction, with the request row locked, resets every token
 *     (running each {@code @ResetHandler} once), releases the claims and marks the request RESET;</li>
 *     <li>every node starts its processors again; they claim the segments as usual and replay;</li>
 *     <li>the request is FINISHED when every segment of every reset processor, whoever holds it, has passed the
 *     position it was reset at and reached the head of the stream as it stood at the reset ({@code target_position};
 *     a processor that was behind then would otherwise be reported done with events still to handle) — read from
 *     {@code token_entry}, and for the segments held here, from the processor.</li>
 * </ol>
 * A node waiting on a request whose requesting node never resets it (it stopped) gives up after the release timeout
 * plus 30 s, marks the request FAILED and starts its processors again. The token owner names are the nodes' names
 * ({@code yui.node-id}).
 */
@Component
public class ClusterReplay implements ClusteredReplay, DisposableBean {

    public static final String CHANNEL = "yui_replay";
    /** The advisory lock taken while a request is created. */
    static final long LOCK_KEY = 0x7975695f7265706cL;
    private static final Logger log = LoggerFactory.getLogger(ClusterReplay.class);
    private static final long WAIT_MILLIS = 200;
    private static final Duration ABANDON_GRACE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final String nodeId;
    private final Duration releaseTimeout;
    private final Duration claimTimeout;
    private final long pollMillis;
    private final ExecutorService executor;
    private final Set<Long> handled = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    public ClusterReplay(DataSource dataSource, PlatformTransactionManager transactions,
                         EventProcessingConfiguration processing, EventStore eventStore,
                         @Qualifier("serializer") Serializer serializer, NodeId nodeId,
                         @Value("${yui.replay.release-timeout-seconds:60}") long releaseTimeoutSeconds,
                         @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
                         @Value("${yui.replay.poll-ms:5000}") long pollMillis) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(transactions);
        this.processing = processing;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.nodeId = nodeId.name();
        this.releaseTimeout = Duration.ofSeconds(Math.max(1, releaseTimeoutSeconds));
        this.claimTimeout = claimTimeout;
        this.pollMillis = Math.max(100, pollMillis);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "yui-replay-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    // ------------------------------------------------------------------------------------------------ requesting

    @Override
    public boolean startReplay() {
        if (!running && executor.isShutdown()) {
            throw new IllegalStateException("the replay service is shut down");
        }
        List<String> names = replayable().stream().map(StreamingEventProcessor::getName).toList();
        Long id = tx.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK_KEY);
            Request last = latest();
            if (last != null && (last.state.equals("REQUESTED")
                    || last.state.equals("RESET") && !finishIfDone(last, headPosition()))) {
                return null;
            }
            Long created = jdbc.queryForObject("insert into replay_request (requested_by, processors) values (?, ?) "
                    + "returning id", Long.class, nodeId, String.join(",", names));
            handled.add(created);
            jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, Long.toString(created));
            return created;
        });
        if (id == null) {
            return false;
        }
        log.info("Replay {} requested on node {}: {}", id, nodeId, names);
        executor.execute(() -> coordinate(id, names));
        return true;
    }

    /** On the requesting node: stop here, wait for the others to let go, reset once, start again, watch the end. */
    private void coordinate(long id, List<String> names) {
        List<StreamingEventProcessor> local = replayable().stream().filter(p -> names.contains(p.getName())).toList();
        try {
            shutDownAll(local);
            awaitReleased(names);
            tx.executeWithoutResult(status -> {
                String state = jdbc.queryForObject("select state from replay_request where id = ? for update",
                        String.class, id);
                if (!"REQUESTED".equals(state)) {
                    throw new IllegalStateException("replay " + id + " is " + state + ", no longer to be reset");
                }
                for (StreamingEventProcessor p : local) {
                    p.resetTokens();
                }
                jdbc.update("update token_entry set owner = null where processor_name in (" + marks(names) + ")",
                        concat(names));
                // the read models are rebuilt when every segment has come this far (not only as far as it was reset at)
                jdbc.update("update replay_request set state = 'RESET', reset_at = now(), target_position = ? where id = ?",
                        headPosition(), id);
                jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, Long.toString(id));
            });
            log.info("Replay {}: every token of {} processors reset; replaying on every node", id, local.size());
        } catch (RuntimeException e) {
            log.error("Replay {} failed before its reset", id, e);
            fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            startAll(local);
        }
        try {
            while (!executor.isShutdown()) {
                Request r = find(id);
                if (r == null || !r.state.equals("RESET") || finishIfDone(r, headPosition())) {
                    return;
                }
                Thread.sleep(WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Replay {}: watching its end failed ({}); the nodes' polls will record it", id, e.toString());
        }
    }

    /** Waits until no other node holds a live claim on the tokens of {@code names}. */
    private void awaitReleased(List<String> names) {
        long deadline = System.nanoTime() + releaseTimeout.toNanos();
        while (true) {
            List<String> holders = jdbc.queryForList("select distinct owner from token_entry where processor_name in ("
                            + marks(names) + ") and owner is not null and owner <> ? and time_stamp > ?", String.class,
                    concat(names, nodeId, Instant.now().minus(claimTimeout).toString()));
            if (holders.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nodes " + holders + " still hold segments after "
                        + releaseTimeout.toSeconds() + " s (yui.replay.release-timeout-seconds); nothing was reset");
            }
            sleep();
        }
    }

    private void fail(long id, String error) {
        jdbc.update("update replay_request set state = 'FAILED', error = ?, finished_at = now() where id = ? "
                + "and state = 'REQUESTED'", error, id);
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, Long.toString(id));
    }

    // ------------------------------------------------------------------------------------------------ following

    /** On every other node: stop the processors until the request is reset (or failed, or abandoned). */
    private void follow(long id) {
        if (!handled.add(id)) {
            return;
        }
        Request r = find(id);
        if (r == null || !r.state.equals("REQUESTED")) {
            return;
        }
        List<StreamingEventProcessor> local = replayable().stream().filter(p -> r.processors.contains(p.getName()))
                .toList();
        log.info("Replay {} requested by node {}: stopping {} processors here until it is reset", id, r.requestedBy,
                local.size());
        try {
            shutDownAll(local);
            Instant giveUp = r.requestedAt.plus(releaseTimeout).plus(ABANDON_GRACE);
            while (true) {
                Request now = find(id);
                if (now == null || !now.state.equals("REQUESTED")) {
                    log.info("Replay {} is {}: starting the processors here again", id, now == null ? "gone" : now.state);
                    return;
                }
                if (Instant.now().isAfter(giveUp)) {
                    log.warn("Replay {}: node {} did not reset it in time; giving it up", id, r.requestedBy);
                    fail(id, "abandoned: node " + r.requestedBy + " did not reset the tokens in time");
                    return;
                }
                sleep();
            }
        } catch (RuntimeException e) {
            log.error("Replay {}: following it failed; starting the processors here again", id, e);
        } finally {
            startAll(local);
        }
    }

    @EventListener(ContextRefreshedEvent.class)
    public synchronized void startListening(ContextRefreshedEvent event) {
        if (running || executor.isShutdown()) {
            return;
        }
        running = true;
        Thread listener = new Thread(this::listen, "yui-replay-listener");
        Thread poller = new Thread(this::poll, "yui-replay-poller");
        for (Thread t : List.of(listener, poller)) {
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    @Override
    public synchronized void destroy() {
        running = false;
        threads.forEach(Thread::interrupt);
        executor.shutdownNow();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    for (PGNotification n : notifications == null ? new PGNotification[0] : notifications) {
                        long id = Long.parseLong(n.getParameter());
                        if (!handled.contains(id)) {
                            executor.execute(() -> follow(id));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("replay notifications: {} — reconnecting", e.toString());
                if (!pause(pollMillis)) {
                    return;
                }
            }
        }
    }

    /** The fallback for a missed notification, and the record of a replay's end when nobody is watching. */
    private void poll() {
        while (running) {
            try {
                for (Long id : jdbc.queryForList("select id from replay_request where state = 'REQUESTED'", Long.class)) {
                    if (!handled.contains(id)) {
                        executor.execute(() -> follow(id));
                    }
                }
                Request last = latest();
                if (last != null && last.state.equals("RESET")) {
                    finishIfDone(last, headPosition());
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("replay poll: {}", e.toString());
            }
            if (!pause(pollMillis)) {
                return;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ progress

    @Override
    public ReplayProgress progress() {
        long head = headPosition();
        Request r = latest();
        if (r != null && r.state.equals("RESET") && finishIfDone(r, head)) {
            r = find(r.id);
        }
        Map<String, List<SegmentPosition>> segments = segments(head);
        Map<String, ProcessorProgress> byProcessor = new LinkedHashMap<>();
        // an error of a segment another node holds is a stale status of this node's processor (ProcessorStatuses)
        Map<String, Set<Integer>> claimed = ProcessorStatuses.claimedBy(jdbc, nodeId);
        for (StreamingEventProcessor p : streaming()) {
            List<SegmentPosition> of = segments.getOrDefault(p.getName(), List.of());
            long position = of.isEmpty() ? 0 : of.stream().mapToLong(SegmentPosition::position).min().orElse(0);
            Map<Integer, EventTrackerStatus> status =
                    ProcessorStatuses.current(p, claimed.getOrDefault(p.getName(), Set.of()));
            String error = status.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(s -> s.getError() == null ? "error"
                            : s.getError().getClass().getSimpleName() + ": " + s.getError().getMessage())
                    .findFirst().orElse(null);
            if (error == null && r != null && r.state.equals("FAILED") && r.processors.contains(p.getName())) {
                error = r.error;
            }
            // replaying only while the replay runs: once a node saw every segment past its reset position (some from
            // its own processors' status), a token stored by another node may still say "replay" for a few seconds
            boolean replaying = r != null && r.state.equals("RESET") && r.processors.contains(p.getName())
                    && of.stream().anyMatch(SegmentPosition::replaying);
            byProcessor.put(p.getName(), new ProcessorProgress(replaying,
                    Math.min(position, head), head, status.size(), of.size(),
                    !of.isEmpty() && of.stream().allMatch(SegmentPosition::caughtUp), error));
        }
        if (r == null) {
            long done = byProcessor.values().stream().mapToLong(ProcessorProgress::position).min().orElse(head);
            return new ReplayProgress(false, Math.min(done, head), head, 0, Duration.ZERO, byProcessor, null, null);
        }
        switch (r.state) {
            case "REQUESTED":
                return new ReplayProgress(true, 0, head, 0, null, byProcessor, r.requestedAt, null);
            case "RESET": {
                long done = eventsDone(r, byProcessor, head);
                double seconds = Duration.between(r.requestedAt, Instant.now()).toMillis() / 1000.0;
                double rate = seconds <= 0 ? 0 : done / seconds;
                Duration left = rate <= 0 ? null : Duration.ofMillis((long) ((head - done) / rate * 1000));
                return new ReplayProgress(true, done, head, rate, left, byProcessor, r.requestedAt, null);
            }
            case "FINISHED":
                // the replay reached the head as it stood at the reset; what came after is ordinary processing
                return new ReplayProgress(false, head, head, r.eventsPerSecond, Duration.ZERO, byProcessor,
                        r.requestedAt, r.finishedAt);
            default:
                return new ReplayProgress(false, Math.min(head, eventsDone(r, byProcessor, head)), head, 0,
                        Duration.ZERO, byProcessor, r.requestedAt, r.finishedAt);
        }
    }

    private static long eventsDone(Request r, Map<String, ProcessorProgress> byProcessor, long head) {
        long done = head;
        for (String name : r.processors) {
            ProcessorProgress p = byProcessor.get(name);
            if (p != null) {
                done = Math.min(done, p.position());
            }
        }
        return Math.max(0, done);
    }

    /** Marks a RESET request FINISHED when every segment of its processors has replayed; whether it is. */
    private boolean finishIfDone(Request r, long head) {
        Map<String, List<SegmentPosition>> segments = segments(head);
        for (String name : r.processors) {
            List<SegmentPosition> of = segments.get(name);
            if (of == null || of.isEmpty() || of.stream().anyMatch(SegmentPosition::replaying)) {
                return false;
            }
            // and every segment has reached the head as it stood at the reset: a processor that was behind then left
            // Axon's replay at its reset position with the rest of the events still to handle
            if (r.targetPosition() != null && of.stream().anyMatch(sp -> sp.position() < r.targetPosition())) {
                return false;
            }
        }
        double seconds = Duration.between(r.requestedAt, Instant.now()).toMillis() / 1000.0;
        long done = r.processors.stream().flatMap(n -> segments.get(n).stream()).mapToLong(SegmentPosition::position)
                .min().orElse(head);
        int updated = jdbc.update("update replay_request set state = 'FINISHED', finished_at = now(), events_done = ?, "
                + "events_per_second = ? where id = ? and state = 'RESET'", done, seconds <= 0 ? 0 : done / seconds, r.id);
        if (updated > 0) {
            log.info("Replay {} finished in {} s: {} events, {} events/s", r.id, String.format("%.1f", seconds), done,
                    String.format("%.0f", seconds <= 0 ? 0 : done / seconds));
        }
        return true;
    }

    /**
     * Every segment of every processor in {@code token_entry}, whoever holds it; for the segments this node holds,
     * the processor's own status where it is further on (the token store lags by up to a claim extension).
     */
    private Map<String, List<SegmentPosition>> segments(long head) {
        Map<String, Map<Integer, EventTrackerStatus>> here = new HashMap<>();
        for (StreamingEventProcessor p : streaming()) {
            here.put(p.getName(), p.processingStatus());
        }
        Map<String, List<SegmentPosition>> out = new HashMap<>();
        jdbc.query("select processor_name, segment, token, token_type from token_entry order by processor_name, segment",
                rs -> {
                    String name = rs.getString(1);
                    int segment = rs.getInt(2);
                    TrackingToken token = deserialize(rs.getBytes(3), rs.getString(4));
                    long position = token == null ? 0 : token.position().orElse(0);
                    boolean replaying = stillReplaying(token);
                    boolean caughtUp = !replaying && position >= head;
                    EventTrackerStatus status = here.getOrDefault(name, Map.of()).get(segment);
                    if (status != null && !status.isErrorState()) {
                        long at = status.getCurrentPosition().orElse(0);
                        if (at >= position) {
                            position = at;
                            replaying = replaying && stillReplaying(status);
                            caughtUp = status.isCaughtUp() && !replaying;
                        }
                    }
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(new SegmentPosition(position, replaying, caughtUp));
                });
        return out;
    }

    private TrackingToken deserialize(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }

    /** A replay token that has not reached the position it was reset at (as {@code ReplayService.stillReplaying}). */
    static boolean stillReplaying(TrackingToken token) {
        if (!(token instanceof ReplayToken)) {
            return false;
        }
        OptionalLong reset = ReplayToken.getTokenAtReset(token);
        OptionalLong at = token.position();
        return reset.isEmpty() || at.isEmpty() || at.getAsLong() < reset.getAsLong();
    }

    private static boolean stillReplaying(EventTrackerStatus s) {
        if (!s.isReplaying()) {
            return false;
        }
        OptionalLong reset = s.getResetPosition();
        OptionalLong at = s.getCurrentPosition();
        return reset.isEmpty() || at.isEmpty() || at.getAsLong() < reset.getAsLong();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private record SegmentPosition(long position, boolean replaying, boolean caughtUp) {
    }

    private record Request(long id, String requestedBy, Instant requestedAt, List<String> processors, String state,
                           Instant finishedAt, double eventsPerSecond, String error, Long targetPosition) {
    }

    private static final String REQUEST_COLUMNS =
            "id, requested_by, requested_at, processors, state, finished_at, events_per_second, error, target_position";

    private Request latest() {
        return one("select " + REQUEST_COLUMNS + " from replay_request order by id desc limit 1");
    }

    private Request find(long id) {
        return one("select " + REQUEST_COLUMNS + " from replay_request where id = ?", id);
    }

    private Request one(String sql, Object... args) {
        List<Request> rows = jdbc.query(sql, (rs, i) -> new Request(rs.getLong(1), rs.getString(2),
                instant(rs.getTimestamp(3)), rs.getString(4).isEmpty() ? List.of() : Arrays.asList(rs.getString(4).split(",")),
                rs.getString(5), instant(rs.getTimestamp(6)), rs.getDouble(7), rs.getString(8),
                rs.getObject(9) == null ? null : rs.getLong(9)), args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private List<StreamingEventProcessor> replayable() {
        return streaming().stream().filter(StreamingEventProcessor::supportsReset).toList();
    }

    /** Stops the processors, all at once (each releases its claims), and waits until they have stopped. */
    private static void shutDownAll(List<StreamingEventProcessor> processors) {
        java.util.concurrent.CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(java.util.concurrent.CompletableFuture[]::new)).join();
    }

    private void startAll(List<StreamingEventProcessor> processors) {
        if (executor.isShutdown()) {
            return; // the application is stopping
        }
        for (StreamingEventProcessor p : processors) {
            try {
                if (!p.isRunning()) {
                    p.start();
                }
            } catch (RuntimeException e) {
                log.error("Replay: processor {} could not be started again", p.getName(), e);
            }
        }
    }

    private static String marks(List<String> names) {
        return String.join(", ", Collections.nCopies(Math.max(1, names.size()), "?"));
    }

    private static Object[] concat(List<String> names, Object... more) {
        List<Object> all = new ArrayList<>(names.isEmpty() ? List.of("") : names);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    private void sleep() {
        if (!pause(WAIT_MILLIS)) {
            throw new IllegalStateException("interrupted");
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
