package jp.yui.query.ratio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;

/** One close (締め) of the business year with its frozen figures (BusinessYearClosed, R-CAP-6); revision 2+ are corrections. */
public record ClosedYear(int revision, Instant closedAt, String closedBy, LocalDate firstDay, LocalDate lastDay,
                         CapRuleVersion ruleVersion, CapUnit unit, UsageBreakdown figures, BigDecimal otherSharePercent,
                         BigDecimal nonMemberSharePercent, boolean withinCaps) {
}
