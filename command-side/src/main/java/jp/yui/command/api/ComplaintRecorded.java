package jp.yui.command.api;

import java.time.LocalDate;

/** Event — A complaint about an assignment and its handling were recorded (R-REP-1). */
public record ComplaintRecorded(String cooperativeId, String assignmentId, LocalDate receivedOn, String content, String handling) {
}
