package jp.yui.query.plan;

import java.time.YearMonth;

/**
 * One calendar month of a worker's year.
 *
 * @param actualsRecorded        whether results are recorded for the month for at least one of the worker's
 *                               assignments
 * @param overtimeLimitMinutes   the regular monthly limit of the overtime agreement
 * @param overtimeLimitExceeded  whether the month breaks the agreement: above the monthly limit, or with the
 *                               special clause at or above its monthly ceiling
 * @param overRegularLimit       whether the month is above the regular monthly limit (with the special clause such
 *                               months are allowed up to its count)
 */
public record WorkerMonth(YearMonth month, long plannedMinutes, long actualMinutes, long projectedMinutes,
                          boolean actualsRecorded, long overtimeMinutes, long overtimeLimitMinutes,
                          boolean overtimeLimitExceeded, boolean overRegularLimit, int idleWorkingDays) {
}
