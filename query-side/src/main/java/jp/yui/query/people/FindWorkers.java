package jp.yui.query.people;

import java.time.LocalDate;

/** The workers of a cooperative employed on {@code asOf}, with age band on that day; a {@code List<WorkerView>} by hire date, then id. */
public record FindWorkers(String cooperativeId, LocalDate asOf) {
}
