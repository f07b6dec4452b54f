package jp.yui.query.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ReplayService on a real Axon configuration (in-memory event store, first position 1 as in the JDBC store, and token store, two pooled streaming processors
 * with 2 segments each): it resets every processor — calling its reset handlers — replays everything, reports progress
 * and its end, and starting again while it runs changes nothing.
 */
class ReplayServiceTest {

    static final int EVENTS = 600;

    /** A projection that remembers what it saw; slow enough (1 ms an event) for a replay to be watched. */
    @ProcessingGroup("slow")
    static class Slow {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(String event) throws InterruptedException {
            Thread.sleep(1);
            seen.add(event);
            handled.incrementAndGet();
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
            seen.clear();
        }
    }

    @ProcessingGroup("fast")
    static class Fast {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger resets = new AtomicInteger();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
            seen.clear();
        }
    }

    final Slow slow = new Slow();
    final Fast fast = new Fast();
    Configuration axon;
    ReplayService replay;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1))
                .eventProcessing(p -> p.usingPooledStreamingEventProcessors(
                                (c, b) -> b.initialSegmentCount(2).batchSize(20))
                        .registerEventHandler(c -> slow)
                        .registerEventHandler(c -> fast))
                .start();
        replay = new ReplayService(axon.eventProcessingConfiguration(), axon.eventStore());
    }

    @AfterEach
    void stop() {
        replay.close();
        axon.shutdown();
    }

    private void publish(int from, int to) {
        for (int i = from; i < to; i++) {
            axon.eventStore().publish(GenericEventMessage.asEventMessage("e" + i));
        }
    }

    private void awaitSeen(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((slow.seen.size() < count || fast.seen.size() < count) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(slow.seen).hasSize(count);
        assertThat(fast.seen).hasSize(count);
    }

    @Test
    @DisplayName("before any replay: not running, every processor listed at the head")
    void idle() throws InterruptedException {
        publish(0, 50);
        awaitSeen(50);
        ReplayProgress p = replay.progress();
        assertThat(p.running()).isFalse();
        assertThat(p.startedAt()).isNull();
        assertThat(p.processors()).containsOnlyKeys("fast", "slow");
        assertThat(p.eventsTotal()).isEqualTo(50); // positions count from 1, as in the JDBC store
        assertThat(p.timeLeft()).isEqualTo(Duration.ZERO);
    }

    @Test
    @DisplayName("a replay resets every processor once, rebuilds everything, reports progress, and ends")
    void replayRebuildsAndReports() throws Exception {
        publish(0, EVENTS);
        awaitSeen(EVENTS);
        int handledBefore = slow.handled.get();

        assertThat(replay.startReplay()).isTrue();
        assertThat(replay.startReplay()).as("idempotent while running").isFalse();
        List<ReplayProgress> seen = new ArrayList<>();
        ReplayProgress p = replay.handle(new FindReplayProgress());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.running() && System.nanoTime() < deadline) {
            seen.add(p);
            Thread.sleep(25);
            p = replay.handle(new FindReplayProgress());
        }
        assertThat(p.running()).as("finished").isFalse();

        assertThat(slow.resets).hasValue(1);
        assertThat(fast.resets).hasValue(1);
        assertThat(slow.seen).hasSize(EVENTS);
        assertThat(fast.seen).hasSize(EVENTS);
        assertThat(slow.handled.get() - handledBefore).as("every event handled again").isEqualTo(EVENTS);

        assertThat(seen).as("progress was reported while running").isNotEmpty();
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.running()).isTrue();
            assertThat(s.eventsDone()).isBetween(0L, s.eventsTotal());
            assertThat(s.startedAt()).isNotNull();
            assertThat(s.finishedAt()).isNull();
        });
        assertThat(seen.stream().map(ReplayProgress::eventsDone).distinct().count()).as("progress moved").isGreaterThan(1);
        assertThat(seen).extracting(ReplayProgress::eventsDone).isSorted();
        assertThat(seen.stream().anyMatch(s -> s.processors().get("slow").replaying())).isTrue();

        assertThat(p.eventsDone()).isEqualTo(p.eventsTotal()).isEqualTo(EVENTS);
        assertThat(p.eventsPerSecond()).isPositive();
        assertThat(p.timeLeft()).isEqualTo(Duration.ZERO);
        assertThat(p.finishedAt()).isAfterOrEqualTo(p.startedAt());
        assertThat(p.processors().values()).allSatisfy(pp -> {
            assertThat(pp.replaying()).isFalse();
            assertThat(pp.error()).isNull();
            assertThat(pp.segments()).isEqualTo(2);
            assertThat(pp.totalSegments()).isEqualTo(2);
            assertThat(pp.position()).isEqualTo(EVENTS);
        });

        // the processors run on: new events are handled as usual, and a new replay may start
        publish(EVENTS, EVENTS + 10);
        awaitSeen(EVENTS + 10);
        assertThat(axon.eventProcessingConfiguration().eventProcessors().values())
                .allSatisfy(ep -> assertThat(((StreamingEventProcessor) ep).isRunning()).isTrue());
        assertThat(replay.startReplay()).isTrue();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (replay.progress().running() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(slow.resets).hasValue(2);
        assertThat(slow.seen).hasSize(EVENTS + 10);
    }

    @Test
    @DisplayName("a processor behind the head when the replay starts: the replay ends only when it has reached the head")
    void aProcessorBehindIsWaitedForUpToTheHead() throws Exception {
        publish(0, 100);
        awaitSeen(100);
        StreamingEventProcessor slowProcessor = (StreamingEventProcessor) axon.eventProcessingConfiguration()
                .eventProcessor("slow").orElseThrow();
        slowProcessor.shutDown();
        int head = 4000;
        publish(100, head); // only "fast" handles these: "slow" stands at 100
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (fast.seen.size() < head && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(replay.startReplay()).isTrue();
        ReplayProgress p = replay.progress();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.running() && System.nanoTime() < deadline) {
            Thread.sleep(5);
            p = replay.progress();
        }

        // Axon's replay of "slow" ends at 100, where it was reset; the read model is rebuilt only at the head
        assertThat(p.running()).as("finished").isFalse();
        assertThat(slow.seen).as("every event handled when the replay says it has finished").hasSize(head);
        assertThat(p.processors().get("slow").position()).isEqualTo(head);
        assertThat(p.eventsDone()).isEqualTo(head);
    }
}
