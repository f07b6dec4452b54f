package jp.yui.query.jobs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.WorkCategory;

/** A seasonal job as screens and the API show it. */
public record SeasonalJobView(String cooperativeId, String jobId, String clientId, String clientName, String work,
                              WorkCategory category, String workplaceMunicipality, LocalDate from, LocalDate to,
                              Set<DayOfWeek> weekdays, List<LocalDate> dates, boolean holidaysOff, int minutesPerDay,
                              int headcount, Set<String> requiredSkills, long feePerHourYen, boolean withdrawn,
                              String withdrawalReason) {
}
