package jp.yui.query.people;

/** One worker (employed or not) as of today; an {@code Optional<WorkerView>}. */
public record FindWorker(String cooperativeId, String workerId) {
}
