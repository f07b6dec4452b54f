package jp.yui.command.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The cooperative's working-time settings for the planner (R-WORK-4/5): the daily plan limit, the weekly limit
 * (checked when planned overtime is not allowed) and, when planned overtime is allowed, the aggregate's own overtime
 * agreement judge (36協定 limits per month and year).
 */
public record PlannerSettings(int businessYear, DayOfWeek weekStartsOn, int dailyLimitMinutes, int weeklyLimitMinutes,
                              boolean weeklyChecked, OvertimeJudge overtimeJudge) {

    /** Whether adding minutes per day to a worker's recorded days would exceed an overtime-agreement limit. */
    @FunctionalInterface
    public interface OvertimeJudge {
        boolean worsens(String workerId, Map<LocalDate, Integer> addedMinutes);
    }

    public boolean overtimeChecked() {
        return overtimeJudge != null;
    }
}
