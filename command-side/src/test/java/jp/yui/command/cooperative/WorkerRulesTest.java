package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static jp.yui.command.cooperative.RuleTestSupport.withWorkplace;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import jp.yui.command.api.ConvertWorkerToIndefiniteTerm;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.SeparateWorker;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerSeparated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Workers: R-WORK-1 (indefinite term only), R-WORK-2 (employment period), R-WORK-3 (former employers). */
class WorkerRulesTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    // ------------------------------------------------------------------ R-WORK-1

    @Test
    @DisplayName("R-WORK-1 refused: w7 is on a fixed-term contract and can never be dispatched")
    void rWork1_refused_fixedTermWorker() {
        fixture.given(history())
                .when(planDays("a1", "w7", "process", "2026-07-06", 5, 8))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-1 accepted: converting w7 to indefinite term is recorded as an event")
    void rWork1_accepted_conversionIsAnEvent() {
        fixture.given(history())
                .when(new ConvertWorkerToIndefiniteTerm(COOP, "w7", date("2026-10-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new WorkerConvertedToIndefiniteTerm(COOP, "w7", date("2026-10-01")));
    }

    @Test
    @DisplayName("R-WORK-1 accepted: w7 dispatched from the day of WorkerConvertedToIndefiniteTerm")
    void rWork1_accepted_afterConversion() {
        PlanAssignment c = planDays("a1", "w7", "process", "2026-10-01", 5, 6);
        fixture.given(history(new WorkerConvertedToIndefiniteTerm(COOP, "w7", date("2026-10-01"))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-1 refused: after conversion on 2026-10-01 a dispatch starting 2026-09-28 is still refused")
    void rWork1_refused_dispatchStartingBeforeConversion() {
        fixture.given(history(new WorkerConvertedToIndefiniteTerm(COOP, "w7", date("2026-10-01"))))
                .when(planDays("a1", "w7", "process", "2026-09-28", 5, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-1"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-WORK-2

    @Test
    @DisplayName("R-WORK-2 refused: w6 (hired 2026-04-01) cannot be assigned from 2026-03-31")
    void rWork2_refused_beforeHire() {
        fixture.given(history())
                .when(planDays("a1", "w6", "process", "2026-03-31", 2, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-2 accepted: w6 assigned from the hire date 2026-04-01")
    void rWork2_accepted_fromHireDate() {
        PlanAssignment c = planDays("a1", "w6", "process", "2026-04-01", 2, 6);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-2 refused: w2 separated on 2026-09-30 cannot be assigned on 2026-10-01")
    void rWork2_refused_afterSeparation() {
        fixture.given(history(new WorkerSeparated(COOP, "w2", date("2026-09-30"), "自己都合")))
                .when(planDays("a1", "w2", "rice", "2026-09-29", 3, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-2 accepted: w2 separated on 2026-09-30 can be assigned through that last day")
    void rWork2_accepted_throughLastDay() {
        PlanAssignment c = planDays("a1", "w2", "rice", "2026-09-28", 3, 6);
        fixture.given(history(new WorkerSeparated(COOP, "w2", date("2026-09-30"), "自己都合")))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-2 refused: SeparateWorker while an assignment runs past the last day")
    void rWork2_refused_separationWhileAssignmentsRunPastLastDay() {
        PlanAssignment a = Demo.plan("a1", "w1", "cattle", "2026-10-01", "2026-10-31", Demo.weekdays(8));
        fixture.given(history(planned(a)))
                .when(new SeparateWorker(COOP, "w1", date("2026-10-15"), "自己都合"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-2 accepted: SeparateWorker on the last day of the last assignment")
    void rWork2_accepted_separationAfterLastAssignment() {
        PlanAssignment a = Demo.plan("a1", "w1", "cattle", "2026-10-01", "2026-10-31", Demo.weekdays(8));
        fixture.given(history(planned(a)))
                .when(new SeparateWorker(COOP, "w1", date("2026-10-31"), "自己都合"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new WorkerSeparated(COOP, "w1", date("2026-10-31"), "自己都合"));
    }

    // ------------------------------------------------------------------ R-WORK-3

    @Test
    @DisplayName("R-WORK-3 refused: w6 back to inn on 2027-01-31, within a year of leaving it on 2026-01-31")
    void rWork3_refused_backToFormerEmployerWithinAYear() {
        fixture.given(history())
                .when(planDays("a1", "w6", "inn", "2027-01-31", 1, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-3"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-3 refused: w6 to inn for the summer season 2026 (j-inn)")
    void rWork3_refused_innSummerSeason() {
        PlanAssignment c = Demo.plan("a1", "w6", "inn", "2026-07-15", "2026-08-31",
                WorkPattern.weekly(360, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        fixture.given(history())
                .when(c)
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-3"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-WORK-3 accepted: w6 back to inn from 2027-02-01, more than a year after leaving")
    void rWork3_accepted_backToFormerEmployerAfterAYear() {
        PlanAssignment c = planDays("a1", "w6", "inn", "2027-02-01", 5, 6);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-3 accepted: w5 back to setnet, which w5 left as a retiree of 60 or over (j-setnet)")
    void rWork3_accepted_retireeAged60OrOver() {
        PlanAssignment c = Demo.plan("a1", "w5", "setnet", "2026-04-01", "2026-06-30",
                WorkPattern.weekly(360, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-3 accepted: w4 to cattle, which w4 left on 2023-03-31 (more than a year ago) (j-cattle)")
    void rWork3_accepted_leftMoreThanAYearAgo() {
        PlanAssignment c = withWorkplace(
                Demo.plan("a1", "w4", "cattle", "2026-10-01", "2027-03-31", Demo.weekdays(8)), Demo.NISHINOSHIMA);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-WORK-3 accepted: recording a former employer left long before a planned dispatch to it")
    void rWork3_accepted_recordingOldFormerEmployerOfPlannedDispatch() {
        PlanAssignment a = planDays("a1", "w3", "care", "2026-05-04", 5, 4);
        // w3 left care on 2023-03-31 → barred through 2024-03-31, long before the May 2026 dispatch
        fixture.given(history(planned(a)))
                .when(new RecordPreviousEmployer(COOP, "w3", "care", date("2023-03-31"), false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PreviousEmployerRecorded(COOP, "w3", "care", date("2023-03-31"), false));
    }

    @Test
    @DisplayName("R-WORK-3 refused: recording a former employer that puts a planned dispatch within the year")
    void rWork3_refused_recordingRecentFormerEmployerOfPlannedDispatch() {
        PlanAssignment a = planDays("a1", "w6", "care", "2026-05-04", 5, 4);
        // w6 left care on 2026-03-31 → barred through 2027-03-31, which covers the May 2026 dispatch
        fixture.given(history(planned(a)))
                .when(new RecordPreviousEmployer(COOP, "w6", "care", date("2026-03-31"), false))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-WORK-3"))
                .expectNoEvents();
    }
}
