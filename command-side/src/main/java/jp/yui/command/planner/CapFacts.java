package jp.yui.command.planner;

import java.util.List;
import jp.yui.command.api.CapUnit;

/**
 * R-CAP-1/2/4 for the planned business year: the projected M, R, O as recorded (actual months with their actual
 * usage, others planned) in the cap unit, and the caps in force on the year's first day.
 */
public record CapFacts(CapUnit unit, long member, long related, long other, List<Cap> caps) {

    /** {@code O (+ R) ≤ percent % × M}. */
    public record Cap(String ruleId, boolean includesRelated, int percent) {
    }

    /**
     * How far the figures after adding {@code m, r, o} exceed the caps beyond what the recorded year already did
     * (the aggregate refuses a change that breaks a cap or makes a broken one worse), in hours (or thousand yen).
     */
    public long excess(long m, long r, long o) {
        long total = 0;
        for (Cap c : caps) {
            long before = over(c, member, related, other);
            long after = over(c, member + m, related + r, other + o);
            if (after > 0 && after > before) {
                total += after - Math.max(0, before);
            }
        }
        if (total == 0) {
            return 0;
        }
        long scale = unit == CapUnit.HOURS ? 60L * 100 : 60L * 1000 * 100;
        return Math.max(1, total / scale);
    }

    private static long over(Cap c, long m, long r, long o) {
        long numerator = o + (c.includesRelated() ? r : 0);
        return numerator * 100 - (long) c.percent() * m;
    }
}
