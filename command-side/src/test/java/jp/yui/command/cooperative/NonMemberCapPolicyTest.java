package jp.yui.command.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.domain.CapLaw;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Boundaries of R-CAP-1 and R-CAP-2: inclusive caps, the smallest step more refused, exact integer arithmetic. */
class NonMemberCapPolicyTest {

    private static final BusinessYear Y2026 = new BusinessYear(2026, 4);
    private static final int H = 60;

    static UsageFigures hours(long memberMinutes, long relatedMinutes, long otherMinutes) {
        return new UsageFigures(Usage.of(memberMinutes, 1100), Usage.of(relatedMinutes, 1100), Usage.of(otherMinutes, 1100));
    }

    static boolean accepted(UsageFigures after, CapRuleVersion v, CapUnit unit) {
        return NonMemberCapPolicy.check(Y2026, UsageFigures.ZERO, after, v, unit).isEmpty();
    }

    @Test
    @DisplayName("R-CAP-2: O at exactly 20 % of M accepted; one minute more refused")
    void rCap2_otherAtExactly20PercentAccepted_oneMinuteMoreRefused() {
        assertThat(accepted(hours(1000 * H, 0, 200 * H), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(accepted(hours(1000 * H, 0, 200 * H + 1), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
    }

    @Test
    @DisplayName("R-CAP-2: O + R at exactly 50 % of M accepted; one minute more refused; R alone may use 30–50 %")
    void rCap2_otherPlusRelatedAtExactly50PercentAccepted() {
        assertThat(accepted(hours(1000 * H, 300 * H, 200 * H), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(accepted(hours(1000 * H, 300 * H + 1, 200 * H), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
        assertThat(accepted(hours(1000 * H, 500 * H, 0), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(accepted(hours(1000 * H, 500 * H + 1, 0), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
    }

    @Test
    @DisplayName("R-CAP-1: before the amendment O + R at exactly 20 % accepted, one minute more refused, R counts too")
    void rCap1_singleCapBoundary() {
        assertThat(accepted(hours(1000 * H, 100 * H, 100 * H), CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(accepted(hours(1000 * H, 100 * H, 100 * H + 1), CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS)).isFalse();
        // the same figures that R-CAP-2 allows are refused under R-CAP-1
        UsageFigures r300 = hours(1000 * H, 300 * H, 0);
        assertThat(accepted(r300, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        RuleViolationException e = NonMemberCapPolicy.check(Y2026, UsageFigures.ZERO, r300,
                CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS).orElseThrow();
        assertThat(e.ruleId()).isEqualTo("R-CAP-1");
        assertThat(e.messageEn()).contains("O + R would be 300 h = 30.0 % of member use 1,000 h", "the cap is 20 % (before the 2025 amendment)");
        assertThat(e.messageJa()).contains("組合員利用 1,000 時間 の 30.0 %");
    }

    @Test
    @DisplayName("R-CAP-2: the version in force on a business year's first day judges the whole year; commencement is configurable")
    void rCap2_versionOnFirstDay() {
        CapLaw law = CapLaw.defaults();
        assertThat(law.versionFor(new BusinessYear(2025, 4))).isEqualTo(CapRuleVersion.SINGLE_20_PERCENT);
        assertThat(law.versionFor(new BusinessYear(2026, 4))).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        // a year that starts on the commencement day is judged by the new law; one that started a day earlier is not
        assertThat(law.versionFor(new BusinessYear(2025, 7))).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        assertThat(new CapLaw(LocalDate.of(2025, 7, 2)).versionFor(new BusinessYear(2025, 7)))
                .isEqualTo(CapRuleVersion.SINGLE_20_PERCENT);
        assertThat(new CapLaw(LocalDate.of(2027, 4, 1)).versionFor(new BusinessYear(2026, 4)))
                .isEqualTo(CapRuleVersion.SINGLE_20_PERCENT);
    }

    @Test
    @DisplayName("R-CAP-3: with FEES as the unit, fees decide — cheap member hours, dear non-member hours")
    void rCap3_feesAsUnit() {
        // M: 1,000 h at ¥1,000 = ¥1,000,000; O: 150 h at ¥1,400 = ¥210,000 → 15 % of hours but 21 % of fees
        UsageFigures f = new UsageFigures(Usage.of(1000 * H, 1000), Usage.ZERO, Usage.of(150 * H, 1400));
        assertThat(accepted(f, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        RuleViolationException e = NonMemberCapPolicy.check(Y2026, UsageFigures.ZERO, f,
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.FEES).orElseThrow();
        assertThat(e.messageEn()).contains("other non-member use would be ¥210,000 = 21.0 % of member use ¥1,000,000");
        // exactly 20 % of fees: 10,000 min at ¥1,200/h = ¥200,000 = 20 % of ¥1,000,000; one minute more is over
        UsageFigures exact = new UsageFigures(Usage.of(1000 * H, 1000), Usage.ZERO, Usage.of(10000, 1200));
        assertThat(accepted(exact, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.FEES)).isTrue();
        UsageFigures over = new UsageFigures(Usage.of(1000 * H, 1000), Usage.ZERO, Usage.of(10001, 1200));
        assertThat(accepted(over, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.FEES)).isFalse();
    }

    @Test
    @DisplayName("R-CAP-2: with no member use, any non-member use is refused; nothing at all is fine")
    void rCap2_zeroMemberUse() {
        assertThat(accepted(UsageFigures.ZERO, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(accepted(hours(0, 0, 1), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
        assertThat(accepted(hours(0, 1, 0), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
    }

    @Test
    @DisplayName("R-CAP-4: a year above a cap (through actual results) may be brought down but not pushed further up")
    void rCap4_yearAlreadyAboveCap() {
        UsageFigures above = hours(1000 * H, 0, 250 * H);
        UsageFigures less = hours(1000 * H, 0, 240 * H);
        UsageFigures more = hours(1000 * H, 0, 260 * H);
        UsageFigures moreMembers = hours(1100 * H, 0, 250 * H);
        assertThat(NonMemberCapPolicy.check(Y2026, above, less, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isEmpty();
        assertThat(NonMemberCapPolicy.check(Y2026, above, moreMembers, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isEmpty();
        assertThat(NonMemberCapPolicy.check(Y2026, above, more, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isPresent();
        // fewer member hours at the same O makes the share larger
        UsageFigures fewerMembers = hours(900 * H, 0, 250 * H);
        assertThat(NonMemberCapPolicy.check(Y2026, above, fewerMembers, CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isPresent();
    }

    @Test
    @DisplayName("R-CAP-2: a refusal never shows a share that looks like the cap (20.04 %, not 20.0 %)")
    void rCap2_refusalShowsEnoughDecimals() {
        RuleViolationException e = NonMemberCapPolicy.check(Y2026, UsageFigures.ZERO, hours(1000 * H, 0, 12_024),
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS).orElseThrow();
        assertThat(e.messageEn()).contains("= 20.04 % of member use 1,000 h; the cap is 20 %");
    }
}
