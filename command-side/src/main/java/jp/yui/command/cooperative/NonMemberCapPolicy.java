package jp.yui.command.cooperative;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.UsageFigures;

/**
 * R-CAP-1 / R-CAP-2 — the non-member caps (員外利用制限) on one business year, under the rule version in force on
 * its first day: before the 2025 amendment {@code O + R ≤ 20 % × M}; from it both {@code O ≤ 20 % × M} and
 * {@code O + R ≤ 50 % × M}. The caps are inclusive and compared exactly (integers, no rounding).
 * <p>
 * A change is refused when, afterwards, a cap is broken and the change made that cap's share larger (or broke it).
 * So a year already above a cap — only possible through recorded actual results, R-DISP-4 — can always be brought
 * back down, but never pushed further up.
 */
final class NonMemberCapPolicy {

    /** One cap: {@code numerator ≤ percent % × M}. */
    record Cap(String ruleId, boolean includesRelated, int percent) {
    }

    /** A cap broken by some figures. */
    record Breach(Cap cap, long numerator, long member) {
    }

    private NonMemberCapPolicy() {
    }

    static List<Cap> caps(CapRuleVersion version) {
        return switch (version) {
            case SINGLE_20_PERCENT -> List.of(new Cap("R-CAP-1", true, 20));
            case NESTED_20_50_PERCENT -> List.of(new Cap("R-CAP-2", false, 20), new Cap("R-CAP-2", true, 50));
        };
    }

    static long numerator(Cap cap, UsageFigures f, CapUnit unit) {
        return f.other().in(unit) + (cap.includesRelated() ? f.related().in(unit) : 0);
    }

    static boolean holds(Cap cap, UsageFigures f, CapUnit unit) {
        return numerator(cap, f, unit) * 100 <= (long) cap.percent() * f.member().in(unit);
    }

    /** The caps the figures break, in order (O first). */
    static List<Breach> breaches(UsageFigures f, CapRuleVersion version, CapUnit unit) {
        List<Breach> out = new ArrayList<>();
        for (Cap cap : caps(version)) {
            if (!holds(cap, f, unit)) {
                out.add(new Breach(cap, numerator(cap, f, unit), f.member().in(unit)));
            }
        }
        return out;
    }

    /** The caps broken after a change that the change broke or made worse. */
    static List<Breach> worsened(UsageFigures before, UsageFigures after, CapRuleVersion version, CapUnit unit) {
        List<Breach> out = new ArrayList<>();
        for (Breach b : breaches(after, version, unit)) {
            if (holds(b.cap(), before, unit) || shareGrew(numerator(b.cap(), before, unit), before.member().in(unit),
                    b.numerator(), b.member())) {
                out.add(b);
            }
        }
        return out;
    }

    /** Whether a/b grew to c/d, treating x/0 (x > 0) as infinite. */
    private static boolean shareGrew(long a, long b, long c, long d) {
        if (b == 0 && d == 0) {
            return c > a;
        }
        if (d == 0) {
            return true;
        }
        if (b == 0) {
            return false;
        }
        return BigInteger.valueOf(c).multiply(BigInteger.valueOf(b))
                .compareTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))) > 0;
    }

    /** Refuses a change of M, R or O that would break a cap of the year (R-CAP-4 decides the figures). */
    static Optional<RuleViolationException> check(BusinessYear year, UsageFigures before, UsageFigures after,
                                                  CapRuleVersion version, CapUnit unit) {
        List<Breach> worse = worsened(before, after, version, unit);
        if (worse.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(violation(year, worse.get(0), after, version, unit, "would be", "となり"));
    }

    static RuleViolationException violation(BusinessYear year, Breach b, UsageFigures f, CapRuleVersion version,
                                            CapUnit unit, String verbEn, String verbJa) {
        return new RuleViolationException(b.cap().ruleId(), describeJa(year, b, f, version, unit, verbJa),
                describeEn(year, b, f, version, unit, verbEn), figures(year, b, f, unit));
    }

    static String describeEn(BusinessYear year, Breach b, UsageFigures f, CapRuleVersion version, CapUnit unit,
                             String verb) {
        String m = Format.amount(b.member(), unit);
        String share = Format.exceedingPercent(b.numerator(), b.member(), b.cap().percent());
        String what = (b.cap().includesRelated() ? "non-member use O + R " : "other non-member use ") + verb + " "
                + Format.amount(b.numerator(), unit) + " = " + share + " of member use " + m;
        if (b.cap().includesRelated()) {
            what += " (other non-members " + Format.amount(f.other().in(unit), unit) + ", related municipalities "
                    + Format.amount(f.related().in(unit), unit) + ")";
        }
        String law = version == CapRuleVersion.SINGLE_20_PERCENT ? " (before the 2025 amendment)" : "";
        return what + "; the cap is " + b.cap().percent() + " %" + law + " — business year " + year.startYear();
    }

    static String describeJa(BusinessYear year, Breach b, UsageFigures f, CapRuleVersion version, CapUnit unit,
                             String verb) {
        String m = Format.amountJa(b.member(), unit);
        String share = Format.exceedingPercent(b.numerator(), b.member(), b.cap().percent());
        String what = (b.cap().includesRelated() ? "員外利用（O＋R）が " : "その他の員外利用が ")
                + Format.amountJa(b.numerator(), unit) + " = 組合員利用 " + m + " の " + share;
        if (b.cap().includesRelated()) {
            what += "（その他の員外 " + Format.amountJa(f.other().in(unit), unit) + "、関係市町村等 "
                    + Format.amountJa(f.related().in(unit), unit) + "）";
        }
        String law = version == CapRuleVersion.SINGLE_20_PERCENT ? "（2025年改正前の基準）" : "";
        return year.startYear() + "年度: " + what + " " + verb + "、上限 " + b.cap().percent() + " %" + law + " を超えます";
    }

    private static Map<String, Object> figures(BusinessYear year, Breach b, UsageFigures f, CapUnit unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("businessYear", year.startYear());
        m.put("unit", unit.name());
        m.put("member", f.member().in(unit));
        m.put("related", f.related().in(unit));
        m.put("other", f.other().in(unit));
        m.put("capPercent", b.cap().percent());
        m.put("capIncludesRelated", b.cap().includesRelated());
        m.put("sharePercent", Format.exceedingPercent(b.numerator(), b.member(), b.cap().percent()));
        return m;
    }
}
