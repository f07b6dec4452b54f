package jp.yui.deploy.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CloseBusinessYear;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordAssignmentTerms;
import jp.yui.command.api.RecordOfficeCost;
import jp.yui.command.api.RecordPersonnelCost;
import jp.yui.command.api.RecordSocialInsurance;
import jp.yui.command.api.RecordTraining;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.ReadModels;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.audit.AuditEntry;
import jp.yui.query.audit.AuditTrailPage;
import jp.yui.query.audit.FindAuditTrail;
import jp.yui.query.replay.FindReplayProgress;
import jp.yui.query.replay.ProcessorProgress;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.replay.ReplayService;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Rebuilding every read model from the events gives exactly the tables the processors built incrementally.
 * <p>
 * A deterministic dataset is created through the real command pipeline, several client threads each working on their
 * own cooperatives: cooperatives with members, a related municipality and another non-member client, workers hired,
 * monthly dispatches over three business years (2023–2025), Friday year-long assignments to the non-members, monthly
 * actual hours recorded again and again (each record one event), a few ledger and subsidy records, and two closed
 * business years — at least 50,000 events. After the processors caught up, every read-model table (every table of the
 * schema except Axon's and Flyway's) is read in full, sorted; then {@link ReplayService} resets and replays every
 * processor while a command is being handled, the progress is watched moving to the end, and the tables are read again
 * and compared. The measured replay rate is printed.
 * <p>
 * The test has a database and an application context of its own ({@link OwnDatabaseInitializer}), closed afterwards:
 * the processors of other cached contexts in the same JVM would otherwise share its tokens.
 */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReplayTest {

    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final List<Integer> YEARS = List.of(2023, 2024, 2025);

    /** Sizes (overridable with -Dyui.replay-test.*): cooperatives × workers × 36 months × record rounds. */
    static final int COOPERATIVES = Integer.getInteger("yui.replay-test.cooperatives", 8);
    static final int WORKERS = Integer.getInteger("yui.replay-test.workers", 10);
    static final int ROUNDS = Integer.getInteger("yui.replay-test.rounds", 14);
    static final int THREADS = Integer.getInteger("yui.replay-test.threads", 4);
    static final int MIN_EVENTS = Integer.getInteger("yui.replay-test.min-events", 50_000);

    /** The cooperative a command is sent to while the replay runs; its rows are left out of the comparison. */
    static final String LIVE = "replay-live";

    @org.springframework.beans.factory.annotation.Value("${yui.processors.initial-segment-count}")
    int segmentCount;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReplayService replay;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    @DisplayName("this test has a database of its own")
    void ownDatabase() {
        assertThat(jdbc.queryForObject("select current_database()", String.class)).contains("_own");
    }

    @Test
    @DisplayName("every projection runs as a pooled streaming processor with 4 segments in the JDBC token store")
    void processorsArePooledWithSegments() throws InterruptedException {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        assertThat(processors).containsKeys("audit");
        assertThat(processors.values()).allSatisfy(p -> assertThat(p).isInstanceOf(PooledStreamingEventProcessor.class));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String name : processors.keySet()) {
            assertThat(processing.tokenStore(name).getClass().getSimpleName()).isEqualTo("JdbcTokenStore");
            Integer segments;
            while ((segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                    Integer.class, name)) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100); // the processor creates its tokens when it first starts
            }
            assertThat(segments).as("segments of " + name).isEqualTo(segmentCount);
        }
    }

    @Test
    @DisplayName("a replay of ≥ 50,000 events rebuilds every read-model table exactly; commands keep working meanwhile")
    void replayRebuildsEveryReadModelExactly() throws Exception {
        // ---------------------------------------------------------------- the dataset, through the real commands
        long headBefore = head();
        long t0 = System.nanoTime();
        long processCpu0 = processCpuNanos();
        live();
        // phase 1 with the processors running live (concurrent commits, so events also reach them out of order):
        // registrations, hires, every plan, the ledger and subsidy records and the first round of actual results
        int sent = load(0, 1);
        // phase 2, the bulk of the corrections, with the processors paused: they catch up afterwards in full batches
        // (keeps this test within a few minutes on two cores; the processors then build the tables incrementally from
        // their tokens, which is what the replay is compared with)
        if (ROUNDS > 1) {
            List<StreamingEventProcessor> paused = streamingProcessors();
            paused.forEach(StreamingEventProcessor::shutDown);
            sent += load(1, ROUNDS);
            paused.forEach(StreamingEventProcessor::start);
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long head = head();
        long created = head - headBefore;
        System.out.printf("ReplayTest: %d commands created %d events in %.1f s (%.0f events/s, %d client threads); "
                        + "CPU of this JVM %.1f s, of which the client threads (command handling) %.1f s; %d cores%n",
                sent, created, loadSeconds, created / loadSeconds, THREADS, (processCpuNanos() - processCpu0) / 1e9,
                clientCpuNanos.get() / 1e9, Runtime.getRuntime().availableProcessors());
        assertThat(created).as("events created").isGreaterThanOrEqualTo(MIN_EVENTS);

        long t1 = System.nanoTime();
        // generous: the projections (now eleven, with the integrity chain) take minutes for 50,000 events on 2 cores;
        // their speed is a benchmark matter (docs/BENCHMARKS.md), not this test's
        awaitCaughtUp(head, Duration.ofMinutes(12));
        System.out.printf("ReplayTest: processors caught up %.1f s after the last command%n", (System.nanoTime() - t1) / 1e9);
        Map<String, Double> cpuBeforeReplay = processorCpu();
        Map<String, List<String>> incremental = readModels();
        assertThat(incremental.keySet()).contains("audit_event", "audit_name", "audit_assignment");
        // counted in the table itself: readModels() leaves out the rows of the live cooperative
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).as("one audit row per event")
                .isGreaterThanOrEqualTo(created);
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry e left join audit_event a on a.event_id = e.event_identifier
                where a.global_index is distinct from e.global_index""", Long.class))
                .as("every event has its audit row with its own global index").isZero();
        ReplayProgress idle = replay.progress();
        assertThat(idle.running()).isFalse();

        // ---------------------------------------------------------------- the replay, with a command meanwhile
        long r0 = System.nanoTime();
        long replayCpu0 = processCpuNanos();
        assertThat(replay.startReplay()).as("started").isTrue();
        assertThat(replay.startReplay()).as("idempotent while running").isFalse();
        List<Long> seen = new ArrayList<>();
        // a command while every processor is being reset and replayed: handled at once
        long c0 = System.nanoTime();
        commands.send(new RecordOfficeCost(LIVE, 2025, 1_234_000), "replay-test");
        double commandSeconds = (System.nanoTime() - c0) / 1e9;
        System.out.printf("ReplayTest: a command during the replay took %.3f s%n", commandSeconds);
        assertThat(commandSeconds).as("commands are not blocked by the replay").isLessThan(5);
        ReplayProgress p = replay.progress();
        assertThat(p.running()).as("the command was handled while the replay ran").isTrue();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (p.running()) {
            assertThat(System.nanoTime()).as("replay finishes within 5 minutes").isLessThan(deadline);
            seen.add(p.eventsDone());
            assertThat(p.eventsDone()).isBetween(0L, p.eventsTotal());
            Thread.sleep(250);
            p = queries.query(new FindReplayProgress(), ReplayProgress.class).get(10, TimeUnit.SECONDS);
        }
        double replaySeconds = (System.nanoTime() - r0) / 1e9;
        assertThat(seen.stream().distinct().count()).as("progress moved: %s", seen).isGreaterThanOrEqualTo(3);
        assertThat(seen).as("progress never goes back").isSorted();
        assertThat(p.eventsDone()).isEqualTo(p.eventsTotal());
        assertThat(p.finishedAt()).isNotNull();
        assertThat(p.timeLeft()).isEqualTo(Duration.ZERO);
        assertThat(p.processors()).containsKey("audit");
        for (Map.Entry<String, ProcessorProgress> e : p.processors().entrySet()) {
            assertThat(e.getValue().replaying()).as(e.getKey()).isFalse();
            assertThat(e.getValue().error()).as(e.getKey()).isNull();
            assertThat(e.getValue().segments()).as(e.getKey()).isEqualTo(segmentCount);
        }
        long total = p.eventsTotal();
        System.out.printf("ReplayTest: replay of %d events through %d processors took %.1f s = %.0f events/s "
                        + "(service's own figure %.0f events/s); CPU of this JVM meanwhile %.1f s%n", total,
                p.processors().size(), replaySeconds, total / replaySeconds, p.eventsPerSecond(),
                (processCpuNanos() - replayCpu0) / 1e9);
        System.out.println("ReplayTest: CPU of each processor during the replay: " + cpuDelta(cpuBeforeReplay, processorCpu()));

        // ---------------------------------------------------------------- the same tables
        awaitCaughtUp(head(), Duration.ofMinutes(6));
        Map<String, List<String>> replayed = readModels();
        ReadModels.assertSame(incremental, replayed, "after the replay");

        // ---------------------------------------------------------------- and the audit trail reads as before
        AuditTrailPage page = queries.query(new FindAuditTrail("replay-c0", null, null, null, "AssignmentPlanned", 0, 2),
                AuditTrailPage.class).get(10, TimeUnit.SECONDS);
        assertThat(page.total()).isEqualTo((long) WORKERS * 36 + 2 * YEARS.size());
        AuditEntry newest = page.entries().get(0);
        assertThat(newest.userId()).isEqualTo("loader-0");
        assertThat(newest.descriptionJa()).isEqualTo("職員 0-1 を 金曜の事務補助 (ホテル 0) へ 2025-04-01〜2026-03-31 派遣計画");
        assertThat(newest.globalIndex()).isNotNull();
    }

    private final java.util.concurrent.atomic.AtomicLong clientCpuNanos = new java.util.concurrent.atomic.AtomicLong();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Runs the rounds {@code [fromRound, toRound)} of every cooperative (round 0 includes its setup), one task each. */
    private int load(int fromRound, int toRound) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < COOPERATIVES; c++) {
            String coop = "replay-c" + c;
            int index = c;
            done.add(pool.submit(() -> {
                long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                int n = jp.yui.query.security.SystemActor.call(jp.yui.deploy.support.RunAsSystem.PURPOSE,
                        () -> cooperative(coop, index, fromRound, toRound));
                clientCpuNanos.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
                return n;
            }));
        }
        pool.shutdown();
        int sent = 0;
        for (Future<Integer> f : done) {
            sent += f.get(10, TimeUnit.MINUTES);
        }
        return sent;
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
    }

    /** CPU seconds of the threads of each processor (WorkPackage[name]-n) so far. */
    private static Map<String, Double> processorCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Double> cpu = new TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().startsWith("WorkPackage[")) {
                continue;
            }
            String name = info.getThreadName().substring(12, info.getThreadName().indexOf(']'));
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            cpu.merge(name, nanos / 1e9, Double::sum);
        }
        return cpu;
    }

    private static String cpuDelta(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder b = new StringBuilder();
        after.forEach((name, seconds) -> b.append(b.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(String.format("%.1f s", seconds - before.getOrDefault(name, 0.0))));
        return b.toString();
    }

    // -------------------------------------------------------------------------------------------------- the dataset

    private int send(Object command, String user) {
        commands.send(command, user);
        return 1;
    }

    private void live() {
        send(new RegisterCooperative(LIVE, "リプレイ中の組合", "32", Set.of(AMA), 4, CapUnit.HOURS, DayOfWeek.SUNDAY, null),
                "replay-test");
        send(new CertifyCooperative(LIVE, "島根県指令第99号", LocalDate.of(2021, 6, 1)), "replay-test");
    }

    /**
     * One cooperative's history: with round 0 its setup, plans and records first; then the rounds {@code [fromRound,
     * toRound)} of actual results; after the last round the two closes. Returns the number of commands sent.
     */
    private int cooperative(String coop, int index, int fromRound, int toRound) {
        String user = "loader-" + index;
        int n = 0;
        if (fromRound == 0) {
            n += setup(coop, index, user);
        }
        n += actualResults(coop, index, fromRound, toRound);
        if (toRound == ROUNDS) {
            n += send(new CloseBusinessYear(coop, 2023), user);
            n += send(new CloseBusinessYear(coop, 2024), user);
        }
        return n;
    }

    private int setup(String coop, int index, String user) {
        int n = 0;
        n += send(new RegisterCooperative(coop, "リプレイ組合 " + index, "32", Set.of(AMA, NISHINOSHIMA), 4, CapUnit.HOURS,
                DayOfWeek.SUNDAY, null), user);
        n += send(new CertifyCooperative(coop, "島根県指令第" + (100 + index) + "号", LocalDate.of(2021, 6, 1)), "prefecture");
        for (int m = 1; m <= 6; m++) {
            n += send(new AdmitMember(coop, "m" + m, "組合員 " + index + "-" + m, "漁業", LocalDate.of(2021, 6, 1)), user);
        }
        n += send(new RegisterNonMemberClient(coop, "town", "海士町役場", ClientKind.MUNICIPALITY, AMA), user);
        n += send(new RegisterNonMemberClient(coop, "hotel", "ホテル " + index, ClientKind.BUSINESS, null), user);
        for (int w = 0; w < WORKERS; w++) {
            n += send(new HireWorker(coop, "w" + w, "職員 " + index + "-" + w, LocalDate.of(1990 + w % 10, 1 + w % 12, 1),
                    LocalDate.of(2022, 4, 1), EmploymentType.INDEFINITE, null, AMA, Set.of()), user);
        }
        // plans: per business year, first the member months (Mon–Thu 8 h), then the Friday non-member years
        for (int year : YEARS) {
            for (int w = 0; w < WORKERS; w++) {
                for (int k = 0; k < 12; k++) {
                    YearMonth month = YearMonth.of(year, 4).plusMonths(k);
                    String client = "m" + (1 + (w + k) % 6);
                    n += send(new PlanAssignment(coop, memberAssignment(month, w), AssignmentKind.DISPATCH, "w" + w,
                            client, "作業 " + client, WorkCategory.GENERAL, null, w % 2 == 0 ? AMA : NISHINOSHIMA,
                            new Period(month.atDay(1), month.atEndOfMonth()),
                            WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                    DayOfWeek.THURSDAY), 1100 + 10 * (k % 3)), user);
                }
            }
            n += send(fridays(coop, year, 0, "town", "金曜の窓口補助"), user);
            n += send(fridays(coop, year, 1, "hotel", "金曜の事務補助"), user);
        }
        n += send(new RecordAssignmentTerms(coop, memberAssignment(YearMonth.of(2025, 4), 0), "第一作業班",
                LocalTime.of(8, 30), LocalTime.of(17, 30), 60, "補助的業務", "事務局長 " + index, "現場責任者 " + index), user);
        for (int w = 0; w < WORKERS; w++) {
            n += send(new RecordSocialInsurance(coop, "w" + w, true, true, w % 3 != 0, w % 3 != 0 ? null : "週20時間未満の期間あり"),
                    user);
            n += send(new RecordTraining(coop, "w" + w, LocalDate.of(2024, 5, 10), TrainingKind.TRAINING, "安全衛生教育",
                    120), user);
            for (int year : YEARS) {
                n += send(new RecordPersonnelCost(coop, "w" + w, year, 2_000_000 + 10_000L * w), user);
            }
        }
        for (int year : YEARS) {
            n += send(new RecordOfficeCost(coop, year, 6_000_000 + 100_000L * index), user);
        }
        return n;
    }

    /** Actual results: every month of every assignment, recorded again in each round (each record replaces the last). */
    private int actualResults(String coop, int index, int fromRound, int toRound) {
        int n = 0;
        for (int round = fromRound; round < toRound; round++) {
            for (int year : YEARS) {
                for (int k = 0; k < 12; k++) {
                    YearMonth month = YearMonth.of(year, 4).plusMonths(k);
                    for (int w = 0; w < WORKERS; w++) {
                        n += send(new RecordActualHours(coop, memberAssignment(month, w), month,
                                actuals(month, round + w, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                        DayOfWeek.THURSDAY)), "client-" + index);
                    }
                    for (int w = 0; w < 2; w++) {
                        n += send(new RecordActualHours(coop, fridayAssignment(year, w), month,
                                actuals(month, round + w, DayOfWeek.FRIDAY)), "client-" + index);
                    }
                }
            }
        }
        return n;
    }

    private static PlanAssignment fridays(String coop, int year, int worker, String client, String work) {
        return new PlanAssignment(coop, fridayAssignment(year, worker), AssignmentKind.DISPATCH, "w" + worker, client, work,
                WorkCategory.GENERAL, null, AMA, new Period(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31)),
                WorkPattern.weekly(480, DayOfWeek.FRIDAY), 1200);
    }

    private static String memberAssignment(YearMonth month, int worker) {
        return "a-" + month + "-w" + worker;
    }

    private static String fridayAssignment(int year, int worker) {
        return "f-" + year + "-w" + worker;
    }

    /** Minutes per working day of the month: 8 h, 7.5 h or 7 h by a rule that changes from round to round. */
    private static Map<LocalDate, Integer> actuals(YearMonth month, int variant, DayOfWeek... days) {
        Set<DayOfWeek> working = Set.of(days);
        Map<LocalDate, Integer> minutes = new TreeMap<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (working.contains(d.getDayOfWeek())) {
                minutes.put(d, 480 - 30 * ((d.getDayOfMonth() + variant) % 3));
            }
        }
        return minutes;
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private long head() {
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    /** Waits until every streaming processor has all its segments here at or past {@code head}. */
    private void awaitCaughtUp(long head, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean all = true;
            for (EventProcessor ep : processing.eventProcessors().values()) {
                if (!(ep instanceof StreamingEventProcessor p)) {
                    continue;
                }
                Map<Integer, EventTrackerStatus> status = p.processingStatus();
                Integer segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                        Integer.class, p.getName());
                if (status.size() < segments) {
                    all = false;
                }
                for (EventTrackerStatus s : status.values()) {
                    if (s.isErrorState() || s.getCurrentPosition().orElse(0) < head) {
                        all = false;
                    }
                }
            }
            if (all) {
                return;
            }
            assertThat(System.nanoTime()).as("processors catch up with %d within %s", head, timeout).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Every read-model table, each row as its text form, sorted; rows of the live cooperative left out. */
    private Map<String, List<String>> readModels() {
        return ReadModels.snapshot(jdbc, Set.of(), LIVE);
    }
}
