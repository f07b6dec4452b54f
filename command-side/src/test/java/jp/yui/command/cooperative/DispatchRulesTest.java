package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.RuleTestSupport.actuals;
import static jp.yui.command.cooperative.RuleTestSupport.as;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.minutesOnDays;
import static jp.yui.command.cooperative.RuleTestSupport.minutesOnWeekdays;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static jp.yui.command.cooperative.RuleTestSupport.withFee;
import static jp.yui.command.cooperative.RuleTestSupport.withWorkplace;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.OvertimeLimitExceeded;
import jp.yui.command.api.OvertimeLimitKind;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RescheduleAssignment;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clients and work: R-DISP-1 (prohibited work), R-DISP-2 (secondment is not dispatch), R-DISP-3 (workplace in the
 * district), R-DISP-4 (actual results are facts; breaches are recorded beside them).
 */
class DispatchRulesTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    /** j-build-office: builder's office work, Tue/Thu 6 h, 2026-04-01..06-30, in 西ノ島町, ¥1,200/h. */
    private static PlanAssignment builderOffice() {
        return withFee(withWorkplace(Demo.plan("b1", "w3", "builder", "2026-04-01", "2026-06-30",
                WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)), Demo.NISHINOSHIMA), 1200);
    }

    // ------------------------------------------------------------------ R-DISP-1

    @Test
    @DisplayName("R-DISP-1 refused: construction work for the member builder is never dispatched")
    void rDisp1_refused_constructionForBuilder() {
        fixture.given(history())
                .when(as(builderOffice(), AssignmentKind.DISPATCH, WorkCategory.CONSTRUCTION, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-DISP-1"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = WorkCategory.class, names = {"PORT_CARGO_HANDLING", "SECURITY"})
    @DisplayName("R-DISP-1 refused: port cargo handling and security work are never dispatched")
    void rDisp1_refused_portCargoAndSecurity(WorkCategory category) {
        fixture.given(history())
                .when(as(planDays("a1", "w1", "boat", "2026-05-02", 2, 7), AssignmentKind.DISPATCH, category, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-DISP-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-DISP-1 accepted: the builder's office work (j-build-office) is ordinary work")
    void rDisp1_accepted_builderOfficeWork() {
        PlanAssignment c = builderOffice();
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-DISP-1 accepted: construction for the builder as a SECONDMENT")
    void rDisp1_accepted_constructionAsSecondment() {
        PlanAssignment c = as(builderOffice(), AssignmentKind.SECONDMENT, WorkCategory.CONSTRUCTION, null);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-DISP-1 refused: medical work in a hospital without a stated legal exception")
    void rDisp1_refused_hospitalMedicalWithoutException() {
        fixture.given(history())
                .when(as(planDays("a1", "w3", "care", "2026-06-01", 5, 4), AssignmentKind.DISPATCH,
                        WorkCategory.HOSPITAL_MEDICAL, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-DISP-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-DISP-1 accepted: medical work in a hospital covering staff on leave (stated exception)")
    void rDisp1_accepted_hospitalMedicalWithException() {
        PlanAssignment c = as(planDays("a1", "w3", "care", "2026-06-01", 5, 4), AssignmentKind.DISPATCH,
                WorkCategory.HOSPITAL_MEDICAL, MedicalDispatchException.LEAVE_COVER);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    // ------------------------------------------------------------------ R-DISP-2

    @Test
    @DisplayName("R-DISP-2 accepted: a secondment to the non-member hotel is not non-member use (M = 0 would refuse a dispatch)")
    void rDisp2_accepted_secondmentToNonMemberIsNotUsage() {
        // No dispatch at all: M = 0, so any dispatch to the hotel (O > 0 = 20 % of 0) would break R-CAP-2.
        PlanAssignment c = as(planDays("s1", "w2", "hotel", "2026-08-01", 4, 5), AssignmentKind.SECONDMENT,
                WorkCategory.GENERAL, null);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-DISP-2 refused: a member secondment does not count as M, so a hotel dispatch is still refused (R-CAP-2)")
    void rDisp2_refused_memberSecondmentDoesNotCountAsMemberUse() {
        // builder secondment: 20 days x 5 h = 100 h, but never dispatch → M stays 0; O = 5 h > 20 % of 0
        PlanAssignment secondment = as(planDays("s1", "w1", "builder", "2026-09-01", 20, 5),
                AssignmentKind.SECONDMENT, WorkCategory.CONSTRUCTION, null);
        fixture.given(history(planned(secondment)))
                .when(planDays("h1", "w2", "hotel", "2026-08-01", 1, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-2"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-DISP-3

    @Test
    @DisplayName("R-DISP-3 refused: a workplace in 隠岐の島町 (325287) lies outside the district")
    void rDisp3_refused_workplaceOutsideDistrict() {
        fixture.given(history())
                .when(withWorkplace(planDays("a1", "w1", "process", "2026-07-06", 5, 8), Demo.OKINOSHIMA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-DISP-3"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-DISP-3 accepted: a workplace in 知夫村 (325279), a district municipality")
    void rDisp3_accepted_workplaceInsideDistrict() {
        PlanAssignment c = withWorkplace(planDays("a1", "w1", "boat", "2026-05-02", 2, 7), Demo.CHIBU);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-DISP-3 accepted: 隠岐の島町 from the day a district change adds it")
    void rDisp3_accepted_afterDistrictChangeAddsTheWorkplace() {
        PlanAssignment c = withWorkplace(planDays("a1", "w1", "process", "2026-10-01", 5, 6), Demo.OKINOSHIMA);
        fixture.given(history(new DistrictChangeCertified(COOP,
                        Set.of(Demo.AMA, Demo.NISHINOSHIMA, Demo.CHIBU, Demo.OKINOSHIMA), date("2026-10-01"))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-DISP-3 refused: 隠岐の島町 the day before the district change adds it")
    void rDisp3_refused_beforeDistrictChangeAddsTheWorkplace() {
        fixture.given(history(new DistrictChangeCertified(COOP,
                        Set.of(Demo.AMA, Demo.NISHINOSHIMA, Demo.CHIBU, Demo.OKINOSHIMA), date("2026-10-01"))))
                .when(withWorkplace(planDays("a1", "w1", "process", "2026-09-30", 5, 6), Demo.OKINOSHIMA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-DISP-3"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-DISP-4

    /** M = 100 h: w1 at process, 2026-09-01..20, 5 h a day (5 h x 20 days). */
    private static PlanAssignment member100h() {
        return planDays("m1", "w1", "process", "2026-09-01", 20, 5);
    }

    /** O = 20 h: w2 at the hotel, 2026-08-01..04, 5 h a day (5 h x 4 days) = exactly 20 % of M. */
    private static PlanAssignment hotel20h() {
        return planDays("h1", "w2", "hotel", "2026-08-01", 4, 5);
    }

    @Test
    @DisplayName("R-DISP-4 accepted: actual hours pushing O over 20 % are recorded, followed by NonMemberCapBreached")
    void rDisp4_accepted_actualsOverCapRecordedWithBreachEvent() {
        // The hotel reports 6 h on each of the 4 days: O = 24 h, M = 100 h → 24.0 % > 20 %.
        Map<LocalDate, Integer> actual = minutesOnDays("2026-08-01", 4, 360);
        UsageFigures figures = new UsageFigures(
                Usage.of(100 * 60, 1100),   // M: 6,000 min, ¥110,000
                Usage.ZERO,                 // R
                Usage.of(24 * 60, 1100));   // O: 1,440 min, ¥26,400
        fixture.given(history(planned(member100h()), planned(hotel20h())))
                .when(new RecordActualHours(COOP, "h1", YearMonth.of(2026, 8), actual))
                .expectSuccessfulHandlerExecution()
                .expectEvents(actuals("h1", YearMonth.of(2026, 8), actual),
                        new NonMemberCapBreached(COOP, 2026, "R-CAP-2", CapUnit.HOURS, figures,
                                "other non-member use is 24 h = 24.0 % of member use 100 h; the cap is 20 %"
                                        + " — business year 2026"));
    }

    @Test
    @DisplayName("R-DISP-4 refused: the same 24 h as a plan change (an intention) is refused (R-CAP-2)")
    void rDisp4_refused_sameHoursAsPlanChange() {
        PlanAssignment h = hotel20h();
        fixture.given(history(planned(member100h()), planned(h)))
                .when(new RescheduleAssignment(COOP, "h1", h.period(),
                        Demo.days(date("2026-08-01"), 4, 6)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-DISP-4 accepted: actual overtime of 46 h in July is recorded, followed by OvertimeLimitExceeded")
    void rDisp4_accepted_actualOvertimeOverMonthlyLimit() {
        // w1 planned 8 h on the 23 weekdays of July 2026; actual 10 h each → 23 x 2 h = 46 h overtime > 45 h.
        // (5 regular days of 8 h = 40 h a week: no weekly overtime on top.)
        PlanAssignment july = Demo.plan("m1", "w1", "process", "2026-07-01", "2026-07-31", Demo.weekdays(8));
        Map<LocalDate, Integer> actual = minutesOnWeekdays(YearMonth.of(2026, 7), 600);
        fixture.given(history(planned(july)))
                .when(new RecordActualHours(COOP, "m1", YearMonth.of(2026, 7), actual))
                .expectSuccessfulHandlerExecution()
                .expectEvents(actuals("m1", YearMonth.of(2026, 7), actual),
                        new OvertimeLimitExceeded(COOP, "w1", OvertimeLimitKind.MONTHLY, "2026-07",
                                46 * 60, 45 * 60));
    }

    @Test
    @DisplayName("R-DISP-4 accepted: actual overtime within 45 h (23 h in July) is recorded without a breach")
    void rDisp4_accepted_actualOvertimeWithinLimit() {
        // actual 9 h on the 23 weekdays → 23 h overtime ≤ 45 h
        PlanAssignment july = Demo.plan("m1", "w1", "process", "2026-07-01", "2026-07-31", Demo.weekdays(8));
        Map<LocalDate, Integer> actual = minutesOnWeekdays(YearMonth.of(2026, 7), 540);
        fixture.given(history(planned(july)))
                .when(new RecordActualHours(COOP, "m1", YearMonth.of(2026, 7), actual))
                .expectSuccessfulHandlerExecution()
                .expectEvents(actuals("m1", YearMonth.of(2026, 7), actual));
    }

    @Test
    @DisplayName("R-DISP-4 accepted: a member month recorded lower than planned is recorded, and the breach it causes too")
    void rDisp4_accepted_memberActualsLowerThanPlanRecordedWithBreach() {
        // m1 recorded at 10 days x 5 h = 50 h (planned 100 h): O 20 h = 40.0 % of M 50 h > 20 %
        Map<LocalDate, Integer> actual = minutesOnDays("2026-09-01", 10, 300);
        UsageFigures figures = new UsageFigures(Usage.of(50 * 60, 1100), Usage.ZERO, Usage.of(20 * 60, 1100));
        fixture.given(history(planned(member100h()), planned(hotel20h())))
                .when(new RecordActualHours(COOP, "m1", YearMonth.of(2026, 9), actual))
                .expectSuccessfulHandlerExecution()
                .expectEvents(actuals("m1", YearMonth.of(2026, 9), actual),
                        new NonMemberCapBreached(COOP, 2026, "R-CAP-2", CapUnit.HOURS, figures,
                                "other non-member use is 20 h = 40.0 % of member use 50 h; the cap is 20 %"
                                        + " — business year 2026"));
    }

    @Test
    @DisplayName("R-DISP-3 refused: a district change dropping 知夫村 while a dispatch works there after the change")
    void rDisp3_refused_districtChangeDroppingAWorkplace() {
        PlanAssignment boat = withWorkplace(planDays("a1", "w1", "boat", "2026-10-03", 2, 7), Demo.CHIBU);
        fixture.given(history(planned(boat)))
                .when(new CertifyDistrictChange(COOP, Set.of(Demo.AMA, Demo.NISHINOSHIMA),
                        date("2026-10-01")))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-DISP-3"))
                .expectNoEvents();
    }
}
