package jp.yui.query.ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.yui.command.api.Usage;

/** An amount of usage (利用分量): minutes, hours (two decimals, half up) and fees in yen (half up). */
public record RatioAmount(long minutes, BigDecimal hours, long feesYen) {

    public static RatioAmount of(Usage u) {
        return new RatioAmount(u.minutes(),
                BigDecimal.valueOf(u.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                u.feesYen().longValueExact());
    }
}
