package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.AMA;
import static jp.yui.command.cooperative.Demo.CHIBU;
import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.Demo.NISHINOSHIMA;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.invalidInput;
import static jp.yui.command.cooperative.RuleTestSupport.minutesOnDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static jp.yui.command.cooperative.RuleTestSupport.withFee;
import static jp.yui.command.cooperative.RuleTestSupport.withId;
import static jp.yui.command.cooperative.RuleTestSupport.withPeriod;
import static jp.yui.command.cooperative.RuleTestSupport.withWorkplace;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.RescheduleAssignment;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerHired;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input: each command is refused with {@link InvalidCommandException} (INVALID_INPUT) naming the field, and no events. */
class BadInputTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    private static void refusedNaming(ResultValidator<Cooperative> result, String field) {
        result.expectException(InvalidCommandException.class)
                .expectException(invalidInput(field))
                .expectExceptionMessage(containsString("INVALID_INPUT: " + field))
                .expectNoEvents();
    }

    private static RegisterCooperative register(String prefecture, Set<String> district, Integer startMonth,
                                                OvertimeAgreement oa) {
        return new RegisterCooperative(COOP, "島前マルチワーク事業協同組合", prefecture, district, startMonth, CapUnit.HOURS,
                DayOfWeek.SUNDAY, oa);
    }

    private static final Set<String> DOZEN = Set.of(AMA, NISHINOSHIMA, CHIBU);

    /** A valid plan to vary: w1 at process, 2026-07-06..10, 8 h a day. */
    private static PlanAssignment validPlan() {
        return Demo.plan("a1", "w1", "process", "2026-07-06", "2026-07-10", Demo.weekdays(8));
    }

    // ------------------------------------------------------------------ cooperative

    @Test
    @DisplayName("Bad input: unknown municipality code 999999 in the district")
    void badInput_unknownMunicipalityInDistrict() {
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", Set.of(AMA, "999999"), 4, null)),
                "districtMunicipalities");
    }

    @Test
    @DisplayName("Bad input: a district code that is not 6 digits")
    void badInput_malformedMunicipalityInDistrict() {
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", Set.of(AMA, "32525"), 4, null)),
                "districtMunicipalities");
    }

    @Test
    @DisplayName("Bad input: an empty district")
    void badInput_emptyDistrict() {
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", Set.of(), 4, null)),
                "districtMunicipalities");
    }

    @Test
    @DisplayName("Bad input: unknown prefecture code 99")
    void badInput_unknownPrefecture() {
        refusedNaming(fixture.givenNoPriorActivity().when(register("99", DOZEN, 4, null)), "prefectureCode");
    }

    @Test
    @DisplayName("Bad input: business year start month 13")
    void badInput_businessYearStartMonth13() {
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 13, null)), "businessYearStartMonth");
    }

    @Test
    @DisplayName("Bad input: business year start month 0")
    void badInput_businessYearStartMonth0() {
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 0, null)), "businessYearStartMonth");
    }

    @Test
    @DisplayName("Bad input: blank cooperative name")
    void badInput_blankCooperativeName() {
        refusedNaming(fixture.givenNoPriorActivity().when(new RegisterCooperative(COOP, "  ", "32", DOZEN, 4, null,
                null, null)), "name");
    }

    @Test
    @DisplayName("Bad input: overtime agreement with 50 h a month (legal maximum 45 h)")
    void badInput_monthlyOvertimeBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(8, 40, 8, false, 50, 360, false, false, 720, 100, 6);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.monthlyOvertimeHours");
    }

    @Test
    @DisplayName("Bad input: overtime agreement with 400 h a year (legal maximum 360 h)")
    void badInput_yearlyOvertimeBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(8, 40, 8, false, 45, 400, false, false, 720, 100, 6);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.yearlyOvertimeHours");
    }

    @Test
    @DisplayName("Bad input: overtime agreement with 9 regular hours a day (legal maximum 8 h)")
    void badInput_dailyRegularHoursBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(9, 40, 8, false, 45, 360, false, false, 720, 100, 6);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.dailyRegularHours");
    }

    @Test
    @DisplayName("Bad input: annual variable hours with 45 h a month (maximum 42 h)")
    void badInput_annualVariableMonthlyBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(8, 40, 8, false, 45, 320, true, false, 720, 100, 6);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.monthlyOvertimeHours");
    }

    @Test
    @DisplayName("Bad input: special clause with 800 h a year (legal maximum 720 h)")
    void badInput_specialClauseYearlyBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(8, 40, 8, false, 45, 360, false, true, 800, 100, 6);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.specialYearlyOvertimeHours");
    }

    @Test
    @DisplayName("Bad input: special clause with 7 months over the regular limit (legal maximum 6)")
    void badInput_specialClauseMonthsBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(8, 40, 8, false, 45, 360, false, true, 720, 100, 7);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.specialMonthsOverRegularLimit");
    }

    @Test
    @DisplayName("Bad input: special clause with a monthly limit of 101 h (must stay below 100 h)")
    void badInput_specialClauseMonthlyBeyondLegalMaximum() {
        OvertimeAgreement oa = new OvertimeAgreement(8, 40, 8, false, 45, 360, false, true, 720, 101, 6);
        refusedNaming(fixture.givenNoPriorActivity().when(register("32", DOZEN, 4, oa)),
                "overtimeAgreement.specialMonthlyOvertimeHoursBelow");
    }

    // ------------------------------------------------------------------ clients

    @Test
    @DisplayName("Bad input: a non-member municipality with an unknown municipality code")
    void badInput_unknownMunicipalityOfClient() {
        refusedNaming(fixture.given(history()).when(new RegisterNonMemberClient(COOP, "nishi-town", "西ノ島町役場",
                ClientKind.MUNICIPALITY, "999999")), "municipalityCode");
    }

    @Test
    @DisplayName("Bad input: duplicate client id")
    void badInput_duplicateClientId() {
        refusedNaming(fixture.given(history()).when(new RegisterNonMemberClient(COOP, "hotel", "別のホテル",
                ClientKind.BUSINESS, null)), "clientId");
    }

    @Test
    @DisplayName("Bad input: blank client name")
    void badInput_blankClientName() {
        refusedNaming(fixture.given(history()).when(new RegisterNonMemberClient(COOP, "inn2", " ",
                ClientKind.BUSINESS, null)), "name");
    }

    // ------------------------------------------------------------------ workers

    private static HireWorker hire(String id, String name, String born, String hired, EmploymentType type,
                                   String fixedTermEnds) {
        return new HireWorker(COOP, id, name, date(born), date(hired), type,
                fixedTermEnds == null ? null : date(fixedTermEnds), AMA, Set.of("事務"));
    }

    @Test
    @DisplayName("Bad input: hiring someone aged 10")
    void badInput_hireAtAge10() {
        refusedNaming(fixture.given(history()).when(hire("w8", "小林 翔", "2016-05-01", "2026-06-01",
                EmploymentType.INDEFINITE, null)), "birthDate");
    }

    @Test
    @DisplayName("Bad input: FIXED_TERM without an end date")
    void badInput_fixedTermWithoutEndDate() {
        refusedNaming(fixture.given(history()).when(hire("w8", "小林 翔", "1990-05-01", "2026-06-01",
                EmploymentType.FIXED_TERM, null)), "fixedTermEndsOn");
    }

    @Test
    @DisplayName("Bad input: duplicate worker id")
    void badInput_duplicateWorkerId() {
        refusedNaming(fixture.given(history()).when(hire("w1", "小林 翔", "1990-05-01", "2026-06-01",
                EmploymentType.INDEFINITE, null)), "workerId");
    }

    @Test
    @DisplayName("Bad input: blank worker name")
    void badInput_blankWorkerName() {
        refusedNaming(fixture.given(history()).when(hire("w8", "", "1990-05-01", "2026-06-01",
                EmploymentType.INDEFINITE, null)), "name");
    }

    @Test
    @DisplayName("Bad input: retiredAt60OrOver for someone who left the former employer at 55")
    void badInput_retiredAt60ForSomeoneWhoLeftAt55() {
        // w8 born 1970-01-15, left setnet 2025-03-31 → aged 55
        WorkerHired w8 = Demo.worker("w8", "中村 修", "1970-01-15", "2026-04-01", AMA);
        refusedNaming(fixture.given(history(w8)).when(new RecordPreviousEmployer(COOP, "w8", "setnet",
                date("2025-03-31"), true)), "retiredAt60OrOver");
    }

    @Test
    @DisplayName("Bad input: unknown worker in RecordPreviousEmployer")
    void badInput_unknownWorkerForPreviousEmployer() {
        refusedNaming(fixture.given(history()).when(new RecordPreviousEmployer(COOP, "w99", "setnet",
                date("2025-03-31"), false)), "workerId");
    }

    // ------------------------------------------------------------------ assignments

    @Test
    @DisplayName("Bad input: unknown worker w99 in a plan")
    void badInput_unknownWorker() {
        PlanAssignment v = validPlan();
        refusedNaming(fixture.given(history()).when(new PlanAssignment(COOP, "a1", v.kind(), "w99", "process",
                v.work(), v.category(), null, AMA, v.period(), v.pattern(), 1100)), "workerId");
    }

    @Test
    @DisplayName("Bad input: unknown client in a plan")
    void badInput_unknownClient() {
        PlanAssignment v = validPlan();
        refusedNaming(fixture.given(history()).when(new PlanAssignment(COOP, "a1", v.kind(), "w1", "fishmarket",
                v.work(), v.category(), null, AMA, v.period(), v.pattern(), 1100)), "clientId");
    }

    @Test
    @DisplayName("Bad input: unknown workplace municipality code in a plan")
    void badInput_unknownWorkplace() {
        refusedNaming(fixture.given(history()).when(withWorkplace(validPlan(), "999999")), "workplaceMunicipality");
    }

    @Test
    @DisplayName("Bad input: duplicate assignment id")
    void badInput_duplicateAssignmentId() {
        refusedNaming(fixture.given(history(planned(validPlan())))
                .when(withPeriod(validPlan(), "2026-07-13", "2026-07-17", Demo.weekdays(8))), "assignmentId");
    }

    @Test
    @DisplayName("Bad input: blank assignment id")
    void badInput_blankAssignmentId() {
        refusedNaming(fixture.given(history()).when(withId(validPlan(), " ")), "assignmentId");
    }

    @Test
    @DisplayName("Bad input: period ending before it starts")
    void badInput_endBeforeStart() {
        refusedNaming(fixture.given(history())
                .when(withPeriod(validPlan(), "2026-07-10", "2026-07-06", Demo.weekdays(8))), "period");
    }

    @Test
    @DisplayName("Bad input: negative minutes in a weekly pattern")
    void badInput_negativeMinutes() {
        refusedNaming(fixture.given(history())
                        .when(withPeriod(validPlan(), "2026-07-06", "2026-07-10", WorkPattern.weekly(-60,
                                DayOfWeek.MONDAY))),
                "pattern.weekdayMinutes[MONDAY]");
    }

    @Test
    @DisplayName("Bad input: more than 1440 minutes on a day of an explicit pattern")
    void badInput_moreThan1440MinutesADay() {
        refusedNaming(fixture.given(history())
                        .when(withPeriod(validPlan(), "2026-07-06", "2026-07-06",
                                WorkPattern.days(Map.of(date("2026-07-06"), 1441)))),
                "pattern.dayMinutes[2026-07-06]");
    }

    @Test
    @DisplayName("Bad input: a pattern with no working day in the period (Saturdays only, Mon–Fri period)")
    void badInput_patternWithNoWorkingDay() {
        refusedNaming(fixture.given(history())
                        .when(withPeriod(validPlan(), "2026-07-06", "2026-07-10",
                                WorkPattern.weekly(480, DayOfWeek.SATURDAY))),
                "pattern");
    }

    @Test
    @DisplayName("Bad input: a pattern with both weekday minutes and listed days")
    void badInput_patternWithBothKinds() {
        WorkPattern both = new WorkPattern(Map.of(DayOfWeek.MONDAY, 480), Set.of(),
                Map.of(date("2026-07-07"), 480));
        refusedNaming(fixture.given(history())
                .when(withPeriod(validPlan(), "2026-07-06", "2026-07-10", both)), "pattern");
    }

    @Test
    @DisplayName("Bad input: a day of an explicit pattern outside the period")
    void badInput_explicitDayOutsidePeriod() {
        refusedNaming(fixture.given(history())
                        .when(withPeriod(validPlan(), "2026-07-06", "2026-07-10",
                                WorkPattern.days(Map.of(date("2026-07-06"), 480, date("2026-07-11"), 480)))),
                "pattern.dayMinutes");
    }

    @Test
    @DisplayName("Bad input: an excepted date outside the period")
    void badInput_exceptDateOutsidePeriod() {
        refusedNaming(fixture.given(history())
                        .when(withPeriod(validPlan(), "2026-07-06", "2026-07-10",
                                WorkPattern.weekly(Map.of(DayOfWeek.MONDAY, 480), Set.of(date("2026-07-20"))))),
                "pattern.exceptDates");
    }

    @Test
    @DisplayName("Bad input: fee 0 yen per hour for a dispatch")
    void badInput_feeZeroForDispatch() {
        refusedNaming(fixture.given(history()).when(withFee(validPlan(), 0)), "feePerHourYen");
    }

    @Test
    @DisplayName("Bad input: unknown assignment in CancelAssignment")
    void badInput_unknownAssignmentCancel() {
        refusedNaming(fixture.given(history()).when(new CancelAssignment(COOP, "a99", "typo")), "assignmentId");
    }

    @Test
    @DisplayName("Bad input: unknown assignment in RescheduleAssignment")
    void badInput_unknownAssignmentReschedule() {
        PlanAssignment v = validPlan();
        refusedNaming(fixture.given(history()).when(new RescheduleAssignment(COOP, "a99", v.period(), v.pattern())),
                "assignmentId");
    }

    @Test
    @DisplayName("Bad input: unknown assignment in RecordActualHours")
    void badInput_unknownAssignmentActuals() {
        refusedNaming(fixture.given(history()).when(new RecordActualHours(COOP, "a99", YearMonth.of(2026, 7),
                minutesOnDays("2026-07-06", 1, 480))), "assignmentId");
    }

    // ------------------------------------------------------------------ actual hours

    @Test
    @DisplayName("Bad input: actual hours for a day outside the month")
    void badInput_actualsForDayOutsideMonth() {
        PlanAssignment a = Demo.plan("a1", "w1", "process", "2026-09-01", "2026-10-31", Demo.weekdays(8));
        refusedNaming(fixture.given(history(planned(a))).when(new RecordActualHours(COOP, "a1",
                YearMonth.of(2026, 9), Map.of(date("2026-09-30"), 480, date("2026-10-01"), 480))), "minutesPerDay");
    }

    @Test
    @DisplayName("Bad input: negative actual minutes on a day")
    void badInput_negativeActualMinutes() {
        PlanAssignment a = Demo.plan("a1", "w1", "process", "2026-09-01", "2026-09-30", Demo.weekdays(8));
        LocalDate day = date("2026-09-01");
        refusedNaming(fixture.given(history(planned(a))).when(new RecordActualHours(COOP, "a1",
                YearMonth.of(2026, 9), Map.of(day, -30))), "minutesPerDay[2026-09-01]");
    }

    @Test
    @DisplayName("Bad input: actual hours for a month outside the assignment period")
    void badInput_actualsForMonthOutsidePeriod() {
        PlanAssignment a = Demo.plan("a1", "w1", "process", "2026-09-01", "2026-09-30", Demo.weekdays(8));
        refusedNaming(fixture.given(history(planned(a))).when(new RecordActualHours(COOP, "a1",
                YearMonth.of(2026, 10), Map.of(date("2026-10-01"), 480))), "month");
    }

    @Test
    @DisplayName("Bad input: actual minutes missing (null) for a listed day")
    void badInput_nullActualMinutes() {
        PlanAssignment a = Demo.plan("a1", "w1", "process", "2026-09-01", "2026-09-30", Demo.weekdays(8));
        Map<LocalDate, Integer> minutes = new HashMap<>();
        minutes.put(date("2026-09-01"), null);
        refusedNaming(fixture.given(history(planned(a))).when(new RecordActualHours(COOP, "a1",
                YearMonth.of(2026, 9), minutes)), "minutesPerDay[2026-09-01]");
    }
}
