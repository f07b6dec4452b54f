package jp.yui.query.plan;

import java.time.LocalDate;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.ClientClass;

/**
 * One assignment's day in the plan.
 *
 * @param clientClass   the client's class on that day (組合員 / 関係市町村等 / その他の員外)
 * @param actualMinutes the recorded actual minutes when the day's month has recorded results (0 on a day the
 *                      record does not list), else null
 * @param holidayName   the public holiday's Japanese name, or null
 */
public record PlanDay(LocalDate date, String assignmentId, AssignmentKind kind, String clientId, String clientName,
                      ClientClass clientClass, String work, int plannedMinutes, Integer actualMinutes,
                      long feePerHourYen, boolean holiday, String holidayName) {

    /** The minutes that count for the projected year: actual when recorded, else planned. */
    public int projectedMinutes() {
        return actualMinutes != null ? actualMinutes : plannedMinutes;
    }
}
