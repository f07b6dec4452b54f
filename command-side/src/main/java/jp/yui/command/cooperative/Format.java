package jp.yui.command.cooperative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import jp.yui.command.api.CapUnit;

/** Formatting of figures in refusal messages: "1,000 h", "7.5 h", "¥1,100,000", "21.3 %". */
final class Format {

    private Format() {
    }

    static String hours(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.##").format(h) + " h";
    }

    static String hoursJa(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.##").format(h) + " 時間";
    }

    static String yen(long feeMinutes) {
        BigDecimal y = BigDecimal.valueOf(feeMinutes).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP);
        return "¥" + new DecimalFormat("#,##0").format(y);
    }

    static String amount(long value, CapUnit unit) {
        return unit == CapUnit.HOURS ? hours(value) : yen(value);
    }

    static String amountJa(long value, CapUnit unit) {
        return unit == CapUnit.HOURS ? hoursJa(value) : yen(value);
    }

    /**
     * The share of a figure that breaks a cap, with as many decimals (1 to 4) as it takes not to look like the cap:
     * 20.04 % is shown as "20.04 %", not "20.0 %".
     */
    static String exceedingPercent(long part, long whole, int capPercent) {
        if (whole == 0) {
            return percent(part, whole);
        }
        BigDecimal exact = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100));
        BigDecimal p = null;
        for (int scale = 1; scale <= 4; scale++) {
            p = exact.divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
            if (p.compareTo(BigDecimal.valueOf(capPercent)) > 0) {
                break;
            }
        }
        return p.toPlainString() + " %";
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return part == 0 ? "0 %" : "∞ %";
        }
        BigDecimal p = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return p.toPlainString() + " %";
    }
}
