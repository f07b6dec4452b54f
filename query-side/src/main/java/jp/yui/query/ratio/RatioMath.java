package jp.yui.query.ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.UsageFigures;

/**
 * The cap arithmetic of the read side, the same as the write model's non-member cap policy: caps per rule version,
 * compared exactly ({@code numerator × 100 ≤ percent × M}), shares with one decimal, head-room rounded down.
 */
final class RatioMath {

    /** One cap: {@code O (+ R) ≤ percent % × M}. */
    record Cap(String ruleId, boolean includesRelated, int percent) {
    }

    private RatioMath() {
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

    static UsageBreakdown breakdown(UsageFigures f, CapRuleVersion version, CapUnit capUnit) {
        Shares hours = shares(f, version, CapUnit.HOURS);
        Shares fees = shares(f, version, CapUnit.FEES);
        return new UsageBreakdown(RatioAmount.of(f.member()), RatioAmount.of(f.related()), RatioAmount.of(f.other()),
                capUnit == CapUnit.FEES ? fees : hours, hours, fees);
    }

    static Shares shares(UsageFigures f, CapRuleVersion version, CapUnit unit) {
        List<CapCheck> checks = new ArrayList<>();
        boolean within = true;
        for (Cap cap : caps(version)) {
            boolean holds = holds(cap, f, unit);
            within &= holds;
            checks.add(new CapCheck(cap.ruleId(), cap.includesRelated(), cap.percent(),
                    cap.includesRelated() ? f.nonMemberShare(unit) : f.otherShare(unit), holds, labelJa(cap),
                    labelEn(cap)));
        }
        return new Shares(unit, f.otherShare(unit), f.nonMemberShare(unit), within, List.copyOf(checks));
    }

    static String labelJa(Cap cap) {
        return (cap.includesRelated() ? "員外利用（その他の員外＋関係市町村等）" : "その他の員外利用") + " ≦ 組合員利用の "
                + cap.percent() + " %";
    }

    static String labelEn(Cap cap) {
        return (cap.includesRelated() ? "non-member use (O + R)" : "other non-member use (O)") + " ≤ " + cap.percent()
                + " % of member use";
    }

    /** How much more R and O the figures allow in one unit (minutes, or fee-minutes), never negative. */
    static long[] headRoomIn(UsageFigures f, CapRuleVersion version, CapUnit unit) {
        long m = f.member().in(unit);
        long r = f.related().in(unit);
        long o = f.other().in(unit);
        long related;
        long other;
        if (version == CapRuleVersion.SINGLE_20_PERCENT) {
            related = Math.floorDiv(20 * m - 100 * (o + r), 100);
            other = related;
        } else {
            related = Math.floorDiv(50 * m - 100 * (o + r), 100);
            other = Math.min(Math.floorDiv(20 * m - 100 * o, 100), related);
        }
        return new long[] {Math.max(0, related), Math.max(0, other)};
    }

    static HeadRoom headRoom(UsageFigures f, CapRuleVersion version, CapUnit capUnit) {
        long[] minutes = headRoomIn(f, version, CapUnit.HOURS);
        long[] feeMinutes = headRoomIn(f, version, CapUnit.FEES);
        return new HeadRoom(capUnit, minutes[0], hours(minutes[0]), minutes[1], hours(minutes[1]),
                Math.floorDiv(feeMinutes[0], 60), Math.floorDiv(feeMinutes[1], 60));
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
    }

    /** A Japanese description of what recorded figures break under a rule id. */
    static String describeJa(int businessYear, String ruleId, UsageFigures f, CapUnit unit) {
        CapRuleVersion version = "R-CAP-1".equals(ruleId) ? CapRuleVersion.SINGLE_20_PERCENT
                : CapRuleVersion.NESTED_20_50_PERCENT;
        List<String> parts = new ArrayList<>();
        for (Cap cap : caps(version)) {
            if (!holds(cap, f, unit)) {
                BigDecimal share = cap.includesRelated() ? f.nonMemberShare(unit) : f.otherShare(unit);
                parts.add((cap.includesRelated() ? "員外利用（O＋R）" : "その他の員外利用") + "が組合員利用の "
                        + (share == null ? "∞" : share.toPlainString()) + " % となり、上限 " + cap.percent() + " % を超えました");
            }
        }
        String what = parts.isEmpty() ? "員外利用の上限を超えました" : String.join("。", parts);
        return businessYear + "年度: " + what + "（" + ruleId + "、" + (unit == CapUnit.HOURS ? "派遣時間" : "派遣料金")
                + "で判定）";
    }
}
