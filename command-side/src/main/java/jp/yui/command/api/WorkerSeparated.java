package jp.yui.command.api;

import java.time.LocalDate;

/** Event — A worker's employment ended; {@code lastDay} was the last day employed. */
public record WorkerSeparated(String cooperativeId, String workerId, LocalDate lastDay, String reason) {
}
