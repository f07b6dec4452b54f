package jp.yui.query.plan;

/**
 * The cooperative's working-time settings and overtime agreement (36協定, R-WORK-5), in minutes.
 *
 * @param monthlyLimitMinutes        月の上限 (45 h, 42 h under annual variable hours)
 * @param yearlyLimitMinutes         年の上限 (360 h / 320 h; with the special clause its yearly limit, ≤ 720 h)
 * @param specialMonthlyBelowMinutes with the special clause: overtime in a month stays below this (100 h)
 * @param specialMonthsOverLimit     with the special clause: months over the regular monthly limit allowed (6)
 */
public record OvertimeLimits(int dailyRegularMinutes, int weeklyRegularMinutes, int dailyPlanLimitMinutes,
                             boolean plannedOvertimeAllowed, long monthlyLimitMinutes, long yearlyLimitMinutes,
                             boolean annualVariableHours, boolean specialClause, long specialMonthlyBelowMinutes,
                             int specialMonthsOverLimit) {
}
