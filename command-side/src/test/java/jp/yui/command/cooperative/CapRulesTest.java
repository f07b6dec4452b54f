package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.RuleTestSupport.actuals;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.minutesOnDays;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static jp.yui.command.cooperative.RuleTestSupport.withFee;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RescheduleAssignment;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.domain.CapLaw;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The non-member caps: R-CAP-1 (single 20 % before the amendment), R-CAP-2 (nested 20 %/50 %, configurable
 * commencement, judged by the year's first day), R-CAP-3 (the unit), R-CAP-4 (projected year with actuals; every
 * change of M, R, O checked) and the client's class per day (salt joins on 2026-10-01).
 * <p>
 * Figures are built from runs of 5-hour days at ¥1,100/h unless said otherwise: "M = 100 h" is 20 days x 5 h.
 */
class CapRulesTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    /** M = 100 h in business year {@code year}: w1 at process, 20 days x 5 h from 1 September. */
    private static PlanAssignment member100h(int year) {
        return planDays("m1", "w1", "process", year + "-09-01", 20, 5);
    }

    /** R = {@code days} x 5 h: w2 at 海士町役場 (a related municipality) from 1 October of {@code year}. */
    private static PlanAssignment amaTown(int year, int days) {
        return planDays("r1", "w2", "ama-town", year + "-10-01", days, 5);
    }

    // ------------------------------------------------------------------ R-CAP-1

    @Test
    @DisplayName("R-CAP-1 refused: business year 2024 (before the amendment), R = 30 h = 30 % of M 100 h > 20 %")
    void rCap1_refused_relatedMunicipalityOver20PercentIn2024() {
        // single cap O + R ≤ 20 % x M: 0 + 30 h > 20 h
        fixture.given(history(planned(member100h(2024))))
                .when(amaTown(2024, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-1"), containsString("30 h"),
                        containsString("30.0 %"), containsString("100 h")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-1 accepted: business year 2024, R = 20 h = exactly 20 % of M 100 h (inclusive)")
    void rCap1_accepted_relatedMunicipalityAt20PercentIn2024() {
        PlanAssignment c = amaTown(2024, 4);
        fixture.given(history(planned(member100h(2024))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-1 refused: business year 2025 began 2025-04-01, before commencement 2025-07-01 — still the single 20 % cap")
    void rCap1_refused_businessYear2025KeepsSingleCap() {
        // R = 30 h in October 2025, after commencement — but the year is judged by its first day
        fixture.given(history(planned(member100h(2025))))
                .when(amaTown(2025, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-1 refused: before the amendment O and R share one 20 % (O 10 h + R 15 h = 25 %)")
    void rCap1_refused_otherAndRelatedShareOneCap() {
        PlanAssignment pref = planDays("o1", "w3", "pref", "2024-11-01", 2, 5); // O = 10 h
        fixture.given(history(planned(member100h(2024)), planned(pref)))
                .when(amaTown(2024, 3))                                          // R = 15 h → O + R = 25 h
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-1"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-CAP-2

    @Test
    @DisplayName("R-CAP-2 accepted: business year 2026, R = 30 h = 30 % of M 100 h (O + R ≤ 50 %)")
    void rCap2_accepted_relatedMunicipalityAt30PercentIn2026() {
        PlanAssignment c = amaTown(2026, 6);
        fixture.given(history(planned(member100h(2026))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-2 refused: business year 2026, O = 25 h at the hotel = 25 % of M 100 h > 20 %")
    void rCap2_refused_otherNonMemberOver20Percent() {
        fixture.given(history(planned(member100h(2026))))
                .when(planDays("o1", "w3", "hotel", "2026-08-01", 5, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"),
                        containsString("other non-member use would be 25 h = 25.0 % of member use 100 h"),
                        containsString("the cap is 20 %")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-2 accepted: business year 2026, O = 20 h at the hotel = exactly 20 % (inclusive)")
    void rCap2_accepted_otherNonMemberAt20Percent() {
        PlanAssignment c = planDays("o1", "w3", "hotel", "2026-08-01", 4, 5);
        fixture.given(history(planned(member100h(2026))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-2 refused: O 15 h + R 40 h = 55 % of M 100 h > 50 % — other non-members eat into the 50 %")
    void rCap2_refused_otherPlusRelatedOver50Percent() {
        PlanAssignment hotel = planDays("o1", "w3", "hotel", "2026-08-01", 3, 5); // O = 15 h
        fixture.given(history(planned(member100h(2026)), planned(hotel)))
                .when(amaTown(2026, 8))                                              // R = 40 h
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("55 h"),
                        containsString("55.0 %"), containsString("the cap is 50 %")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-2 accepted: O 15 h + R 35 h = exactly 50 % of M 100 h (inclusive)")
    void rCap2_accepted_otherPlusRelatedAt50Percent() {
        PlanAssignment hotel = planDays("o1", "w3", "hotel", "2026-08-01", 3, 5);
        PlanAssignment c = amaTown(2026, 7);
        fixture.given(history(planned(member100h(2026)), planned(hotel)))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-2 accepted: with commencement configured as 2025-04-01, business year 2025 gets the nested caps (R 30 %)")
    void rCap2_accepted_configurableCommencementMakesYear2025Nested() {
        PlanAssignment c = amaTown(2025, 6);
        Demo.fixture(new CapLaw(date("2025-04-01")), Demo.TODAY)
                .given(history(planned(member100h(2025))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-2 refused: with commencement configured as 2026-04-02, business year 2026 keeps the single cap (R 30 % refused by R-CAP-1)")
    void rCap2_refused_configurableCommencementKeepsYear2026Single() {
        Demo.fixture(new CapLaw(date("2026-04-02")), Demo.TODAY)
                .given(history(planned(member100h(2026))))
                .when(amaTown(2026, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-2 refused: with commencement configured as 2026-04-01, business year 2025 keeps the single cap (R 30 % refused by R-CAP-1)")
    void rCap2_refused_commencement2026KeepsYear2025Single() {
        Demo.fixture(new CapLaw(date("2026-04-01")), Demo.TODAY)
                .given(history(planned(member100h(2025))))
                .when(amaTown(2025, 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-2 accepted: with commencement configured as 2026-04-01, business year 2026 is nested from its first day")
    void rCap2_accepted_commencementOnFirstDayOfYear() {
        PlanAssignment c = amaTown(2026, 6);
        Demo.fixture(new CapLaw(date("2026-04-01")), Demo.TODAY)
                .given(history(planned(member100h(2026))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    // ------------------------------------------------------------------ class per day: salt joins 2026-10-01

    /** O = 20 h at the hotel in August 2026 (already 20 % of M 100 h). */
    private static List<Object> historyAtOtherCap() {
        return history(planned(member100h(2026)), planned(planDays("o1", "w2", "hotel", "2026-08-01", 4, 5)));
    }

    @Test
    @DisplayName("R-CAP-2 refused: salt on 2026-09-15 is still a non-member — O 20 h + 5 h = 25 % > 20 %")
    void rCap2_refused_saltBeforeJoiningCountsAsOther() {
        fixture.given(historyAtOtherCap())
                .when(planDays("s1", "w3", "salt", "2026-09-15", 1, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-2 accepted: the same 5 h for salt on 2026-10-06 count as member use (joined 2026-10-01)")
    void rCap2_accepted_saltAfterJoiningCountsAsMember() {
        PlanAssignment c = planDays("s1", "w3", "salt", "2026-10-06", 1, 5);
        fixture.given(historyAtOtherCap())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    // ------------------------------------------------------------------ R-CAP-3

    /** The demo history measured in fees. */
    private static List<Object> historyInFees(Object... extra) {
        List<Object> h = history(extra);
        h.set(0, Demo.registered(CapUnit.FEES));
        return h;
    }

    @Test
    @DisplayName("R-CAP-3 refused: in FEES, cheap member ¥100,000 + expensive hotel ¥22,500 = 22.5 % (hours would be 15 %)")
    void rCap3_refused_feesJudgeCheapMemberExpensiveNonMember() {
        // M: 100 h x ¥1,000 = ¥100,000; O: 15 h x ¥1,500 = ¥22,500 → 22.5 % > 20 % (in hours 15 h / 100 h = 15 %)
        fixture.given(historyInFees(planned(withFee(member100h(2026), 1000))))
                .when(withFee(planDays("o1", "w2", "hotel", "2026-08-01", 3, 5), 1500))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("¥22,500"),
                        containsString("22.5 %"), containsString("¥100,000")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-3 accepted: in HOURS the same cheap-member / expensive-hotel combination is 15 %")
    void rCap3_accepted_hoursJudgeTheSameCombination() {
        PlanAssignment c = withFee(planDays("o1", "w2", "hotel", "2026-08-01", 3, 5), 1500);
        fixture.given(history(planned(withFee(member100h(2026), 1000))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-3 accepted: in FEES, expensive member ¥150,000 + cheap hotel ¥25,000 = 16.7 % (hours would be 25 %)")
    void rCap3_accepted_feesJudgeExpensiveMemberCheapNonMember() {
        // M: 100 h x ¥1,500 = ¥150,000; O: 25 h x ¥1,000 = ¥25,000 → 16.7 % ≤ 20 %
        PlanAssignment c = withFee(planDays("o1", "w2", "hotel", "2026-08-01", 5, 5), 1000);
        fixture.given(historyInFees(planned(withFee(member100h(2026), 1500))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-3 refused: in HOURS the same expensive-member / cheap-hotel combination is 25 %")
    void rCap3_refused_hoursJudgeTheSameCombination() {
        fixture.given(history(planned(withFee(member100h(2026), 1500))))
                .when(withFee(planDays("o1", "w2", "hotel", "2026-08-01", 5, 5), 1000))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("25.0 %")))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-CAP-4

    @Test
    @DisplayName("R-CAP-4 refused: September recorded at 50 h (planned 100 h) shrinks M, so O 20 h = 40 % is refused")
    void rCap4_refused_actualsLowerThanPlanShrinkMember() {
        // actuals for m1: 10 days x 5 h = 50 h; the month with results counts with them → M = 50 h
        fixture.given(history(planned(member100h(2026)),
                        actuals("m1", YearMonth.of(2026, 9), minutesOnDays("2026-09-01", 10, 300))))
                .when(planDays("o1", "w2", "hotel", "2026-08-01", 4, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("40.0 %"),
                        containsString("member use 50 h")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-4 accepted: September recorded at 120 h (planned 100 h) grows M, so O 24 h = 20 % is accepted")
    void rCap4_accepted_actualsHigherThanPlanGrowMember() {
        // actuals for m1: 20 days x 6 h = 120 h → O 24 h = 20 % (with the plan alone it would be 24 %)
        PlanAssignment c = planDays("o1", "w2", "hotel", "2026-08-01", 4, 6);
        fixture.given(history(planned(member100h(2026)),
                        actuals("m1", YearMonth.of(2026, 9), minutesOnDays("2026-09-01", 20, 360))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    /** M = 100 h (m1) + 20 h (m2, w3 at rice, 4 days x 5 h) = 120 h; O = {@code hotelHoursPerDay} x 4 days. */
    private static List<Object> historyWithTwoMemberAssignments(int hotelHoursPerDay) {
        return history(planned(member100h(2026)), planned(planDays("m2", "w3", "rice", "2026-09-01", 4, 5)),
                planned(planDays("o1", "w2", "hotel", "2026-08-01", 4, hotelHoursPerDay)));
    }

    @Test
    @DisplayName("R-CAP-4 refused: cancelling a member assignment shrinks M (120 → 100 h) and O 24 h becomes 24 %")
    void rCap4_refused_cancelMemberAssignmentBreaksCap() {
        fixture.given(historyWithTwoMemberAssignments(6))   // O = 24 h = 20 % of 120 h
                .when(new CancelAssignment(COOP, "m2", "rice harvest moved"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("24.0 %")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-4 accepted: cancelling the same member assignment when O 20 h stays at 20 % of 100 h")
    void rCap4_accepted_cancelMemberAssignmentWithinCap() {
        fixture.given(historyWithTwoMemberAssignments(5))   // O = 20 h
                .when(new CancelAssignment(COOP, "m2", "rice harvest moved"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AssignmentCancelled(COOP, "m2", "rice harvest moved"));
    }

    @Test
    @DisplayName("R-CAP-4 refused: shortening a member assignment (100 → 50 h) breaks the cap (O 24 h of M 70 h)")
    void rCap4_refused_shortenMemberAssignmentBreaksCap() {
        fixture.given(historyWithTwoMemberAssignments(6))
                .when(new RescheduleAssignment(COOP, "m1", new Period(date("2026-09-01"),
                        date("2026-09-10")), Demo.days(date("2026-09-01"), 10, 5)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-4 accepted: extending a member assignment grows M (cap checked, not broken)")
    void rCap4_accepted_extendMemberAssignment() {
        Period longer = new Period(date("2026-09-01"), date("2026-09-25"));
        fixture.given(historyWithTwoMemberAssignments(6))
                .when(new RescheduleAssignment(COOP, "m1", longer, Demo.days(date("2026-09-01"), 25, 5)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AssignmentRescheduled(COOP, "m1", longer, Demo.days(date("2026-09-01"), 25, 5)));
    }

    // ------------------------------------------------------------------ R-CAP-4: reclassifying a client

    /** M = 100 h; 知夫村役場 (related while 知夫村 is in the district) {@code days} x 5 h from 2026-10-05 (workplace 海士町). */
    private static List<Object> historyWithChibuVillage(int days) {
        return history(planned(member100h(2026)), planned(planDays("r1", "w2", "chibu-vill", "2026-10-05", days, 5)));
    }

    @Test
    @DisplayName("R-CAP-4 refused: a district change dropping 知夫村 turns its 30 h from R into O = 30 % > 20 % (R-CAP-2)")
    void rCap4_refused_districtChangeReclassifiesRelatedIntoOther() {
        fixture.given(historyWithChibuVillage(6))
                .when(new CertifyDistrictChange(COOP, Set.of(Demo.AMA, Demo.NISHINOSHIMA),
                        date("2026-10-01")))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("30.0 %")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-4 accepted: the same district change when 知夫村's 20 h as O stay at 20 %")
    void rCap4_accepted_districtChangeReclassifiesWithinCap() {
        fixture.given(historyWithChibuVillage(4))
                .when(new CertifyDistrictChange(COOP, Set.of(Demo.AMA, Demo.NISHINOSHIMA),
                        date("2026-10-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DistrictChangeCertified(COOP,
                        Set.of(Demo.AMA, Demo.NISHINOSHIMA), date("2026-10-01")));
    }
}
