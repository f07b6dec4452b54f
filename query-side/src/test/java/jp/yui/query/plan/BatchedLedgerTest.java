package jp.yui.query.plan;

import static jp.yui.query.calendar.YuiTestEvents.AMA;
import static jp.yui.query.calendar.YuiTestEvents.NISHINOSHIMA;
import static jp.yui.query.calendar.YuiTestEvents.business;
import static jp.yui.query.calendar.YuiTestEvents.day;
import static jp.yui.query.calendar.YuiTestEvents.dispatch;
import static jp.yui.query.calendar.YuiTestEvents.hired;
import static jp.yui.query.calendar.YuiTestEvents.member;
import static jp.yui.query.calendar.YuiTestEvents.municipality;
import static jp.yui.query.calendar.YuiTestEvents.period;
import static jp.yui.query.calendar.YuiTestEvents.registered;
import static jp.yui.query.calendar.YuiTestEvents.secondment;
import static jp.yui.query.calendar.YuiTestEvents.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.audit.AuditTrailProjection;
import jp.yui.query.ledger.LedgerProjection;
import jp.yui.query.ratio.RatioProjection;
import jp.yui.query.ratio.RatioQueries;
import jp.yui.query.reports.ReportsProjection;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inside a processor's unit of work the plan, ratio, audit, ledger and reports projections keep a batch's changes in
 * memory and write them when the unit of work commits: the rows must be exactly those of handling the same events one
 * at a time.
 */
class BatchedLedgerTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final PlanProjection plan = new PlanProjection(jdbc, new PlanQueries(jdbc, JapaneseHolidays.shared()),
            SimpleQueryUpdateEmitter.builder().build());
    private final RatioProjection ratio = new RatioProjection(jdbc, new RatioQueries(jdbc, "2025-07-01"),
            SimpleQueryUpdateEmitter.builder().build());
    private final AuditTrailProjection audit = new AuditTrailProjection(jdbc);
    private final LedgerProjection ledger = new LedgerProjection(jdbc);
    private final ReportsProjection reports = new ReportsProjection(jdbc);

    /** Every kind of ledger change, several of one assignment, of one month and of one client, in one stream. */
    private static List<Object> scenario(String coop) {
        return List.of(registered(coop), member(coop, "m1", day("2021-06-01")), member(coop, "m2", day("2021-06-01")),
                business(coop, "salt"), municipality(coop, "town", AMA), hired(coop, "w1", day("2025-04-01")),
                hired(coop, "w2", day("2025-04-01")),
                dispatch(coop, "a-salt", "w1", "salt", period("2026-09-01", "2027-03-31"),
                        WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 1100),
                dispatch(coop, "a1", "w1", "m1", period("2026-04-06", "2026-05-01"), weekdays(480), 1000),
                dispatch(coop, "a-town", "w2", "town", period("2026-04-01", "2026-12-31"), weekdays(300), 1200),
                secondment(coop, "s1", "w2", "m2", period("2026-07-01", "2026-07-01"), weekdays(480), 0),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4),
                        Map.of(day("2026-04-06"), 480, day("2026-04-07"), 420, day("2026-04-11"), 240)),
                new ActualHoursRecorded(coop, "a-town", YearMonth.of(2026, 5),
                        Map.of(day("2026-05-11"), 200, day("2026-06-01"), 999)),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4), Map.of(day("2026-04-06"), 100)),
                new AssignmentRescheduled(coop, "a1", period("2026-04-06", "2026-05-12"), weekdays(300)),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 5), Map.of(day("2026-05-11"), 400)),
                member(coop, "salt", day("2026-10-01")),
                new MembershipEnded(coop, "m1", day("2026-05-08"), MembershipEndReason.EXPULSION),
                new DistrictChangeCertified(coop, Set.of(NISHINOSHIMA), day("2026-10-01")),
                new AssignmentCancelled(coop, "s1", "中止"),
                new ActualHoursRecorded(coop, "ghost", YearMonth.of(2026, 6), Map.of(day("2026-06-02"), 60)),
                new AssignmentRescheduled(coop, "ghost2", period("2026-06-01", "2026-06-30"), weekdays(60)),
                dispatch(coop, "a2", "w2", "salt", period("2026-11-02", "2026-11-30"), weekdays(240), 900),
                new ActualHoursRecorded(coop, "a2", YearMonth.of(2026, 11), Map.of(day("2026-11-03"), 120)),
                new ActualHoursRecorded(coop, "a-town", YearMonth.of(2026, 10), Map.of()),
                new AssignmentCancelled(coop, "a-town", null),
                new WorkerSeparated(coop, "w1", day("2027-03-31"), "退職"));
    }

    private static String coop(String kind) {
        return "batched-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The events handled one at a time (no unit of work), or in units of work of {@code batch} events. */
    private void handle(String coop, int batch) {
        List<Object> events = scenario(coop);
        Events plans = Events.to(plan);
        Events ratios = Events.to(ratio);
        Events audits = Events.to(audit);
        Events ledgers = Events.to(ledger);
        Events reported = Events.to(reports);
        for (int i = 0; i < events.size(); i += Math.max(batch, 1)) {
            List<Object> part = events.subList(i, Math.min(events.size(), i + Math.max(batch, 1)));
            DefaultUnitOfWork<?> uow = batch > 0 ? DefaultUnitOfWork.startAndGet(null) : null;
            plans.given(part.toArray());
            ratios.given(part.toArray());
            audits.given(part.toArray());
            ledgers.given(part.toArray());
            reported.given(part.toArray());
            if (uow != null) {
                uow.commit();
            }
        }
    }

    private Map<String, List<Map<String, Object>>> rows(String coop) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.putAll(PlanTables.dump(jdbc, coop, PlanTables.WITH_DAYS));
        out.putAll(PlanTables.dump(jdbc, coop, RatioProjection.TABLES));
        out.put("audit_event", jdbc.queryForList("select sequence_number, user_id, cooperative_id, cooperative_name, "
                + "event_type, description_ja, description_en from audit_event where cooperative_id = ? "
                + "order by sequence_number", coop));
        out.putAll(PlanTables.dump(jdbc, coop, List.of("audit_name", "audit_assignment")));
        out.putAll(PlanTables.dump(jdbc, coop, LedgerProjection.TABLES));
        out.putAll(PlanTables.dump(jdbc, coop, List.of("rpt_cooperative", "rpt_district_version", "rpt_client",
                "rpt_membership", "rpt_worker", "rpt_assignment", "rpt_actual_month", "rpt_year_close",
                "rpt_year_reopen")));
        // the cooperative's id (and the name made from it) as a placeholder, so that two cooperatives compare
        Map<String, List<Map<String, Object>>> normalized = new LinkedHashMap<>();
        out.forEach((table, list) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : list) {
                Map<String, Object> r = new LinkedHashMap<>();
                row.forEach((k, v) -> r.put(k, normalized(v, coop)));
                rows.add(r);
            }
            normalized.put(table, rows);
        });
        return normalized;
    }

    private static Object normalized(Object value, String coop) {
        if (value instanceof String s) {
            return s.replace(coop, "COOP");
        }
        return PlanTables.comparable(value);
    }

    @Test
    void batchesOfAnySizeWriteTheRowsOfOneEventAtATime() {
        String single = coop("one");
        handle(single, 0);
        Map<String, List<Map<String, Object>>> expected = rows(single);
        assertThat(expected.get("plan_day")).isNotEmpty();
        assertThat(expected.get("ratio_cooperative")).isNotEmpty();
        assertThat(expected.get("ledger_actual_month")).isNotEmpty();
        assertThat(expected.get("rpt_actual_month")).isNotEmpty();
        assertThat(expected.get("audit_event")).hasSize(scenario(single).size());

        for (int batch : new int[] {1, 3, 7, 100}) {
            String batched = coop("b" + batch);
            handle(batched, batch);
            assertThat(rows(batched)).as("batches of %d events", batch).isEqualTo(expected);
        }
    }

    @Test
    void aBatchHandledTwiceChangesNothing() {
        String coop = coop("twice");
        List<Object> events = scenario(coop);
        Events plans = Events.to(plan);
        DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        plans.given(events.toArray());
        uow.commit();
        Map<String, List<Map<String, Object>>> before = PlanTables.dump(jdbc, coop);

        uow = DefaultUnitOfWork.startAndGet(null);
        plans.again(plans.handled());
        uow.commit();
        assertThat(PlanTables.dump(jdbc, coop)).isEqualTo(before);
    }
}
