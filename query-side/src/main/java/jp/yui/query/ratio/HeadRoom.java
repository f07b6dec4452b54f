package jp.yui.query.ratio;

import java.math.BigDecimal;
import jp.yui.command.api.CapUnit;

/**
 * How much more use the projected year allows now (never negative), in minutes and in yen; {@code unit} is the one
 * the cooperative's caps are judged in. Under the amended law (R-CAP-2) related municipalities may use
 * {@code 50 %·M − O − R} more and other non-members {@code min(20 %·M − O, 50 %·M − O − R)}; under the former single
 * cap (R-CAP-1) both {@code 20 %·M − O − R}. Rounded down to whole minutes and yen.
 */
public record HeadRoom(CapUnit unit, long relatedMinutes, BigDecimal relatedHours, long otherMinutes,
                       BigDecimal otherHours, long relatedFeesYen, long otherFeesYen) {
}
