package jp.yui.query.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import jp.yui.command.domain.JapaneseHolidays;

/**
 * The year-round plan (年間就業計画) of one cooperative and business year: the workers employed in the year (or with
 * planned days in it), by worker id, each with their days and months; the public holidays of the year; the overtime limits.
 */
public record YearPlan(String cooperativeId, String cooperativeName, int businessYear, LocalDate firstDay,
                       LocalDate lastDay, DayOfWeek weekStartsOn, OvertimeLimits overtimeLimits,
                       List<JapaneseHolidays.Holiday> holidays, List<WorkerYear> workers) {
}
