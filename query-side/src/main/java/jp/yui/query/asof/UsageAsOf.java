package jp.yui.query.asof;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.UsageFigures;

/**
 * The non-member usage (員外利用) of the business year containing the as-of date, as known on that date: the projected
 * year (R-CAP-4) — months with actual results recorded by then count with their actual minutes, the other months with
 * the planned ones; dispatches only; each day classed by the client's class on that day as known then.
 *
 * @param businessYear          the business year (named by the calendar year it starts in)
 * @param firstDay              its first day
 * @param lastDay               its last day
 * @param unit                  the cooperative's unit for the caps (R-CAP-3)
 * @param ruleVersion           the cap rule judging the year (in force on its first day)
 * @param memberMinutes         M in minutes
 * @param relatedMinutes        R in minutes
 * @param otherMinutes          O in minutes
 * @param memberHours           M in hours (2 decimals)
 * @param relatedHours          R in hours
 * @param otherHours            O in hours
 * @param memberFeesYen         M in fees, yen (rounded from the exact fee-minutes)
 * @param relatedFeesYen        R in fees, yen
 * @param otherFeesYen          O in fees, yen
 * @param otherSharePercent     O / M in percent (1 decimal) in the cap unit; null when M is 0
 * @param nonMemberSharePercent (O + R) / M in percent in the cap unit; null when M is 0
 * @param withinCaps            whether these figures keep the caps of {@code ruleVersion} (compared exactly)
 * @param monthsWithActuals     the months of the year with actual results recorded by then (any assignment)
 * @param closed                whether the year had been closed (締め) by then
 * @param figures               the exact figures (minutes and fee-minutes)
 */
public record UsageAsOf(int businessYear, LocalDate firstDay, LocalDate lastDay, CapUnit unit,
                        CapRuleVersion ruleVersion, long memberMinutes, long relatedMinutes, long otherMinutes,
                        BigDecimal memberHours, BigDecimal relatedHours, BigDecimal otherHours, long memberFeesYen,
                        long relatedFeesYen, long otherFeesYen, BigDecimal otherSharePercent,
                        BigDecimal nonMemberSharePercent, boolean withinCaps, List<YearMonth> monthsWithActuals,
                        boolean closed, UsageFigures figures) {
}
