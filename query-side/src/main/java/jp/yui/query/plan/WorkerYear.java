package jp.yui.query.plan;

import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.EmploymentType;

/**
 * One worker's business year in the plan: the days with minutes (one entry per assignment and day; split days have
 * two), the twelve months, the year's totals, overtime against the 36協定, idle working days, and the distinct
 * clients (R-WORK-6 warns below two).
 *
 * @param plannedMinutes   planned minutes of the year (all assignments, dispatch and secondment)
 * @param actualMinutes    recorded actual minutes (months with recorded results only)
 * @param projectedMinutes the projected year: months with recorded results count with their actual minutes, others
 *                         with their planned ones (R-CAP-4)
 * @param overtimeMinutes  overtime of the projected year: each day's minutes beyond the daily regular hours plus
 *                         the regular minutes beyond the weekly regular hours in each week (starting on the
 *                         cooperative's week start day) — as the write model's working-time policy counts it
 * @param idleWorkingDays  weekdays (Monday to Friday) of the year that are not public holidays, within the worker's
 *                         employment, on which the projected minutes are zero
 * @param clientIds        the distinct clients with days in the year, sorted
 */
public record WorkerYear(String cooperativeId, String workerId, String name, EmploymentType employmentType,
                         LocalDate hiredOn, LocalDate indefiniteFrom, LocalDate lastDay, int businessYear,
                         List<PlanDay> days, List<WorkerMonth> months, long plannedMinutes, long actualMinutes,
                         long projectedMinutes, long overtimeMinutes, long yearlyOvertimeLimitMinutes,
                         boolean yearlyOvertimeLimitExceeded, int idleWorkingDays, int clientCount,
                         List<String> clientIds, List<PlanWarning> warnings) {
}
