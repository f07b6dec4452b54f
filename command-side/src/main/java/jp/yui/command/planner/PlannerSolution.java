package jp.yui.command.planner;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * One business year of one cooperative to plan: the workers (the value range), the seasonal jobs, their slots (the
 * entities) and the facts the constraints read. Score: hard = MUST rules of RULES.md, medium = uncovered demand,
 * soft = the preferences (see {@link PlannerConstraints}).
 */
@PlanningSolution
public class PlannerSolution {

    private String cooperativeId;
    private int businessYear;
    @ProblemFactCollectionProperty
    private List<PlannerWorker> workers;
    @ProblemFactCollectionProperty
    private List<PlannerJob> jobs;
    @PlanningEntityCollectionProperty
    private List<JobSlot> slots;
    @ProblemFactProperty
    private CapFacts capFacts;
    @ProblemFactProperty
    private PlannerSettings settings;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public PlannerSolution() {
    }

    public PlannerSolution(String cooperativeId, int businessYear, List<PlannerWorker> workers, List<PlannerJob> jobs,
                           List<JobSlot> slots, CapFacts capFacts, PlannerSettings settings) {
        this.cooperativeId = cooperativeId;
        this.businessYear = businessYear;
        this.workers = workers;
        this.jobs = jobs;
        this.slots = slots;
        this.capFacts = capFacts;
        this.settings = settings;
    }

    public String getCooperativeId() {
        return cooperativeId;
    }

    public int getBusinessYear() {
        return businessYear;
    }

    public List<PlannerWorker> getWorkers() {
        return workers;
    }

    public List<PlannerJob> getJobs() {
        return jobs;
    }

    public List<JobSlot> getSlots() {
        return slots;
    }

    public CapFacts getCapFacts() {
        return capFacts;
    }

    public PlannerSettings getSettings() {
        return settings;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
