package jp.yui.command.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 実績: the client's report of the actual minutes worked on each day of one month (R-REP-2, R-DISP-4). Days not listed count as 0; recording a month again replaces it. */
public record RecordActualHours(@TargetAggregateIdentifier String cooperativeId, String assignmentId, YearMonth month, Map<LocalDate, Integer> minutesPerDay) {
}
