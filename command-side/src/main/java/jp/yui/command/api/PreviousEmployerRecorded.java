package jp.yui.command.api;

import java.time.LocalDate;

/** Event — A previous direct employer of the worker was recorded (R-WORK-3). */
public record PreviousEmployerRecorded(String cooperativeId, String workerId, String clientId, LocalDate leftOn, boolean retiredAt60OrOver) {
}
