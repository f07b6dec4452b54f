package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Working time: R-WORK-4 (one place at a time, daily limit) and R-WORK-5 (weekly hours, overtime agreement). */
class WorkingTimeRulesTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    /** The demo history with other working-time settings. */
    private static List<Object> historyWith(DayOfWeek weekStartsOn, OvertimeAgreement oa) {
        List<Object> h = history();
        h.set(0, new CooperativeRegistered(COOP, "島前マルチワーク事業協同組合", "32",
                Set.of(Demo.AMA, Demo.NISHINOSHIMA, Demo.CHIBU), 4, CapUnit.HOURS, weekStartsOn, oa));
        return h;
    }

    // ------------------------------------------------------------------ R-WORK-4

    @Test
    @DisplayName("R-WORK-4 refused: w1 planned 5 h at process and 4 h at rice on 2026-09-01 (9 h > 8 h)")
    void rWork4_refused_twoAssignmentsSameDayOverDailyLimit() {
        fixture.given(history(planned(planDays("a1", "w1", "process", "2026-09-01", 1, 5))))
                .when(planDays("a2", "w1", "rice", "2026-09-01", 1, 4))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-4"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-4 accepted: split day, 4 h at process and 4 h at rice on 2026-09-01 (8 h)")
    void rWork4_accepted_splitDayWithinLimit() {
        PlanAssignment afternoon = planDays("a2", "w1", "rice", "2026-09-01", 1, 4);
        fixture.given(history(planned(planDays("a1", "w1", "process", "2026-09-01", 1, 4))))
                .when(afternoon)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(afternoon));
    }

    @Test
    @DisplayName("R-WORK-4 refused: a single assignment of 9 h a day")
    void rWork4_refused_singleAssignmentOverDailyLimit() {
        fixture.given(history())
                .when(planDays("a1", "w1", "process", "2026-09-01", 1, 9))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-4"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-WORK-5: the week

    @Test
    @DisplayName("R-WORK-5 refused: a 6th 8-hour day in a week (48 h > 40 h) without planned overtime")
    void rWork5_refused_sixthEightHourDayInAWeek() {
        // w1 at process Mon 2026-07-06 .. Fri 07-10, 8 h a day = 40 h; Saturday 07-11 at rice adds 8 h → 48 h
        PlanAssignment week = Demo.plan("a1", "w1", "process", "2026-07-06", "2026-07-10", Demo.weekdays(8));
        fixture.given(history(planned(week)))
                .when(planDays("a2", "w1", "rice", "2026-07-11", 1, 8))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-5"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-5 accepted: four 8-hour weekdays and a Saturday (40 h)")
    void rWork5_accepted_fortyHourWeek() {
        // Mon 07-06 .. Thu 07-09 = 32 h, Saturday 07-11 + 8 h = 40 h
        PlanAssignment week = Demo.plan("a1", "w1", "process", "2026-07-06", "2026-07-09", Demo.weekdays(8));
        PlanAssignment saturday = planDays("a2", "w1", "rice", "2026-07-11", 1, 8);
        fixture.given(history(planned(week)))
                .when(saturday)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(saturday));
    }

    @Test
    @DisplayName("R-WORK-5 accepted: Sunday after a 40 h Mon–Fri starts a new week (week starts on Sunday by default)")
    void rWork5_accepted_sundayStartsANewWeek() {
        // Sun 2026-07-12 begins the week 07-12..07-18, so it adds to 0 h, not to the 40 h of 07-06..07-10
        PlanAssignment week = Demo.plan("a1", "w1", "process", "2026-07-06", "2026-07-10", Demo.weekdays(8));
        PlanAssignment sunday = planDays("a2", "w1", "boat", "2026-07-12", 1, 8);
        fixture.given(history(planned(week)))
                .when(sunday)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(sunday));
    }

    @Test
    @DisplayName("R-WORK-5 refused: with weeks starting on Monday the same Sunday is a 6th day (48 h)")
    void rWork5_refused_sundayEndsTheWeekWhenWeeksStartOnMonday() {
        PlanAssignment week = Demo.plan("a1", "w1", "process", "2026-07-06", "2026-07-10", Demo.weekdays(8));
        List<Object> given = historyWith(DayOfWeek.MONDAY, OvertimeAgreement.standard());
        given.add(planned(week));
        fixture.given(given)
                .when(planDays("a2", "w1", "boat", "2026-07-12", 1, 8))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-5"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-WORK-5: the overtime agreement

    @Test
    @DisplayName("R-WORK-5 refused: planned overtime allowed, but 10 h on every July weekday is 46 h overtime (> 45 h)")
    void rWork5_refused_plannedMonthlyOvertimeOver45h() {
        // July 2026 has 23 weekdays; 2 h a day beyond 8 h → 46 h; 8 h x 5 = 40 h a week → no weekly overtime
        fixture.given(historyWith(DayOfWeek.SUNDAY, OvertimeAgreement.withPlannedOvertime(10)))
                .when(Demo.plan("a1", "w1", "process", "2026-07-01", "2026-07-31", Demo.weekdays(10)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-5"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-5 accepted: planned overtime allowed, 10 h on July weekdays through 07-30 is 44 h overtime (≤ 45 h)")
    void rWork5_accepted_plannedMonthlyOvertimeWithin45h() {
        // 2026-07-01 .. 07-30: 22 weekdays x 2 h = 44 h
        PlanAssignment c = Demo.plan("a1", "w1", "process", "2026-07-01", "2026-07-30", Demo.weekdays(10));
        fixture.given(historyWith(DayOfWeek.SUNDAY, OvertimeAgreement.withPlannedOvertime(10)))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-5 refused: planned overtime allowed, the 46th hour of July overtime comes from a second assignment")
    void rWork5_refused_monthlyOvertimeAcrossAssignments() {
        // 44 h overtime already planned (22 weekdays x 2 h); Fri 07-31 with 10 h at rice adds 2 h → 46 h
        PlanAssignment c = Demo.plan("a1", "w1", "process", "2026-07-01", "2026-07-30", Demo.weekdays(10));
        List<Object> given = historyWith(DayOfWeek.SUNDAY, OvertimeAgreement.withPlannedOvertime(10));
        given.add(planned(c));
        fixture.given(given)
                .when(planDays("a2", "w1", "rice", "2026-07-31", 1, 10))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-5"))
                .expectNoEvents();
    }
}
