package jp.yui.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of figures of one benchmark run: every row is printed when it is measured and the whole table is
 * rewritten to {@code deploy/target/benchmarks.md} (system property {@code yui.bench.report}) each time, so a run cut
 * short still leaves what it measured. Each row carries the 1-minute load average at the time it was measured: the
 * machine is small and may be shared.
 */
final class BenchReport {

    record Row(String benchmark, String figure, String value, String baseline, String ratio, String goal, String met,
               String load) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> NOTES = new ArrayList<>();
    private static final Instant STARTED = Instant.now();

    private BenchReport() {
    }

    static synchronized void row(String benchmark, String figure, String value, String baseline, String ratio,
                                 String goal, Boolean met) {
        Row r = new Row(benchmark, figure, value, baseline, ratio, goal, met == null ? "" : met ? "met" : "MISSED",
                loadAverage());
        ROWS.add(r);
        System.out.printf("BENCH | %s | %s | %s | baseline %s | ratio %s | goal %s %s | load %s%n", r.benchmark(),
                r.figure(), r.value(), r.baseline(), r.ratio(), r.goal(), r.met(), r.load());
        write();
    }

    static synchronized void note(String text) {
        NOTES.add(text);
        System.out.println("BENCH note: " + text);
        write();
    }

    static synchronized String table() {
        StringBuilder b = new StringBuilder();
        b.append("| benchmark | figure | value | baseline (same run) | ratio | goal | | load 1 min |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : ROWS) {
            b.append("| ").append(String.join(" | ", r.benchmark(), r.figure(), r.value(), r.baseline(), r.ratio(),
                    r.goal(), r.met(), r.load())).append(" |\n");
        }
        return b.toString();
    }

    private static void write() {
        String path = System.getProperty("yui.bench.report", "target/benchmarks.md");
        StringBuilder b = new StringBuilder("# Yui benchmarks\n\n");
        b.append("Run started ").append(STARTED).append(", last row ").append(Instant.now()).append("; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JVM max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(".\n\n");
        b.append(table()).append('\n');
        for (String n : NOTES) {
            b.append("- ").append(n).append('\n');
        }
        try {
            Path p = Path.of(path);
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String ms(double millis) {
        return millis < 10 ? String.format("%.2f ms", millis) : String.format("%.1f ms", millis);
    }

    static String rate(double perSecond, String unit) {
        return String.format("%,.0f %s/s", perSecond, unit);
    }

    static String ratio(double a, double b) {
        return b == 0 ? "—" : String.format("%.2f", a / b);
    }
}
