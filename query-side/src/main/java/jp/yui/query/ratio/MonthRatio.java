package jp.yui.query.ratio;

import java.time.YearMonth;

/**
 * One calendar month of the business year: its own M, R, O and shares (projected: months with recorded results
 * count with their actual use, others with the plan; actual-only: recorded results only), and the running
 * cumulative projected figures and shares from the year's first month through this one.
 *
 * @param actualsRecorded whether results are recorded for the month for at least one dispatch
 */
public record MonthRatio(YearMonth month, boolean actualsRecorded, UsageBreakdown projected,
                         UsageBreakdown actualOnly, UsageBreakdown cumulativeProjected) {
}
