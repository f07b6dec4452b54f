package jp.yui.command.api;

import java.time.LocalTime;

/** Event — The terms of an assignment for the dispatcher's ledger were recorded (R-REP-1). */
public record AssignmentTermsRecorded(String cooperativeId, String assignmentId, String organisationalUnit, LocalTime startTime, LocalTime endTime, int breakMinutes, String responsibility, String dispatcherResponsiblePerson, String clientResponsiblePerson) {
}
