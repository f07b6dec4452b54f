package jp.yui.ui.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The year-round planner's runs as the UI (and the REST API) use them. Implemented in deploy (the ui module does not
 * depend on deploy). Every method checks that {@code cooperativeId} is the caller's cooperative.
 */
public interface PlannerRuns {

    enum Status { SOLVING, STOPPING, PROPOSED, ACCEPTED, DISCARDED, FAILED }

    /** A run: its status, current best score and progress (0..100). */
    record RunInfo(String runId, String cooperativeId, int businessYear, Status status, String score,
                   boolean feasible, int progressPercent, long elapsedMillis, int seconds, String message) {
    }

    /** One proposed assignment, for the board. */
    record Item(String assignmentId, String workerId, String workerName, String jobId, String clientId,
                String clientName, String clientClass, String work, LocalDate from, LocalDate to,
                List<LocalDate> days, int minutesPerDay, long feePerHourYen) {
    }

    /** A proposal: what to add, the score and its explanation in Japanese, coverage, and what was left out. */
    record ProposalInfo(String runId, int businessYear, String score, boolean feasible, List<Item> items,
                        List<String> explanationJa, double coveragePercent, double memberCoveragePercent,
                        double idleDaysPerWorker, List<String> leftOut) {
    }

    /** What accepting did: assignments planned, and refusals by the aggregate (with the reason in Japanese). */
    record AcceptResult(String runId, int planned, List<String> refused) {
    }

    RunInfo start(String cooperativeId, int businessYear, int seconds);

    Optional<RunInfo> find(String cooperativeId, String runId);

    List<RunInfo> list(String cooperativeId);

    RunInfo stop(String cooperativeId, String runId);

    Optional<ProposalInfo> proposal(String cooperativeId, String runId);

    AcceptResult accept(String cooperativeId, String runId);

    void discard(String cooperativeId, String runId);
}
