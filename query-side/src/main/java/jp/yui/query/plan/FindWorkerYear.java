package jp.yui.query.plan;

/** Query — one worker's year of the plan. Answer: {@link WorkerYear} (null for an unknown cooperative or worker). */
public record FindWorkerYear(String cooperativeId, String workerId, int businessYear) {
}
