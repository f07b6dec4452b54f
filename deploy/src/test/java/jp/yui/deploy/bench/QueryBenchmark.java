package jp.yui.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import jp.yui.deploy.command.Commands;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.registry.CertificationRegistryRow;
import jp.yui.query.registry.FindCertificationRegistry;
import jp.yui.query.security.SystemActor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 4. Queries with the national dataset loaded (loaded here when this class runs alone): p50/p99 of the non-member
 * ratio, the year plan and the certification registry through the query gateway, for seeded random cooperatives and
 * years. Baseline: a raw JDBC read of the rows each answer is computed from (the cooperative's day rows of that year;
 * the prefecture's registry rows).
 */
@BenchmarkTest
class QueryBenchmark {

    static final int ITERATIONS = Bench.intProperty("yui.bench.queries.iterations", 200);

    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void queriesOnTheNationalDataset() throws Exception {
        NationalDataset.ensureLoaded(commands);
        assertThat(Bench.awaitCaughtUp(processing, jdbc, Bench.head(jdbc), Duration.ofMinutes(15))).isTrue();
        int coops = NationalDataset.COOPERATIVES;
        int years = NationalDataset.YEARS;
        measure("FindNonMemberRatio (one cooperative, one year)", seed -> {
            Random r = new Random(seed);
            String c = NationalDataset.cooperative(r.nextInt(coops));
            int y = NationalDataset.FIRST_YEAR + r.nextInt(years);
            return new Runnable[] {
                () -> assertThat(SystemActor.call(Bench.PURPOSE, () -> join(queries.query(new FindNonMemberRatio(c, y),
                        NonMemberRatio.class)))).isNotNull(),
                // the dispatch months of the business year in the day ledger the ratio counts (plan_month, by month)
                () -> jdbc.queryForList("select d.*, a.fee_per_hour_yen from plan_month d join plan_assignment a "
                        + "on a.cooperative_id = d.cooperative_id and a.assignment_id = d.assignment_id "
                        + "where d.cooperative_id = ? and d.month_start between ? and ? and a.kind = 'DISPATCH'", c, java.sql.Date.valueOf(LocalDate.of(y, 4, 1)),
                        java.sql.Date.valueOf(LocalDate.of(y + 1, 3, 31)))};
        });
        measure("FindYearPlan (one cooperative, one year)", seed -> {
            Random r = new Random(seed);
            String c = NationalDataset.cooperative(r.nextInt(coops));
            int y = NationalDataset.FIRST_YEAR + r.nextInt(years);
            return new Runnable[] {
                () -> assertThat(SystemActor.call(Bench.PURPOSE, () -> join(queries.query(new FindYearPlan(c, y),
                        YearPlan.class)))).isNotNull(),
                // the month rows of the business year (April to March in the national dataset), read by month as the
                // query reads them (plan_month_month)
                () -> jdbc.queryForList("select d.*, a.worker_id, a.client_id, a.kind, a.work, a.fee_per_hour_yen "
                        + "from plan_month d join plan_assignment a on a.cooperative_id = d.cooperative_id "
                        + "and a.assignment_id = d.assignment_id where d.cooperative_id = ? and d.month_start between ? "
                        + "and ?", c,
                        java.sql.Date.valueOf(LocalDate.of(y, 4, 1)), java.sql.Date.valueOf(LocalDate.of(y + 1, 3, 31)))};
        });
        measure("FindCertificationRegistry (prefecture 32, all " + coops + "+ cooperatives)", seed -> {
            Random r = new Random(seed);
            LocalDate asOf = LocalDate.of(2016, 4, 1).plusDays(r.nextInt(3650));
            return new Runnable[] {
                () -> assertThat(SystemActor.call(Bench.PURPOSE, () -> join(queries.query(
                        new FindCertificationRegistry("32", asOf),
                        ResponseTypes.multipleInstancesOf(CertificationRegistryRow.class))))).isNotEmpty(),
                () -> jdbc.queryForList("select * from registry_cooperative c join registry_certification_term t "
                        + "on t.cooperative_id = c.cooperative_id where c.prefecture_code = ?", "32")};
        });
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code work.apply(seed)} gives the query and its raw baseline for one seeded cooperative/year. */
    private void measure(String name, IntFunction<Runnable[]> work) {
        for (int i = 0; i < 20; i++) {
            Runnable[] w = work.apply(-1 - i);
            w[0].run();
            w[1].run();
        }
        long[] query = new long[ITERATIONS];
        long[] raw = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            Runnable[] w = work.apply(i);
            long t0 = System.nanoTime();
            w[0].run();
            long t1 = System.nanoTime();
            w[1].run();
            long t2 = System.nanoTime();
            query[i] = t1 - t0;
            raw[i] = t2 - t1;
        }
        double p50 = Bench.percentileMillis(query, ITERATIONS, 0.5);
        double p99 = Bench.percentileMillis(query, ITERATIONS, 0.99);
        double rawP50 = Bench.percentileMillis(raw, ITERATIONS, 0.5);
        double rawP99 = Bench.percentileMillis(raw, ITERATIONS, 0.99);
        BenchReport.row("4 queries", name + ", p50 / p99 (" + ITERATIONS + " runs)",
                BenchReport.ms(p50) + " / " + BenchReport.ms(p99),
                BenchReport.ms(rawP50) + " / " + BenchReport.ms(rawP99) + " raw read of its rows",
                BenchReport.ratio(p99, rawP99), "p99 ≤ 50 ms", p99 <= 50);
    }

}
