package jp.yui.command.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** Event — Actual minutes per day of one month of an assignment were recorded (実績); they replace any earlier record of that month. */
public record ActualHoursRecorded(String cooperativeId, String assignmentId, YearMonth month, Map<LocalDate, Integer> minutesPerDay) {
}
