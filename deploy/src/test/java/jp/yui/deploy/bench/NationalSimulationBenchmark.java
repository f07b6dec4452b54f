package jp.yui.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.yui.deploy.command.Commands;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 5. National simulation: {@link NationalDataset} through the commands ({@code yui.bench.national.threads} client
 * threads, default 4, each working through whole cooperatives), the projections running live. Figures: time, events/s
 * (the events the commands created), the time the read models needed to catch up after the last command, and the
 * growth of the database on disk; each extrapolated linearly to 150 cooperatives. Baseline: the raw single-row
 * insert rate (one thread) measured by {@link CommandBenchmark} in the same run.
 */
@BenchmarkTest
class NationalSimulationBenchmark {

    static final int NATIONAL = 150;

    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void nationalSimulation() throws Exception {
        assertThat(NationalDataset.loaded()).as("the national dataset is loaded once per run, here").isFalse();
        long size0 = databaseSize();
        long events0 = Bench.eventCount(jdbc);
        NationalDataset.Stats stats = NationalDataset.ensureLoaded(commands);
        long head = Bench.head(jdbc);
        long events = Bench.eventCount(jdbc) - events0;
        long t1 = System.nanoTime();
        boolean caught = Bench.awaitCaughtUp(processing, jdbc, head, Duration.ofMinutes(15));
        double catchUp = (System.nanoTime() - t1) / 1e9;
        jdbc.execute("checkpoint");
        long size1 = databaseSize();
        int coops = NationalDataset.COOPERATIVES;
        double scale = (double) NATIONAL / coops;
        double rate = events / stats.seconds();
        double raw = CommandBenchmark.RAW_RATE.getOrDefault(1, Double.NaN);
        String scope = coops + " cooperatives × " + NationalDataset.YEARS + " years, " + NationalDataset.WORKERS
                + " workers each";
        BenchReport.row("5 national", "load through the commands: " + scope + String.format(
                        " — %,d commands, %,d events", stats.commands(), events),
                String.format("%.0f s", stats.seconds()), "", "",
                "", null);
        BenchReport.row("5 national", "events/s through the commands (" + NationalDataset.THREADS + " client threads)",
                BenchReport.rate(rate, "events"), BenchReport.rate(raw, "raw insert+commit") + " (1 thread)",
                BenchReport.ratio(rate, raw), "", null);
        BenchReport.row("5 national", "read models caught up after the last command", String.format("%.1f s", catchUp),
                "", "", "", caught);
        BenchReport.row("5 national", "database growth on disk (events, snapshots, read models)",
                String.format("%,d MiB (%,d bytes/event)", (size1 - size0) >> 20, (size1 - size0) / Math.max(1, events)),
                "", "", "", null);
        BenchReport.row("5 national", "extrapolated to 150 cooperatives × 10 years (×" + String.format("%.0f", scale) + ")",
                String.format("%,.0f events, %.0f min load, %,.0f MiB", events * scale, stats.seconds() * scale / 60,
                        (size1 - size0) * scale / (1 << 20)), "", "", "linear in the number of cooperatives", null);
        assertThat(caught).isTrue();
    }

    private long databaseSize() {
        Long s = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        return s == null ? 0 : s;
    }
}
