package jp.yui.command.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.cooperative.PlanningView;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.planner.CooperativeYearGenerator.GeneratedYear;
import jp.yui.command.planner.CooperativeYearGenerator.Size;
import org.junit.jupiter.api.Test;

/**
 * Plans generated years and checks that the aggregate accepts every proposed assignment (judged on a copy of the
 * aggregate, in the proposal's order), that the plan is feasible, and that re-planning with the accepted plan recorded
 * pins it and proposes nothing that the aggregate refuses.
 */
class PlannerOnGeneratedYearsTest {

    static final Municipalities MUNICIPALITIES = Municipalities.officialList();
    static final CapLaw LAW = CapLaw.defaults();

    static Proposal plan(List<Object> history, String tag, int seconds) {
        PlanningView view = PlanningView.fromHistory(history);
        PlannerSolution problem = ProblemBuilder.build(view, 2026, LocalDate.of(2026, 4, 1), LAW, MUNICIPALITIES);
        PlannerSolution solved = YearPlanner.solve(problem, Duration.ofSeconds(seconds));
        return YearPlanner.proposal(solved, view, tag, MUNICIPALITIES, LAW);
    }

    static List<Object> accepted(List<Object> history, Proposal p) {
        List<Object> h = new ArrayList<>(history);
        for (Proposal.ProposedAssignment a : p.assignments()) {
            PlanAssignment c = a.command();
            h.add(new AssignmentPlanned(c.cooperativeId(), c.assignmentId(), c.kind(), c.workerId(), c.clientId(),
                    c.work(), c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(), c.pattern(),
                    c.feePerHourYen()));
        }
        return h;
    }

    @Test
    void demoSizedYearIsPlannedAndEveryProposedAssignmentIsAccepted() {
        check(Size.DEMO, 11L, 3);
    }

    @Test
    void mediumYearIsPlannedAndEveryProposedAssignmentIsAccepted() {
        check(Size.MEDIUM, 12L, 6);
    }

    private void check(Size size, long seed, int seconds) {
        GeneratedYear y = CooperativeYearGenerator.generate(size, "gen-" + size, seed);
        Proposal p = plan(y.events(), "a", seconds);
        System.out.println(size + " " + p.score() + " coverage " + p.coverage().percent() + " % member "
                + p.coverage().memberPercent() + " %, " + p.assignments().size() + " assignments, left out "
                + p.leftOut());
        p.explanation().forEach(c -> System.out.println("  " + c.textJa()));
        assertThat(p.feasible()).as(p.score()).isTrue();
        assertThat(p.leftOut()).isEmpty();
        assertThat(p.assignments()).isNotEmpty();
        PlanningView view = PlanningView.fromHistory(y.events());
        assertThat(view.judge(p.assignments().stream().map(Proposal.ProposedAssignment::command).toList(),
                MUNICIPALITIES, LAW)).allSatisfy(j -> assertThat(j.refusal()).as("%s", j.refusal()).isNull());

        // incremental: with the plan recorded, a second run pins it and adds only what the aggregate accepts
        List<Object> after = accepted(y.events(), p);
        PlanningView view2 = PlanningView.fromHistory(after);
        PlannerSolution problem2 = ProblemBuilder.build(view2, 2026, LocalDate.of(2026, 4, 1), LAW, MUNICIPALITIES);
        long pinned = problem2.getSlots().stream().filter(JobSlot::isPinned).count();
        assertThat(pinned).isGreaterThan(0);
        Proposal p2 = YearPlanner.proposal(YearPlanner.solve(problem2, Duration.ofSeconds(2)), view2, "b",
                MUNICIPALITIES, LAW);
        assertThat(p2.leftOut()).isEmpty();
        assertThat(p2.coverage().coveredMinutes()).isGreaterThanOrEqualTo(p.coverage().coveredMinutes());
    }
}
