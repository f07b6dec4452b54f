package jp.yui.command.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Usage (利用分量): dispatched minutes and fees. Fees are kept exactly as {@code minutes × yen per hour}
 * ("fee-minutes", 1/60 yen) so that ratios are compared without rounding; {@link #feesYen()} gives yen.
 */
public record Usage(long minutes, long feeMinutes) {

    public static final Usage ZERO = new Usage(0, 0);

    public static Usage of(long minutes, long feePerHourYen) {
        return new Usage(minutes, minutes * feePerHourYen);
    }

    public Usage plus(Usage o) {
        return new Usage(minutes + o.minutes, feeMinutes + o.feeMinutes);
    }

    public Usage minus(Usage o) {
        return new Usage(minutes - o.minutes, feeMinutes - o.feeMinutes);
    }

    /** The figure compared under the given unit (exact, scaled). */
    public long in(CapUnit unit) {
        return unit == CapUnit.HOURS ? minutes : feeMinutes;
    }

    public BigDecimal hours() {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0) : h; // 360, never 3.6E+2
    }

    public BigDecimal feesYen() {
        return BigDecimal.valueOf(feeMinutes).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP);
    }
}
