package jp.yui.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.command.Commands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1. Commands: {@code PlanAssignment} through the command gateway (the whole pipeline: scope and userId interceptors,
 * aggregate load, every rule, the append, the commit; the projections run meanwhile, as in production) with 1, 4 and
 * 16 client threads, each thread planning one-week member assignments (Mon–Fri 8 h, so every rule is checked and
 * passes) for a cooperative of its own; then a paced 100 commands/s with latency measured from the intended send time.
 * Baseline: raw JDBC single-row inserts, one commit each, into {@code bench_raw_event}, a copy of the event table's
 * shape (its indexes and unique constraints included), with a real serialized {@code AssignmentPlanned} payload.
 */
@BenchmarkTest
class CommandBenchmark {

    static final String AMA = "325252";
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 4, 6);
    static final int WORKERS = Bench.intProperty("yui.bench.commands.workers", 40);
    static final int WEEKS = 104;
    static final int SECONDS = Bench.intProperty("yui.bench.commands.seconds", 15);
    static final int RAW_SECONDS = Bench.intProperty("yui.bench.commands.raw-seconds", 8);
    static final int PACED_RATE = Bench.intProperty("yui.bench.commands.paced-rate", 100);
    static final int PACED_SECONDS = Bench.intProperty("yui.bench.commands.paced-seconds", 15);

    /** Raw single-row insert rates by thread count, measured once per run (the national simulation uses the 1-thread one). */
    static final Map<Integer, Double> RAW_RATE = new ConcurrentHashMap<>();
    static final Map<Integer, Double> RAW_P99 = new ConcurrentHashMap<>();

    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment env;

    /** A cooperative ready for assignments, and the next free (worker, week) slot. */
    record Coop(String id, AtomicInteger nextSlot) {
        PlanAssignment next() {
            int slot = nextSlot.getAndIncrement();
            if (slot >= WORKERS * WEEKS) {
                return null;
            }
            int worker = slot % WORKERS;
            int week = slot / WORKERS;
            LocalDate monday = FIRST_MONDAY.plusWeeks(week);
            return new PlanAssignment(id, "a" + slot, AssignmentKind.DISPATCH, "w" + worker, "m" + (1 + worker % 3),
                    "作業", WorkCategory.GENERAL, null, AMA, new Period(monday, monday.plusDays(4)),
                    WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 1100);
        }
    }

    record Result(double perSecond, double p50, double p99, int count) {
    }

    @Test
    void commandsAgainstRawInserts() throws Exception {
        // warm-up: the JIT, the pool, the caches
        Coop warm = setup("cmd-warm");
        for (int i = 0; i < 150; i++) {
            Bench.send(commands, warm.next());
        }
        for (int threads : Bench.intsProperty("yui.bench.commands.threads", "1,4,16")) {
            List<Coop> coops = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                coops.add(setup("cmd-" + threads + "-" + t));
            }
            Result cmd = run(threads, coops);
            Result raw = raw(threads);
            RAW_RATE.put(threads, raw.perSecond());
            RAW_P99.put(threads, raw.p99());
            String what = threads + " client thread" + (threads == 1 ? "" : "s");
            BenchReport.row("1 commands", "PlanAssignment throughput, " + what, BenchReport.rate(cmd.perSecond(), "cmd"),
                    BenchReport.rate(raw.perSecond(), "insert+commit"), BenchReport.ratio(cmd.perSecond(), raw.perSecond()),
                    threads == 16 ? "≥ 0.50" : "", threads == 16 ? cmd.perSecond() >= 0.5 * raw.perSecond() : null);
            BenchReport.row("1 commands", "PlanAssignment p50 / p99, " + what,
                    BenchReport.ms(cmd.p50()) + " / " + BenchReport.ms(cmd.p99()),
                    BenchReport.ms(raw.p50()) + " / " + BenchReport.ms(raw.p99()), BenchReport.ratio(cmd.p99(), raw.p99()),
                    "", null);
        }
        // cooperatives of their own: the 4-thread run's could be nearly full (WORKERS × WEEKS slots each) once the
        // commands got faster, and a paced command without a free slot is not sent
        List<Coop> four = List.of(setup("cmd-paced-0"), setup("cmd-paced-1"), setup("cmd-paced-2"), setup("cmd-paced-3"));
        Result paced = paced(four);
        double rawP99 = RAW_P99.getOrDefault(1, Double.NaN);
        BenchReport.row("1 commands", "p99 at a paced " + PACED_RATE + " cmd/s (from the intended send time; achieved "
                        + String.format("%.0f", paced.perSecond()) + "/s)",
                BenchReport.ms(paced.p50()) + " p50 / " + BenchReport.ms(paced.p99()) + " p99",
                BenchReport.ms(rawP99) + " raw p99 (1 thread)", BenchReport.ratio(paced.p99(), rawP99), "p99 ≤ 20 ms",
                paced.p99() <= 20);
        assertThat(paced.count()).isPositive();
    }

    private Coop setup(String prefix) {
        String id = prefix + "-" + System.nanoTime();
        Bench.send(commands, new RegisterCooperative(id, "ベンチ組合 " + id, "32", Set.of(AMA, "325261"), 4,
                CapUnit.HOURS, DayOfWeek.SUNDAY, null));
        Bench.send(commands, new CertifyCooperative(id, "島根県指令第" + id + "号", LocalDate.of(2021, 6, 1)));
        for (String m : new String[] {"m1", "m2", "m3"}) {
            Bench.send(commands, new AdmitMember(id, m, "組合員 " + m, "漁業", LocalDate.of(2021, 6, 1)));
        }
        for (int w = 0; w < WORKERS; w++) {
            Bench.send(commands, new HireWorker(id, "w" + w, "職員 " + w, LocalDate.of(1995, 1, 1),
                    LocalDate.of(2025, 4, 1), EmploymentType.INDEFINITE, null, AMA, Set.of()));
        }
        return new Coop(id, new AtomicInteger());
    }

    /** Each thread sends to its own cooperative, back to back, for {@link #SECONDS}. */
    private Result run(int threads, List<Coop> coops) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        List<Future<?>> done = new ArrayList<>();
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                long[] lat = new long[200_000];
                start.await();
                long end = window[0] + TimeUnit.SECONDS.toNanos(SECONDS);
                int n = 0;
                while (System.nanoTime() < end) {
                    PlanAssignment c = coops.get(thread).next();
                    if (c == null) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    Bench.send(commands, c);
                    lat[n++] = System.nanoTime() - t0;
                }
                latencies[thread] = lat;
                counts[thread] = n;
                return null;
            }));
        }
        window[0] = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        pool.shutdown();
        return summarize(latencies, counts, seconds);
    }

    private static Result summarize(long[][] latencies, int[] counts, double seconds) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < counts.length; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        return new Result(total / seconds, Bench.percentileMillis(all, total, 0.50),
                Bench.percentileMillis(all, total, 0.99), total);
    }

    /** Commands started at a fixed rate by a scheduler; latency counts from when each should have been sent. */
    private Result paced(List<Coop> coops) throws Exception {
        int total = PACED_RATE * PACED_SECONDS;
        long interval = TimeUnit.SECONDS.toNanos(1) / PACED_RATE;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long[] lat = new long[total];
        AtomicInteger n = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Coop coop = coops.get(i % coops.size());
            pool.execute(() -> {
                try {
                    PlanAssignment c = coop.next();
                    if (c != null) {
                        Bench.send(commands, c);
                        lat[n.getAndIncrement()] = System.nanoTime() - intended;
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        assertThat(failures.get()).as("paced commands failed").isZero();
        return new Result(n.get() / seconds, Bench.percentileMillis(lat, n.get(), 0.5),
                Bench.percentileMillis(lat, n.get(), 0.99), n.get());
    }

    /** The baseline: raw single-row inserts with one commit each, {@code threads} connections, {@link #RAW_SECONDS}. */
    Result raw(int threads) throws Exception {
        byte[][] sample = jdbc.queryForObject("select payload, meta_data from domain_event_entry "
                        + "where payload_type like '%AssignmentPlanned' order by global_index desc limit 1",
                (rs, i) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)});
        try (Connection c = Bench.rawConnection(env); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_raw_event (like domain_event_entry including all)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        long[] window = new long[1];
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                long[] lat = new long[1_000_000];
                String aggregate = "raw-" + UUID.randomUUID();
                try (Connection c = Bench.rawConnection(env)) {
                    c.setAutoCommit(false);
                    try (PreparedStatement ps = c.prepareStatement("insert into bench_raw_event (event_identifier, "
                            + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                            + "payload, meta_data) values (?, ?, ?, 'Cooperative', ?, ?, null, ?, ?)")) {
                        start.await();
                        long end = window[0] + TimeUnit.SECONDS.toNanos(RAW_SECONDS);
                        int n = 0;
                        while (System.nanoTime() < end && n < lat.length) {
                            long t0 = System.nanoTime();
                            ps.setString(1, UUID.randomUUID().toString());
                            ps.setString(2, aggregate);
                            ps.setLong(3, n);
                            ps.setString(4, java.time.Instant.now().toString());
                            ps.setString(5, "jp.yui.command.api.AssignmentPlanned");
                            ps.setBytes(6, sample[0]);
                            ps.setBytes(7, sample[1]);
                            ps.executeUpdate();
                            c.commit();
                            lat[n++] = System.nanoTime() - t0;
                        }
                        latencies[thread] = lat;
                        counts[thread] = n;
                    }
                }
                return null;
            }));
        }
        window[0] = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        pool.shutdown();
        return summarize(latencies, counts, seconds);
    }
}
