package jp.yui.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.cooperative.Cooperative;
import jp.yui.deploy.command.Commands;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 2. Aggregate load: a cooperative whose stream holds 1k, 10k and 100k events, loaded by an event-sourcing repository
 * (no aggregate cache, so the event store is read every time) without and with a snapshot. The streams are a real
 * cooperative (registration, certification, members, a worker, an assignment) followed by recorded office costs,
 * appended in bulk through the event store (the aggregate would accept each; a record replaces the last). Baseline:
 * a raw JDBC read of the same stream's rows (bytes only, nothing deserialized).
 */
@BenchmarkTest
class AggregateLoadBenchmark {

    static final String AMA = "325252";

    static final int WITH_SNAPSHOT_WARMUP = Bench.intProperty("yui.bench.aggregate.snapshot-warmup", 10);
    static final int WITH_SNAPSHOT_LOADS = Bench.intProperty("yui.bench.aggregate.snapshot-loads", 31);

    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    AggregateFactory<Cooperative> factory;
    @Autowired
    ParameterResolverFactory parameterResolverFactory;
    @Autowired
    HandlerDefinition handlerDefinition;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Environment env;

    @Test
    void loadTimesWithAndWithoutSnapshots() throws Exception {
        EventSourcingRepository<Cooperative> repository = EventSourcingRepository.builder(Cooperative.class)
                .eventStore(eventStore).aggregateFactory(factory).parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition).build();
        int[] sizes = Bench.intsProperty("yui.bench.aggregate.sizes", "1000,10000,100000");
        double[] withSnapshot = new double[sizes.length];
        double[] withSnapshotMean = new double[sizes.length];
        // the processors would spend minutes on 111k bulk events meanwhile: paused here, caught up at the end
        Bench.pause(processing);
        try {
            for (int i = 0; i < sizes.length; i++) {
                int size = sizes[i];
                String coop = "agg-" + size + "-" + System.nanoTime();
                build(coop, size);
                load(repository, coop, 2); // warm-up
                double without = load(repository, coop, size >= 100_000 ? 3 : 5);
                double raw = raw(coop, size >= 100_000 ? 3 : 5);
                snapshotter.scheduleSnapshot(Cooperative.class, coop);
                awaitSnapshot(coop);
                checkSnapshotIsAtTheEnd(coop);
                // Loads of a snapshot take tens of milliseconds, so a single GC pause (the 100k run leaves gigabytes of
                // garbage from the loads without snapshot) or a moment without a core decides a mean of a few loads:
                // warm up, collect, then take the median of many loads (the mean is reported beside it).
                load(repository, coop, WITH_SNAPSHOT_WARMUP);
                System.gc();
                double[] times = loads(repository, coop, WITH_SNAPSHOT_LOADS);
                double with = median(times);
                double withMean = java.util.Arrays.stream(times).average().orElse(Double.NaN);
                withSnapshot[i] = with;
                withSnapshotMean[i] = withMean;
                String events = String.format("%,d events", count(coop));
                BenchReport.row("2 aggregate load", "load, no snapshot, " + events, BenchReport.ms(without),
                        BenchReport.ms(raw) + " raw read of the rows", BenchReport.ratio(without, raw), "", null);
                BenchReport.row("2 aggregate load", "load, with snapshot, " + events + " (median of "
                                + WITH_SNAPSHOT_LOADS + " after " + WITH_SNAPSHOT_WARMUP + " warm-up; mean "
                                + BenchReport.ms(withMean) + ")", BenchReport.ms(with),
                        BenchReport.ms(without) + " without snapshot", BenchReport.ratio(with, without), "", null);
            }
        } finally {
            Bench.resume(processing);
        }
        if (sizes.length > 1) {
            double small = withSnapshot[0];
            double big = withSnapshot[sizes.length - 1];
            BenchReport.row("2 aggregate load", String.format("with snapshots: %,d-event stream vs %,d-event stream "
                                    + "(medians; means %s vs %s, ratio %s)", sizes[sizes.length - 1], sizes[0],
                            BenchReport.ms(withSnapshotMean[sizes.length - 1]), BenchReport.ms(withSnapshotMean[0]),
                            BenchReport.ratio(withSnapshotMean[sizes.length - 1], withSnapshotMean[0])),
                    BenchReport.ms(big), BenchReport.ms(small), BenchReport.ratio(big, small), "≤ 2.0", big <= 2 * small);
        }
        long head = Bench.head(jdbc);
        long t0 = System.nanoTime();
        boolean caught = Bench.awaitCaughtUp(processing, jdbc, head, Duration.ofMinutes(10));
        BenchReport.note(String.format("aggregate load: the projections handled the %s bulk events afterwards in %.1f s%s",
                java.util.Arrays.toString(sizes), (System.nanoTime() - t0) / 1e9, caught ? "" : " (not caught up!)"));
        assertThat(caught).isTrue();
    }

    private void build(String coop, int size) {
        Bench.send(commands, new RegisterCooperative(coop, "ロード組合 " + size, "32", Set.of(AMA), 4, CapUnit.HOURS,
                DayOfWeek.SUNDAY, null));
        Bench.send(commands, new CertifyCooperative(coop, "島根県指令第" + coop + "号", LocalDate.of(2021, 6, 1)));
        Bench.send(commands, new AdmitMember(coop, "m1", "組合員", "漁業", LocalDate.of(2021, 6, 1)));
        Bench.send(commands, new HireWorker(coop, "w1", "職員", LocalDate.of(1995, 1, 1), LocalDate.of(2025, 4, 1),
                EmploymentType.INDEFINITE, null, AMA, Set.of()));
        LocalDate monday = LocalDate.of(2026, 4, 6);
        Bench.send(commands, new PlanAssignment(coop, "a1", AssignmentKind.DISPATCH, "w1", "m1", "作業",
                WorkCategory.GENERAL, null, AMA, new Period(monday, monday.plusDays(4)),
                WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 1100));
        long seq = count(coop) - 1;
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (long n = seq + 1; n < size; n++) {
            batch.add(new GenericDomainEventMessage<>("Cooperative", coop, n,
                    new OfficeCostRecorded(coop, 2025, 6_000_000 + n), MetaData.with("userId", "system:bench")));
            if (batch.size() == 2000 || n == size - 1) {
                List<DomainEventMessage<?>> chunk = List.copyOf(batch);
                tx.executeWithoutResult(s -> eventStore.publish(chunk));
                batch.clear();
            }
        }
    }

    private long count(String coop) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, coop);
        return n == null ? 0 : n;
    }

    /** Mean milliseconds of {@code times} loads, each in a unit of work of its own that is rolled back. */
    private double load(EventSourcingRepository<Cooperative> repository, String coop, int times) {
        long total = 0;
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
            try {
                repository.load(coop).invoke(c -> c);
            } finally {
                uow.rollback();
            }
            total += System.nanoTime() - t0;
        }
        return total / 1e6 / times;
    }

    /** Milliseconds of each of {@code times} loads. */
    private double[] loads(EventSourcingRepository<Cooperative> repository, String coop, int times) {
        double[] out = new double[times];
        for (int i = 0; i < times; i++) {
            out[i] = load(repository, coop, 1);
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The snapshot must stand at the stream's last event (else the load would replay the events after it), and the
     * store must hand it out first; its size is noted (it is what a load deserializes).
     */
    private void checkSnapshotIsAtTheEnd(String coop) {
        Long last = eventStore.lastSequenceNumberFor(coop).orElseThrow();
        Long snapshotSeq = jdbc.queryForObject("select max(sequence_number) from snapshot_event_entry "
                + "where aggregate_identifier = ?", Long.class, coop);
        Integer bytes = jdbc.queryForObject("select length(payload) from snapshot_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", Integer.class, coop, snapshotSeq);
        Long first = tx.execute(s -> eventStore.readEvents(coop).peek().getSequenceNumber());
        assertThat(snapshotSeq).as("snapshot sequence of " + coop).isEqualTo(last);
        assertThat(first).as("first message the store hands out for " + coop).isEqualTo(last);
        BenchReport.note(String.format("aggregate load: %s: snapshot at sequence %,d = the last event; %,d bytes",
                coop, snapshotSeq, bytes));
    }

    private double raw(String coop, int times) throws Exception {
        long total = 0;
        try (Connection c = Bench.rawConnection(env)) {
            c.setAutoCommit(false);
            for (int i = 0; i < times; i++) {
                long t0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement("select sequence_number, payload_type, payload, "
                        + "meta_data from domain_event_entry where aggregate_identifier = ? order by sequence_number")) {
                    ps.setFetchSize(1000);
                    ps.setString(1, coop);
                    long bytes = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            bytes += rs.getLong(1) + rs.getString(2).length() + rs.getBytes(3).length;
                            byte[] meta = rs.getBytes(4);
                            bytes += meta == null ? 0 : meta.length;
                        }
                    }
                    assertThat(bytes).isPositive();
                }
                total += System.nanoTime() - t0;
                c.commit();
            }
        }
        return total / 1e6 / times;
    }

    private void awaitSnapshot(String coop) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Integer n = jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                    Integer.class, coop);
            if (n != null && n > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no snapshot of " + coop);
    }
}
