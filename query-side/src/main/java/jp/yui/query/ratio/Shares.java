package jp.yui.query.ratio;

import java.math.BigDecimal;
import java.util.List;
import jp.yui.command.api.CapUnit;

/**
 * The two shares in one unit: other non-members O/M and all non-members (O + R)/M, in percent with one decimal
 * (null while M is zero), and the caps of the rule version checked against them.
 */
public record Shares(CapUnit unit, BigDecimal otherSharePercent, BigDecimal nonMemberSharePercent, boolean withinCaps,
                     List<CapCheck> caps) {
}
