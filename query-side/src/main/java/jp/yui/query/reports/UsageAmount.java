package jp.yui.query.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.yui.command.api.Usage;

/**
 * Dispatched time and fees: {@code minutes} (exact), {@code hours} (minutes / 60, two decimals, half up), {@code feesYen}
 * (integral yen, half up from the exact {@code feeMinutes} = Σ minutes × yen per hour, 1/60 yen).
 */
public record UsageAmount(long minutes, BigDecimal hours, long feesYen, long feeMinutes) {

    public static final UsageAmount ZERO = of(0, 0);

    public static UsageAmount of(long minutes, long feeMinutes) {
        return new UsageAmount(minutes, hours(minutes), yen(feeMinutes), feeMinutes);
    }

    public static UsageAmount of(Usage usage) {
        return of(usage.minutes(), usage.feeMinutes());
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    static long yen(long feeMinutes) {
        return BigDecimal.valueOf(feeMinutes).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
