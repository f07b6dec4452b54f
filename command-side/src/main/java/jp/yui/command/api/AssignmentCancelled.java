package jp.yui.command.api;

/** Event — An assignment was cancelled. */
public record AssignmentCancelled(String cooperativeId, String assignmentId, String reason) {
}
