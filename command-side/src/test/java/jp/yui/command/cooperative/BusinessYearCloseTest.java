package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.invalidInput;
import static jp.yui.command.cooperative.RuleTestSupport.minutesOnDays;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CloseBusinessYear;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.ReopenBusinessYearForCorrection;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-CAP-6 — business-year close (締め): only after the year ended; freezes the year with its final figures; later
 * changes need an explicit reopening for a correction; a re-close is revision 2. Today is 2026-11-25, so business
 * year 2025 (2025-04-01..2026-03-31) has ended and 2026 has not.
 */
class BusinessYearCloseTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    /**
     * Business year 2025: M = 100 h (w1 at process, 20 days x 5 h), R = 10 h (w2 at 海士町役場, 2 x 5 h), O = 8 h
     * (w3 at 隠岐支庁, 2 x 4 h), all at ¥1,100/h. Judged by R-CAP-1 (first day 2025-04-01 < 2025-07-01):
     * O + R = 18 h = 18 % ≤ 20 %.
     */
    private static List<Object> year2025(Object... extra) {
        List<Object> h = history(planned(planDays("m1", "w1", "process", "2025-09-01", 20, 5)),
                planned(planDays("r1", "w2", "ama-town", "2025-10-01", 2, 5)),
                planned(planDays("o1", "w3", "pref", "2025-11-01", 2, 4)));
        h.addAll(List.of(extra));
        return h;
    }

    private static BusinessYearClosed closed2025(int revision) {
        UsageFigures f = new UsageFigures(
                new Usage(6000, 6000L * 1100),   // M 100 h = 6,000 min, ¥110,000
                new Usage(600, 600L * 1100),     // R  10 h =   600 min, ¥11,000
                new Usage(480, 480L * 1100));    // O   8 h =   480 min, ¥8,800
        return new BusinessYearClosed(COOP, 2025, date("2025-04-01"), date("2026-03-31"),
                CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS, f,
                new BigDecimal("8.0"),   // O / M = 480 / 6000 = 8.0 %
                new BigDecimal("18.0"),  // (O + R) / M = 1080 / 6000 = 18.0 %
                true, revision);
    }

    @Test
    @DisplayName("R-CAP-6 refused: closing business year 2026 on 2026-11-25, before it ended (INVALID_INPUT)")
    void rCap6_refused_closeBeforeYearEnded() {
        fixture.given(year2025())
                .when(new CloseBusinessYear(COOP, 2026))
                .expectException(InvalidCommandException.class)
                .expectException(invalidInput("businessYear"))
                .expectExceptionMessage(containsString("INVALID_INPUT"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 refused: closing business year 2026 on its last day 2027-03-31 (INVALID_INPUT)")
    void rCap6_refused_closeOnLastDayOfYear() {
        Demo.fixture(jp.yui.command.domain.CapLaw.defaults(), date("2027-03-31"))
                .given(year2025())
                .when(new CloseBusinessYear(COOP, 2026))
                .expectException(invalidInput("businessYear"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 accepted: closing business year 2025 records BusinessYearClosed with the final M, R, O and shares")
    void rCap6_accepted_closeRecordsFinalFigures() {
        fixture.given(year2025())
                .when(new CloseBusinessYear(COOP, 2025))
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed2025(1));
    }

    @Test
    @DisplayName("R-CAP-6 refused: a plan in the closed business year 2025")
    void rCap6_refused_planInClosedYear() {
        fixture.given(year2025(closed2025(1)))
                .when(planDays("m2", "w4", "rice", "2025-10-10", 1, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-6"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 refused: cancelling an assignment of the closed business year 2025")
    void rCap6_refused_cancelInClosedYear() {
        fixture.given(year2025(closed2025(1)))
                .when(new CancelAssignment(COOP, "o1", "entered twice"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-6"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 refused: actual hours for a month of the closed business year 2025")
    void rCap6_refused_actualsInClosedYear() {
        fixture.given(year2025(closed2025(1)))
                .when(new RecordActualHours(COOP, "r1", YearMonth.of(2025, 10), minutesOnDays("2025-10-01", 2, 300)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-6"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 accepted: a plan in the open business year 2026 while 2025 is closed")
    void rCap6_accepted_planInOpenYear() {
        PlanAssignment c = planDays("m2", "w4", "rice", "2026-10-10", 1, 5);
        fixture.given(year2025(closed2025(1)))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-6 accepted: ReopenBusinessYearForCorrection with a reason")
    void rCap6_accepted_reopenForCorrection() {
        fixture.given(year2025(closed2025(1)))
                .when(new ReopenBusinessYearForCorrection(COOP, 2025, "稲刈りの派遣の記録漏れ"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BusinessYearReopenedForCorrection(COOP, 2025, "稲刈りの派遣の記録漏れ"));
    }

    @Test
    @DisplayName("R-CAP-6 refused: reopening for a correction needs a reason (INVALID_INPUT)")
    void rCap6_refused_reopenWithoutReason() {
        fixture.given(year2025(closed2025(1)))
                .when(new ReopenBusinessYearForCorrection(COOP, 2025, " "))
                .expectException(invalidInput("reason"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 accepted: after reopening for a correction, the plan in business year 2025 is accepted")
    void rCap6_accepted_planAfterReopening() {
        PlanAssignment c = planDays("m2", "w4", "rice", "2025-10-10", 1, 5);
        fixture.given(year2025(closed2025(1),
                        new BusinessYearReopenedForCorrection(COOP, 2025, "稲刈りの派遣の記録漏れ")))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CAP-6 accepted: re-closing after a correction gives revision 2 with the corrected figures")
    void rCap6_accepted_recloseGivesRevision2() {
        // correction: + 5 h for rice (member) → M = 105 h = 6,300 min; O/M = 480/6300 = 7.6 %; (O+R)/M = 1080/6300 = 17.1 %
        PlanAssignment correction = planDays("m2", "w4", "rice", "2025-10-10", 1, 5);
        UsageFigures f = new UsageFigures(new Usage(6300, 6300L * 1100), new Usage(600, 600L * 1100),
                new Usage(480, 480L * 1100));
        fixture.given(year2025(closed2025(1),
                        new BusinessYearReopenedForCorrection(COOP, 2025, "稲刈りの派遣の記録漏れ"), planned(correction)))
                .when(new CloseBusinessYear(COOP, 2025))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BusinessYearClosed(COOP, 2025, date("2025-04-01"), date("2026-03-31"),
                        CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS, f, new BigDecimal("7.6"),
                        new BigDecimal("17.1"), true, 2));
    }

    @Test
    @DisplayName("R-CAP-6 refused: closing a year that is already closed (INVALID_INPUT)")
    void rCap6_refused_closeTwice() {
        fixture.given(year2025(closed2025(1)))
                .when(new CloseBusinessYear(COOP, 2025))
                .expectException(invalidInput("businessYear"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-6 accepted: closing a year left above the cap by actual results records withinCaps = false")
    void rCap6_accepted_closeBreachedYear() {
        // m1 recorded at 10 days x 5 h = 50 h: M = 3,000 min; O + R = 1,080 min = 36.0 % > 20 % (R-CAP-1)
        UsageFigures f = new UsageFigures(new Usage(3000, 3000L * 1100), new Usage(600, 600L * 1100),
                new Usage(480, 480L * 1100));
        fixture.given(year2025(RuleTestSupport.actuals("m1", YearMonth.of(2025, 9),
                        minutesOnDays("2025-09-01", 10, 300))))
                .when(new CloseBusinessYear(COOP, 2025))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BusinessYearClosed(COOP, 2025, date("2025-04-01"), date("2026-03-31"),
                        CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS, f,
                        new BigDecimal("16.0"),  // 480 / 3000
                        new BigDecimal("36.0"),  // 1080 / 3000
                        false, 1));
    }
}
