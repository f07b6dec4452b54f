package jp.yui.command.api;

/** Event — An assignment's period and/or work pattern changed. */
public record AssignmentRescheduled(String cooperativeId, String assignmentId, Period period, WorkPattern pattern) {
}
