package jp.yui.command.planner;

import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.PlanAssignment;

/**
 * The result of a planner run: the assignments to add to the current plan (a diff: recorded assignments stay as
 * they are), each with the {@link PlanAssignment} command that accepting it sends, in the order to send them; the
 * score with its explanation in Japanese; coverage figures; and any assignment the aggregate's own checks refused
 * during the final judgement (then left out — so an accepted proposal is never refused unless the cooperative
 * changed in between).
 */
public record Proposal(String cooperativeId, int businessYear, String score, boolean feasible,
                       List<ProposedAssignment> assignments, List<ConstraintCost> explanation, Coverage coverage,
                       List<String> leftOut) {

    /** One assignment to add. */
    public record ProposedAssignment(String assignmentId, String workerId, String workerName, String jobId,
                                     String clientId, String clientName, ClientClass clientClass, String work,
                                     LocalDate from, LocalDate to, List<LocalDate> days, int minutesPerDay,
                                     long feePerHourYen, PlanAssignment command) {
    }

    /** What one constraint costs (ScoreAnalysis), in Japanese. */
    public record ConstraintCost(String constraint, String level, long hard, long medium, long soft, int matches,
                                 String textJa) {
    }

    /** Demand minutes in the planned window, covered after the proposal, per client class and in total. */
    public record Coverage(long demandMinutes, long coveredMinutes, long memberDemandMinutes,
                           long memberCoveredMinutes, double idleDaysPerWorker) {
        public double percent() {
            return demandMinutes == 0 ? 100.0 : Math.round(1000.0 * coveredMinutes / demandMinutes) / 10.0;
        }

        public double memberPercent() {
            return memberDemandMinutes == 0 ? 100.0
                    : Math.round(1000.0 * memberCoveredMinutes / memberDemandMinutes) / 10.0;
        }
    }
}
