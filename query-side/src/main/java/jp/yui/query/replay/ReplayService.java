package jp.yui.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the events (再構築): for every streaming event processor that supports a reset
 * (every projection's processing group), all at once, each in a thread of its own: shut it down, {@code resetTokens()}
 * — which calls its {@code @ResetHandler}s, emptying its tables, and turns its tokens into replay tokens, in one
 * transaction — and start it again. The processors then replay the whole event store in their own threads.
 * <p>
 * Commands are never blocked: the command side does not wait for processors, so commands keep being handled and their
 * events are simply replayed too. While a processor replays, its read model is incomplete (queries answer from what
 * has been rebuilt so far).
 * <p>
 * {@link #startReplay()} is idempotent while a replay runs. {@link #progress()} (query {@link FindReplayProgress})
 * compares each processor's segment positions ({@code processingStatus()}) with the head of the event store.
 * <p>
 * <b>Every node.</b> With several nodes on one database, a reset needs every token of a processor, which other nodes
 * hold while their processors run. So in the application this service hands both operations to the
 * {@link ClusteredReplay} bean (deploy module): the request is recorded in the database and announced to every node,
 * every node stops its processors (releasing its claims), the requesting node resets the tokens once — running the
 * {@code @ResetHandler}s once — and every node starts its processors again, sharing the segments as usual; the progress
 * is then read from the token store, every segment whoever holds it. Without such a bean (a single Axon configuration)
 * the replay and its progress are this node's, as described above.
 */
@Component
public class ReplayService {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final long POLL_MILLIS = 100;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private volatile Run current;
    private volatile boolean closed;
    private final ClusteredReplay cluster;

    /**
     * A replay of this node's processors only.
     *
     * @param processing Axon's event processors
     * @param eventStore the event store (its head token gives the number of events)
     */
    public ReplayService(EventProcessingConfiguration processing, EventStore eventStore) {
        this(processing, eventStore, (ClusteredReplay) null);
    }

    /**
     * @param cluster    the replay across every node, when the application has one
     */
    @org.springframework.beans.factory.annotation.Autowired
    public ReplayService(EventProcessingConfiguration processing, EventStore eventStore,
                         org.springframework.beans.factory.ObjectProvider<ClusteredReplay> cluster) {
        this(processing, eventStore, cluster.getIfAvailable());
    }

    private ReplayService(EventProcessingConfiguration processing, EventStore eventStore, ClusteredReplay cluster) {
        this.cluster = cluster;
        this.processing = processing;
        this.eventStore = eventStore;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "yui-replay-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts rebuilding every read model and returns at once (the work runs in the background).
     *
     * @return true when this call started a replay, false when one was already running (nothing changes then)
     */
    public boolean startReplay() {
        if (cluster != null) {
            if (closed) {
                throw new IllegalStateException("the replay service is shut down");
            }
            return cluster.startReplay();
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the replay service is shut down");
            }
            if (current != null && current.finishedAt == null) {
                return false;
            }
            List<StreamingEventProcessor> processors = replayableProcessors();
            Run run = new Run(Instant.now(), System.nanoTime(), processors.stream().map(StreamingEventProcessor::getName).toList(),
                    headPosition());
            current = run;
            executor.execute(() -> replay(run, processors));
            log.info("Replay of {} event processors started: {}", processors.size(), run.processors);
            return true;
        }
    }

    @QueryHandler
    public ReplayProgress handle(FindReplayProgress query) {
        return progress();
    }

    /** Where the current (or last) replay stands, and every streaming processor's position. */
    public ReplayProgress progress() {
        if (cluster != null) {
            return cluster.progress();
        }
        Run run = current;
        long head = headPosition();
        Map<String, ProcessorProgress> byProcessor = new LinkedHashMap<>();
        for (StreamingEventProcessor p : streamingProcessors()) {
            byProcessor.put(p.getName(), processorProgress(p, head, run));
        }
        if (run == null) {
            long done = byProcessor.values().stream().mapToLong(ProcessorProgress::position).min().orElse(head);
            return new ReplayProgress(false, Math.min(done, head), head, 0, Duration.ZERO, byProcessor, null, null);
        }
        long done = eventsDone(run, byProcessor, head);
        boolean running = run.finishedAt == null;
        double rate;
        if (running) {
            double seconds = (System.nanoTime() - run.startNanos) / 1e9;
            rate = seconds <= 0 ? 0 : done / seconds;
        } else {
            rate = run.finalRate;
        }
        Duration left;
        if (!running) {
            left = Duration.ZERO;
        } else if (rate <= 0) {
            left = null;
        } else {
            left = Duration.ofMillis((long) ((head - done) / rate * 1000));
        }
        return new ReplayProgress(running, done, head, rate, left, byProcessor, run.startedAt, run.finishedAt);
    }

    /** Stops the background thread (the processors themselves are Axon's to stop). */
    @jakarta.annotation.PreDestroy
    public void close() {
        closed = true;
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------ the replay

    /** Shuts the processor down, resets its tokens (its reset handlers empty its tables) and starts it again. */
    private void reset(Run run, StreamingEventProcessor p) {
        if (closed) {
            return;
        }
        String name = p.getName();
        try {
            p.shutDown();
            p.resetTokens();
            run.totalSegments.put(name, segmentCount(name));
            run.reset.add(name);
            log.info("Processor {} reset; replaying", name);
        } catch (RuntimeException e) {
            run.failed.put(name, e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("Replay: processor {} could not be reset", name, e);
        } finally {
            if (!closed && !p.isRunning()) {
                p.start();
            }
        }
    }

    private void replay(Run run, List<StreamingEventProcessor> processors) {
        try {
            // every processor is reset in a thread of its own, all at once: a shutdown waits for the processor's
            // batches in flight, so one after the other the resets alone took seconds per processor
            List<Thread> resets = new ArrayList<>();
            for (StreamingEventProcessor p : processors) {
                Thread t = new Thread(() -> reset(run, p), "yui-replay-reset-" + p.getName());
                t.setDaemon(true);
                t.start();
                resets.add(t);
            }
            for (Thread t : resets) {
                t.join();
            }
            while (!closed && !finished(run, processors)) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Replay failed", e);
            run.failed.put("*", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            long head = headPosition();
            Map<String, ProcessorProgress> byProcessor = new LinkedHashMap<>();
            for (StreamingEventProcessor p : processors) {
                byProcessor.put(p.getName(), processorProgress(p, head, run));
            }
            long done = eventsDone(run, byProcessor, head);
            double seconds = (System.nanoTime() - run.startNanos) / 1e9;
            run.finalRate = seconds <= 0 ? 0 : done / seconds;
            run.finishedAt = Instant.now();
            log.info("Replay finished in {} s: {} events, {} events/s{}", String.format("%.1f", seconds), done,
                    String.format("%.0f", run.finalRate), run.failed.isEmpty() ? "" : "; failed: " + run.failed);
        }
    }

    /** Every reset processor has all its segments running here, none replaying and none in error. */
    private boolean finished(Run run, List<StreamingEventProcessor> processors) {
        for (StreamingEventProcessor p : processors) {
            if (!run.reset.contains(p.getName())) {
                continue; // failed: nothing to wait for
            }
            Map<Integer, EventTrackerStatus> status = p.processingStatus();
            int expected = run.totalSegments.getOrDefault(p.getName(), 1);
            if (status.size() < expected) {
                return false;
            }
            for (EventTrackerStatus s : status.values()) {
                // past its reset position and up to the head as it was when the replay started (a processor that was
                // behind then leaves Axon's replay at the reset position, with the rest still to handle)
                if (stillReplaying(s) || s.isErrorState()
                        || (run.target > 0 && s.getCurrentPosition().orElse(-1) < run.target)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a segment has not yet reached the position the replay started from. Axon keeps a segment "replaying" until
     * it handles an event after that position, which may not come for a while when nothing happens; the events up to
     * it are what a replay rebuilds, so reaching it is the end of the replay.
     */
    static boolean stillReplaying(EventTrackerStatus s) {
        if (!s.isReplaying()) {
            return false;
        }
        OptionalLong reset = s.getResetPosition();
        OptionalLong at = s.getCurrentPosition();
        return reset.isEmpty() || at.isEmpty() || at.getAsLong() < reset.getAsLong();
    }

    private long eventsDone(Run run, Map<String, ProcessorProgress> byProcessor, long head) {
        long done = head;
        for (String name : run.processors) {
            ProcessorProgress p = byProcessor.get(name);
            if (run.failed.containsKey(name)) {
                continue;
            }
            long position = run.reset.contains(name) && p != null ? p.position() : 0;
            done = Math.min(done, position);
        }
        return Math.max(0, done);
    }

    private ProcessorProgress processorProgress(StreamingEventProcessor p, long head, Run run) {
        Map<Integer, EventTrackerStatus> status = p.processingStatus();
        long position = Long.MAX_VALUE;
        boolean replaying = false;
        boolean caughtUp = !status.isEmpty();
        String error = null;
        for (EventTrackerStatus s : status.values()) {
            OptionalLong at = s.getCurrentPosition();
            position = Math.min(position, at.isPresent() ? at.getAsLong() : 0);
            replaying |= stillReplaying(s);
            caughtUp &= s.isCaughtUp();
            if (s.isErrorState() && error == null) {
                error = s.getError() == null ? "error" : s.getError().getClass().getSimpleName() + ": " + s.getError().getMessage();
            }
        }
        if (status.isEmpty()) {
            position = 0;
        }
        if (run != null && error == null) {
            error = run.failed.get(p.getName());
        }
        Integer total = run == null ? null : run.totalSegments.get(p.getName());
        if (total != null && status.size() < total) {
            // a segment not claimed again yet since the reset is still at the start: without it, the minimum over the
            // claimed ones would go back when it is claimed (progress must never move backwards)
            position = 0;
        }
        return new ProcessorProgress(replaying, Math.min(position, head), head, status.size(), total == null ? 0 : total,
                caughtUp, error);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return 0;
        }
        OptionalLong position = head.position();
        return position.isPresent() ? position.getAsLong() : 0;
    }

    private int segmentCount(String processorName) {
        return processing.transactionManager(processorName).fetchInTransaction(
                () -> processing.tokenStore(processorName).fetchSegments(processorName).length);
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private List<StreamingEventProcessor> replayableProcessors() {
        return streamingProcessors().stream().filter(StreamingEventProcessor::supportsReset).toList();
    }

    /** One replay: which processors, what became of each, when it started and finished. */
    private static final class Run {
        final Instant startedAt;
        final long startNanos;
        final List<String> processors;
        final Set<String> reset = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> totalSegments = new ConcurrentHashMap<>();
        final Map<String, String> failed = new ConcurrentHashMap<>();
        volatile double finalRate;
        volatile Instant finishedAt;
        /** The head of the stream when the replay started: it is over when every segment has come this far. */
        final long target;

        Run(Instant startedAt, long startNanos, List<String> processors, long target) {
            this.startedAt = startedAt;
            this.startNanos = startNanos;
            this.processors = Collections.unmodifiableList(processors);
            this.target = target;
        }
    }
}
