package jp.yui.command.api;

import java.time.LocalDate;

/** Event — A worker's contract became indefinite-term (無期転換). */
public record WorkerConvertedToIndefiniteTerm(String cooperativeId, String workerId, LocalDate effectiveOn) {
}
