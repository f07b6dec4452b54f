package jp.yui.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.yui.deploy.command.Commands;
import jp.yui.query.replay.ProcessorProgress;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.replay.ReplayService;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 3. Replay: {@link ReplayService} rebuilds every read model from {@code yui.bench.replay.events} events (default
 * 1,000,000). The events beyond those the other benchmarks created through the commands are copies of the national
 * cooperatives' streams (cooperative ids renamed, new event identifiers), written by one batched SQL
 * {@code insert … select} per copy with the processors stopped: real serialized events in the real event table, made
 * without the commands because a million commands take too long here. Baseline: a raw sequential JDBC scan of the
 * whole event table (every column Axon reads). When the replay has not finished after {@code yui.bench.replay.minutes}
 * (default 10) the rate so far is reported with the time 1M would need at that rate.
 */
@BenchmarkTest
class ReplayBenchmark {

    static final int EVENTS = Bench.intProperty("yui.bench.replay.events", 1_000_000);
    static final int MINUTES = Bench.intProperty("yui.bench.replay.minutes", 10);

    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReplayService replay;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Environment env;

    @Test
    void replayAgainstRawScan() throws Exception {
        NationalDataset.ensureLoaded(commands);
        assertThat(Bench.awaitCaughtUp(processing, jdbc, Bench.head(jdbc), Duration.ofMinutes(15))).isTrue();
        long t0 = System.nanoTime();
        Bench.pause(processing);
        int copies = 0;
        try {
            long count = Bench.eventCount(jdbc);
            while (count < EVENTS) {
                String prefix = "rp" + copies + "-c";
                copies++;
                jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                        + "type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "select gen_random_uuid()::text, ? || substr(aggregate_identifier, 6), sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, "
                        + "convert_to(replace(convert_from(payload, 'UTF8'), '\"nat-c', ?), 'UTF8'), meta_data "
                        + "from domain_event_entry where aggregate_identifier like 'nat-c%' "
                        + "and sequence_number < ? order by global_index", prefix, "\"" + prefix, Long.MAX_VALUE);
                count = Bench.eventCount(jdbc);
            }
        } finally {
            // All but the integrity chain, which a replay leaves alone (it never replays): with the copies it has
            // hundreds of thousands of new events to chain, which a real replay (no new events) does not have, so it
            // would take the cores from the processors being measured. It chains them after the measurement.
            boolean added = copies > 0;
            Bench.resume(processing, p -> !added || p.supportsReset());
        }
        jdbc.execute("analyze domain_event_entry");
        long total = Bench.eventCount(jdbc);
        BenchReport.note(String.format("replay: %,d events in the store, %d copies of the national streams added by SQL "
                + "in %.0f s", total, copies, (System.nanoTime() - t0) / 1e9));
        assertThat(Bench.awaitCaughtUp(processing, jdbc, Bench.head(jdbc), Duration.ofMinutes(1)) || copies > 0).isTrue();

        double rawRate = rawScan();

        // Done when every replayed processor has handled every event from the first to the head as it stood when the
        // replay started — not when the replay says it has finished: Axon's replay (and so ReplayService) ends for a
        // segment once it passes the position it was reset at, and a processor that was behind the head then (here:
        // still working through the copies) goes on from there as ordinary processing. Until 2026-12-07 this
        // benchmark stopped at "finished" and divided the head by that time, which overstated the rate several-fold.
        java.util.Set<String> replayed = new java.util.TreeSet<>();
        Bench.processors(processing).stream()
                .filter(org.axonframework.eventhandling.StreamingEventProcessor::supportsReset)
                .forEach(sp -> replayed.add(sp.getName()));
        long head = Bench.head(jdbc);
        long r0 = System.nanoTime();
        assertThat(replay.startReplay()).isTrue();
        long deadline = r0 + TimeUnit.MINUTES.toNanos(MINUTES);
        ReplayProgress p = replay.progress();
        long done = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            p = replay.progress();
            done = replayedUpTo(p, replayed, head);
            if (done >= head) {
                break;
            }
        }
        double seconds = (System.nanoTime() - r0) / 1e9;
        boolean finished = done >= head;
        double rate = done / seconds;
        StringBuilder perProcessor = new StringBuilder();
        for (var e : p.processors().entrySet()) {
            ProcessorProgress pp = e.getValue();
            perProcessor.append(perProcessor.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(pp.position());
        }
        BenchReport.row("3 replay", String.format("rebuild every read model (%d processors) from %,d events%s",
                        replayed.size(), head, finished ? "" : String.format(
                                " (stopped watching after %d min: the slowest at %,d)", MINUTES, done)),
                BenchReport.rate(rate, "events"), BenchReport.rate(rawRate, "events") + " raw sequential scan",
                BenchReport.ratio(rate, rawRate), "≥ 0.50", rate >= 0.5 * rawRate);
        double million = 1_000_000 / rate;
        BenchReport.row("3 replay", finished && head >= 1_000_000 ? "time for the whole replay"
                        : "time for 1M events at the measured rate (extrapolated)", String.format("%.0f s",
                        finished && head >= 1_000_000 ? seconds : million),
                String.format("%.1f s raw scan of 1M", 1_000_000 / rawRate), BenchReport.ratio(million, 1_000_000 / rawRate),
                "≤ 60 s", million <= 60);
        BenchReport.note("replay: positions per processor at the end: " + perProcessor
                + (copies > 0 ? " (integrity, which never replays, was paused during the measurement)" : ""));
        Bench.resume(processing);
    }

    /** How far every processor in {@code names} has come (the slowest one's slowest segment), at most {@code head}. */
    private static long replayedUpTo(ReplayProgress p, java.util.Set<String> names, long head) {
        long done = head;
        for (String name : names) {
            ProcessorProgress pp = p.processors().get(name);
            done = Math.min(done, pp == null ? 0 : pp.position());
        }
        return done;
    }

    /** Events/s of a plain sequential read of every row, as Axon's storage engine reads them, nothing deserialized. */
    private double rawScan() throws Exception {
        try (Connection c = Bench.rawConnection(env)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            try (PreparedStatement ps = c.prepareStatement("select global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data "
                    + "from domain_event_entry order by global_index")) {
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getLong(1) + rs.getString(2).length() + rs.getString(3).length() + rs.getLong(4)
                                + rs.getString(6).length() + rs.getString(7).length() + rs.getBytes(9).length;
                        byte[] meta = rs.getBytes(10);
                        bytes += meta == null ? 0 : meta.length;
                    }
                }
            }
            c.commit();
            assertThat(bytes).isPositive();
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
