package jp.yui.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Event — A business year was closed (締め) with its final figures (R-CAP-6). {@code revision} counts closes of the same year (corrections). */
public record BusinessYearClosed(String cooperativeId, int businessYear, LocalDate firstDay, LocalDate lastDay, CapRuleVersion ruleVersion, CapUnit unit, UsageFigures figures, BigDecimal otherSharePercent, BigDecimal nonMemberSharePercent, boolean withinCaps, int revision) {
}
