package jp.yui.query.plan;

import static jp.yui.query.calendar.YuiTestEvents.AMA;
import static jp.yui.query.calendar.YuiTestEvents.NISHINOSHIMA;
import static jp.yui.query.calendar.YuiTestEvents.business;
import static jp.yui.query.calendar.YuiTestEvents.day;
import static jp.yui.query.calendar.YuiTestEvents.dispatch;
import static jp.yui.query.calendar.YuiTestEvents.hired;
import static jp.yui.query.calendar.YuiTestEvents.member;
import static jp.yui.query.calendar.YuiTestEvents.municipality;
import static jp.yui.query.calendar.YuiTestEvents.newCooperativeId;
import static jp.yui.query.calendar.YuiTestEvents.onDays;
import static jp.yui.query.calendar.YuiTestEvents.period;
import static jp.yui.query.calendar.YuiTestEvents.registered;
import static jp.yui.query.calendar.YuiTestEvents.secondment;
import static jp.yui.query.calendar.YuiTestEvents.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The year-round plan read model: given events, exact rows and query answers. */
class PlanReadModelTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final PlanQueries queries = new PlanQueries(jdbc, JapaneseHolidays.shared());
    private final PlanProjection projection = new PlanProjection(jdbc, queries,
            SimpleQueryUpdateEmitter.builder().build());

    private WorkerYear worker(String coop, String worker) {
        return queries.find(new FindWorkerYear(coop, worker, 2026));
    }

    private static WorkerMonth month(WorkerYear w, String yearMonth) {
        return w.months().stream().filter(m -> m.month().equals(YearMonth.parse(yearMonth))).findFirst().orElseThrow();
    }

    @Test
    void aMemberJoiningMidYearIsClassedPerDay() {
        String coop = newCooperativeId("plan-salt");
        Events.to(projection).given(registered(coop), business(coop, "salt"), hired(coop, "w1", day("2025-04-01")),
                dispatch(coop, "a-salt", "w1", "salt", period("2026-09-01", "2027-03-31"),
                        WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 1100),
                member(coop, "salt", day("2026-10-01")));

        WorkerYear w = worker(coop, "w1");
        assertThat(w.days()).filteredOn(d -> d.date().getMonthValue() == 9).hasSize(9)
                .allSatisfy(d -> assertThat(d.clientClass()).isEqualTo(ClientClass.OTHER_NON_MEMBER));
        assertThat(w.days()).filteredOn(d -> d.date().getMonthValue() == 10).hasSize(9)
                .allSatisfy(d -> assertThat(d.clientClass()).isEqualTo(ClientClass.MEMBER));
        PlanDay first = w.days().get(0);
        assertThat(first).isEqualTo(new PlanDay(day("2026-09-01"), "a-salt", AssignmentKind.DISPATCH, "salt",
                "組合員 salt", ClientClass.OTHER_NON_MEMBER, "作業 a-salt", 360, null, 1100, false, null));
        // 2026-09-22 is 国民の休日; the weekly pattern still plans it
        assertThat(w.days()).filteredOn(d -> d.date().equals(day("2026-09-22"))).singleElement()
                .satisfies(d -> assertThat(d.holidayName()).isEqualTo("国民の休日"));
        assertThat(w.plannedMinutes()).isEqualTo(3240 + 18720);
        assertThat(month(w, "2026-09").plannedMinutes()).isEqualTo(3240);
        assertThat(month(w, "2026-12").plannedMinutes()).isEqualTo(3600);
        assertThat(jdbc.queryForList("select distinct client_class from plan_day where cooperative_id = ? "
                + "and day < '2026-10-01'", String.class, coop)).containsExactly("OTHER_NON_MEMBER");
    }

    /**
     * A client's class is fixed per day (RULES.md, the non-member caps): a member from its joining day through its
     * membership's last day, a municipality of the district related while the district version in force that day
     * includes it. The same classes whether the client events come before the assignments (classed when their day rows
     * are written, in one batch) or after them (the stored day rows reclassified, one event at a time).
     */
    @Test
    void theClassOfEachDayFollowsMembershipAndDistrictWhateverTheOrder() {
        List<String> expected = List.of(
                "a-m1 2026-05-29 OTHER_NON_MEMBER", "a-m1 2026-06-01 MEMBER", "a-m1 2026-06-02 MEMBER",
                "a-m1 2026-06-03 MEMBER", "a-m1 2026-06-04 OTHER_NON_MEMBER", "a-m1 2026-06-05 OTHER_NON_MEMBER",
                "a-town 2026-06-01 RELATED_MUNICIPALITY", "a-town 2026-06-02 RELATED_MUNICIPALITY",
                "a-town 2026-06-03 RELATED_MUNICIPALITY", "a-town 2026-06-04 OTHER_NON_MEMBER",
                "a-town 2026-06-05 OTHER_NON_MEMBER");

        String factsFirst = newCooperativeId("plan-class-a");
        org.axonframework.messaging.unitofwork.DefaultUnitOfWork<?> uow =
                org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(null);
        Events.to(projection).given(registered(factsFirst), member(factsFirst, "m1", day("2026-06-01")),
                new MembershipEnded(factsFirst, "m1", day("2026-06-03"), MembershipEndReason.EXPULSION),
                municipality(factsFirst, "town", AMA),
                new DistrictChangeCertified(factsFirst, Set.of(NISHINOSHIMA), day("2026-06-04")),
                hired(factsFirst, "w1", day("2025-04-01")), hired(factsFirst, "w2", day("2025-04-01")),
                dispatch(factsFirst, "a-m1", "w1", "m1", period("2026-05-29", "2026-06-05"), weekdays(480), 1000),
                dispatch(factsFirst, "a-town", "w2", "town", period("2026-06-01", "2026-06-05"), weekdays(480), 1000));
        uow.commit();
        assertThat(classes(factsFirst)).isEqualTo(expected);

        String assignmentsFirst = newCooperativeId("plan-class-b");
        Events.to(projection).given(registered(assignmentsFirst), business(assignmentsFirst, "m1"),
                municipality(assignmentsFirst, "town", AMA),
                hired(assignmentsFirst, "w1", day("2025-04-01")), hired(assignmentsFirst, "w2", day("2025-04-01")),
                dispatch(assignmentsFirst, "a-m1", "w1", "m1", period("2026-05-29", "2026-06-05"), weekdays(480), 1000),
                dispatch(assignmentsFirst, "a-town", "w2", "town", period("2026-06-01", "2026-06-05"), weekdays(480),
                        1000),
                member(assignmentsFirst, "m1", day("2026-06-01")),
                new MembershipEnded(assignmentsFirst, "m1", day("2026-06-03"), MembershipEndReason.EXPULSION),
                new DistrictChangeCertified(assignmentsFirst, Set.of(NISHINOSHIMA), day("2026-06-04")));
        assertThat(classes(assignmentsFirst)).isEqualTo(expected);
    }

    private List<String> classes(String coop) {
        return jdbc.queryForList("select assignment_id || ' ' || day || ' ' || client_class from plan_day "
                + "where cooperative_id = ? order by assignment_id, day", String.class, coop);
    }

    @Test
    void overtimePerMonthFromNineHourDays() {
        String coop = newCooperativeId("plan-ot");
        Events.to(projection).given(registered(coop, CapUnit.HOURS, OvertimeAgreement.withPlannedOvertime(10)),
                member(coop, "m1", day("2021-06-01")), hired(coop, "w1", day("2025-04-01")),
                // the week Sunday 06-07 .. Saturday 06-13: five 9 h days and 4 h on Saturday
                dispatch(coop, "a1", "w1", "m1", period("2026-06-07", "2026-06-13"),
                        WorkPattern.weekly(Map.of(DayOfWeek.MONDAY, 540, DayOfWeek.TUESDAY, 540, DayOfWeek.WEDNESDAY, 540,
                                DayOfWeek.THURSDAY, 540, DayOfWeek.FRIDAY, 540, DayOfWeek.SATURDAY, 240)), 1000),
                // a week across the month end: Monday 06-29 .. Friday 07-03 9 h, Saturday 07-04 8 h
                dispatch(coop, "a2", "w1", "m1", period("2026-06-28", "2026-07-04"),
                        WorkPattern.weekly(Map.of(DayOfWeek.MONDAY, 540, DayOfWeek.TUESDAY, 540, DayOfWeek.WEDNESDAY, 540,
                                DayOfWeek.THURSDAY, 540, DayOfWeek.FRIDAY, 540, DayOfWeek.SATURDAY, 480)), 1000));

        WorkerYear w = worker(coop, "w1");
        // June: 5 × 60 daily + 240 beyond 40 h (Saturday), and 06-29/06-30 with 60 each; July: 3 × 60 + 480
        assertThat(month(w, "2026-06").overtimeMinutes()).isEqualTo(5 * 60 + 240 + 2 * 60);
        assertThat(month(w, "2026-07").overtimeMinutes()).isEqualTo(3 * 60 + 480);
        assertThat(month(w, "2026-05").overtimeMinutes()).isZero();
        assertThat(w.overtimeMinutes()).isEqualTo(660 + 660);
        assertThat(month(w, "2026-06").overtimeLimitMinutes()).isEqualTo(45 * 60);
        assertThat(month(w, "2026-06").overtimeLimitExceeded()).isFalse();
        assertThat(w.yearlyOvertimeLimitMinutes()).isEqualTo(360 * 60);
        assertThat(w.warnings()).extracting(PlanWarning::ruleId).containsExactly("R-WORK-6");
        assertThat(PlanQueries.overtime(new int[] {0, 540, 540, 540, 540, 540, 240}, 480, 2400))
                .containsExactly(0, 60, 60, 60, 60, 60, 240);
    }

    @Test
    void overtimeBeyondTheMonthlyLimitIsWarned() {
        String coop = newCooperativeId("plan-ot2");
        Events.to(projection).given(registered(coop, CapUnit.HOURS, OvertimeAgreement.withPlannedOvertime(12)),
                member(coop, "m1", day("2021-06-01")), member(coop, "m2", day("2021-06-01")),
                hired(coop, "w1", day("2025-04-01")),
                // every weekday of June 2026 (22 days) 11 h: 22 × 180 = 3,960 min of overtime > 45 h
                dispatch(coop, "a1", "w1", "m1", period("2026-06-01", "2026-06-30"), weekdays(660), 1000),
                onDays(coop, "a2", "w1", "m2", 60, 1000, day("2026-08-03")));

        WorkerYear w = worker(coop, "w1");
        assertThat(month(w, "2026-06").overtimeMinutes()).isEqualTo(3960);
        assertThat(month(w, "2026-06").overtimeLimitExceeded()).isTrue();
        assertThat(w.warnings()).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("R-WORK-5");
            assertThat(x.messageJa()).isEqualTo("2026-06 の時間外労働が 66 時間 となり、36協定の上限 45 時間 を超えます");
            assertThat(x.messageEn()).isEqualTo("overtime in 2026-06 is 66 h; the overtime agreement allows 45 h");
        });
    }

    @Test
    void idleWorkingDaysAroundTheSeptemberHolidaysWithinEmployment() {
        String coop = newCooperativeId("plan-idle");
        Events.to(projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                hired(coop, "w1", day("2026-09-14")),
                // Monday 09-14 .. Monday 09-21 (敬老の日, worked)
                dispatch(coop, "a1", "w1", "m1", period("2026-09-14", "2026-09-21"), weekdays(480), 1000),
                new WorkerSeparated(coop, "w1", day("2026-09-29"), "自己都合"));

        WorkerYear w = worker(coop, "w1");
        // weekdays 09-14 .. 09-29: 14–18 and 21 worked, 22 (国民の休日) and 23 (秋分の日) holidays, 24, 25, 28, 29 idle
        assertThat(month(w, "2026-09").idleWorkingDays()).isEqualTo(4);
        assertThat(month(w, "2026-04").idleWorkingDays()).isZero();
        assertThat(month(w, "2026-10").idleWorkingDays()).isZero();
        assertThat(w.idleWorkingDays()).isEqualTo(4);
        assertThat(w.days()).extracting(PlanDay::date).containsExactly(day("2026-09-14"), day("2026-09-15"),
                day("2026-09-16"), day("2026-09-17"), day("2026-09-18"), day("2026-09-21"));
        PlanDay holiday = w.days().get(5);
        assertThat(holiday.holiday()).isTrue();
        assertThat(holiday.holidayName()).isEqualTo("敬老の日");
        assertThat(w.days().get(0).holiday()).isFalse();
        assertThat(w.lastDay()).isEqualTo(day("2026-09-29"));
        assertThat(w.hiredOn()).isEqualTo(day("2026-09-14"));
    }

    @Test
    void clientCountAndTheTwoClientWarning() {
        String coop = newCooperativeId("plan-clients");
        Events.to(projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                member(coop, "m2", day("2021-06-01")), hired(coop, "w1", day("2025-04-01")),
                hired(coop, "w2", day("2025-04-01")),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-05-11"), day("2026-05-12")),
                onDays(coop, "a2", "w2", "m1", 480, 1000, day("2026-05-11")),
                onDays(coop, "a3", "w2", "m2", 480, 1000, day("2026-11-11")),
                // a day of the next business year does not count
                onDays(coop, "a4", "w1", "m2", 480, 1000, day("2027-04-05")));

        YearPlan plan = queries.find(new FindYearPlan(coop, 2026));
        assertThat(plan.workers()).extracting(WorkerYear::workerId).containsExactly("w1", "w2");
        WorkerYear w1 = plan.workers().get(0);
        WorkerYear w2 = plan.workers().get(1);
        assertThat(w1.clientCount()).isEqualTo(1);
        assertThat(w1.clientIds()).containsExactly("m1");
        assertThat(w1.warnings()).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("R-WORK-6");
            assertThat(x.messageJa()).isEqualTo(
                    "職員 w1 の 2026年度の派遣先は 1 件です。年間を通じて2件以上の派遣先を組み合わせることが望まれます");
        });
        assertThat(w2.clientCount()).isEqualTo(2);
        assertThat(w2.clientIds()).containsExactly("m1", "m2");
        assertThat(w2.warnings()).isEmpty();
        assertThat(queries.find(new FindWorkerYear(coop, "w1", 2027)).clientIds()).containsExactly("m2");
    }

    @Test
    void workersCooperativeSettingsAndHolidaysOfTheYear() {
        String coop = newCooperativeId("plan-workers");
        Events.to(projection).given(registered(coop),
                new WorkerHired(coop, "w1", "山田 花子", day("1990-05-05"), day("2024-04-01"), EmploymentType.FIXED_TERM,
                        day("2027-03-31"), AMA, Set.of("漁業")),
                new WorkerConvertedToIndefiniteTerm(coop, "w1", day("2026-04-01")),
                hired(coop, "w-gone", day("2020-04-01")), new WorkerSeparated(coop, "w-gone", day("2026-03-31"), "退職"),
                hired(coop, "w-new", day("2027-04-01")));

        YearPlan plan = queries.find(new FindYearPlan(coop, 2026));
        assertThat(plan.cooperativeName()).isEqualTo("テスト組合 " + coop);
        assertThat(plan.firstDay()).isEqualTo(day("2026-04-01"));
        assertThat(plan.lastDay()).isEqualTo(day("2027-03-31"));
        assertThat(plan.weekStartsOn()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(plan.overtimeLimits().monthlyLimitMinutes()).isEqualTo(2700);
        assertThat(plan.holidays()).hasSize(13 + 6);
        assertThat(plan.holidays().get(0).nameJa()).isEqualTo("昭和の日");
        // employed in the year: only w1 (w-gone left before it, w-new starts after it)
        assertThat(plan.workers()).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("山田 花子");
            assertThat(w.employmentType()).isEqualTo(EmploymentType.INDEFINITE);
            assertThat(w.indefiniteFrom()).isEqualTo(day("2026-04-01"));
            assertThat(w.hiredOn()).isEqualTo(day("2024-04-01"));
            assertThat(w.lastDay()).isNull();
            assertThat(w.months()).hasSize(12);
            assertThat(w.months().get(0).month()).isEqualTo(YearMonth.of(2026, 4));
            // 2026-04: 22 weekdays, 04-29 昭和の日 → 21 idle working days
            assertThat(w.months().get(0).idleWorkingDays()).isEqualTo(21);
        });
        assertThat(queries.find(new FindYearPlan("no-such-coop", 2026))).isNull();
        assertThat(queries.find(new FindWorkerYear(coop, "nobody", 2026))).isNull();
    }

    @Test
    void actualHoursReplaceTheMonthAndRescheduleAndCancelReplaceDays() {
        String coop = newCooperativeId("plan-actual");
        Events events = Events.to(projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                member(coop, "m2", day("2021-06-01")), hired(coop, "w1", day("2025-04-01")),
                dispatch(coop, "a1", "w1", "m1", period("2026-04-06", "2026-05-01"), weekdays(480), 1000),
                secondment(coop, "s1", "w1", "m2", period("2026-07-01", "2026-07-01"), weekdays(480), 0),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4),
                        Map.of(day("2026-04-06"), 480, day("2026-04-07"), 420, day("2026-04-11"), 240)));

        WorkerYear w = worker(coop, "w1");
        assertThat(month(w, "2026-04").plannedMinutes()).isEqualTo(19 * 480);
        assertThat(month(w, "2026-04").actualMinutes()).isEqualTo(1140);
        assertThat(month(w, "2026-04").projectedMinutes()).isEqualTo(1140);
        assertThat(month(w, "2026-04").actualsRecorded()).isTrue();
        assertThat(month(w, "2026-05").projectedMinutes()).isEqualTo(480);
        assertThat(month(w, "2026-05").actualsRecorded()).isFalse();
        assertThat(w.days()).filteredOn(d -> d.date().equals(day("2026-04-08"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.plannedMinutes()).isEqualTo(480);
                    assertThat(d.actualMinutes()).isZero();
                });
        assertThat(w.days()).filteredOn(d -> d.date().equals(day("2026-04-11"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.plannedMinutes()).isZero();
                    assertThat(d.actualMinutes()).isEqualTo(240);
                });
        assertThat(w.days()).filteredOn(d -> d.kind() == AssignmentKind.SECONDMENT).singleElement()
                .satisfies(d -> assertThat(d.work()).isEqualTo("出向 s1"));

        // a second record of April replaces the first
        events.given(new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4), Map.of(day("2026-04-06"), 100)));
        assertThat(month(worker(coop, "w1"), "2026-04").projectedMinutes()).isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from plan_day where cooperative_id = ? and assignment_id = 'a1' "
                + "and actual_minutes > 0", Integer.class, coop)).isEqualTo(1);

        // rescheduling keeps the recorded April and replaces the planned days
        events.given(new AssignmentRescheduled(coop, "a1", period("2026-04-06", "2026-05-12"), weekdays(300)));
        w = worker(coop, "w1");
        assertThat(month(w, "2026-04").projectedMinutes()).isEqualTo(100);
        assertThat(month(w, "2026-04").plannedMinutes()).isEqualTo(19 * 300);
        assertThat(month(w, "2026-05").plannedMinutes()).isEqualTo(8 * 300);

        events.given(new AssignmentCancelled(coop, "s1", "中止"));
        assertThat(worker(coop, "w1").days()).noneMatch(d -> d.assignmentId().equals("s1"));
        assertThat(jdbc.queryForObject("select cancelled from plan_assignment where cooperative_id = ? "
                + "and assignment_id = 's1'", Boolean.class, coop)).isTrue();
    }

    @Test
    void everyEventHandledTwiceLeavesTheSameRows() {
        String coop = newCooperativeId("plan-twice");
        Events events = Events.to(projection).given(registered(coop), business(coop, "salt"),
                member(coop, "m1", day("2021-06-01")), hired(coop, "w1", day("2025-04-01")),
                dispatch(coop, "a-salt", "w1", "salt", period("2026-09-01", "2027-03-31"),
                        WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 1100),
                dispatch(coop, "a1", "w1", "m1", period("2026-04-06", "2026-05-01"), weekdays(480), 1000),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4), Map.of(day("2026-04-06"), 480)),
                new AssignmentRescheduled(coop, "a1", period("2026-04-06", "2026-05-12"), weekdays(300)),
                member(coop, "salt", day("2026-10-01")), new AssignmentCancelled(coop, "a1", null),
                new WorkerSeparated(coop, "w1", day("2027-03-31"), "退職"));
        Map<String, List<Map<String, Object>>> before = PlanTables.dump(jdbc, coop);
        YearPlan planBefore = queries.find(new FindYearPlan(coop, 2026));

        events.again(events.handled());

        assertThat(PlanTables.dump(jdbc, coop)).isEqualTo(before);
        assertThat(queries.find(new FindYearPlan(coop, 2026))).isEqualTo(planBefore);
        assertThat(before.get("plan_day")).hasSize(9 + 9 + 8 + 10 + 8 + 8 + 9);
    }

    @Test
    void theResetHandlerEmptiesEveryPlanTable() {
        String coop = newCooperativeId("plan-reset");
        Events.to(projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                hired(coop, "w1", day("2025-04-01")),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-05-11")),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 5), Map.of(day("2026-05-11"), 400)));
        assertThat(PlanTables.dump(jdbc, coop).get("plan_day")).hasSize(1);

        projection.reset();

        for (String table : PlanProjection.TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename like 'plan\\_%'", String.class)).containsExactlyInAnyOrderElementsOf(PlanProjection.TABLES);
    }
}
