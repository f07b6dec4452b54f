package jp.yui.command.api;

import java.time.LocalDate;

/** Event — Training or a career consultation of a worker was recorded (R-REP-1). */
public record TrainingRecorded(String cooperativeId, String workerId, LocalDate heldOn, TrainingKind kind, String content, int minutes) {
}
