package jp.yui.command.planner;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.ClientClass;

/**
 * The planning entity: one seat of a seasonal job for one week (the cooperative's week; a job-day slot when the
 * job works one day that week) — which worker covers the job's working days of that week. The planning variable
 * {@link #worker} is nullable: an uncovered seat is allowed and costs coverage (medium score).
 * <p>
 * A slot whose seat is already covered by a recorded assignment is <em>pinned</em> with that worker: its minutes and
 * usage are already in the worker's existing load and in the year's figures, so they count 0 there.
 */
@PlanningEntity(difficultyComparatorClass = JobSlotDifficulty.class)
public class JobSlot {

    @PlanningId
    private String id;
    private PlannerJob job;
    private LocalDate weekStart;
    private int seat;
    private List<LocalDate> days;
    private ClientClass clientClass;
    private long usage;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "eligibleWorkers")
    private PlannerWorker worker;
    /** The workers with the job's skills who may be dispatched to its client on every day of the slot. */
    private List<PlannerWorker> eligibleWorkers = List.of();

    public JobSlot() {
    }

    /**
     * @param days        the job's working days in this week (all of the same client class)
     * @param clientClass the client's class on those days (R-CAP, per day)
     * @param usage       the usage these days add to the year in the cap unit (minutes, or minutes × yen per hour)
     */
    public JobSlot(String id, PlannerJob job, LocalDate weekStart, int seat, List<LocalDate> days,
                   ClientClass clientClass, long usage) {
        this.id = id;
        this.job = job;
        this.weekStart = weekStart;
        this.seat = seat;
        this.days = List.copyOf(days);
        this.clientClass = clientClass;
        this.usage = usage;
    }

    /**
     * The value range of this slot: the workers with the required skills who are dispatchable (R-WORK-1/2/3) on every
     * day of it. The hard constraints still check both, so a slot built without a range is judged the same.
     */
    @ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider(id = "eligibleWorkers")
    public List<PlannerWorker> getEligibleWorkers() {
        return eligibleWorkers;
    }

    public void setEligibleWorkers(List<PlannerWorker> eligibleWorkers) {
        this.eligibleWorkers = List.copyOf(eligibleWorkers);
    }

    public static JobSlot pinned(JobSlot s, PlannerWorker w) {
        s.pinned = true;
        s.worker = w;
        if (!s.eligibleWorkers.contains(w)) {
            List<PlannerWorker> range = new java.util.ArrayList<>(s.eligibleWorkers);
            range.add(w);
            s.eligibleWorkers = List.copyOf(range);
        }
        return s;
    }

    public String getId() {
        return id;
    }

    public PlannerJob getJob() {
        return job;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public int getSeat() {
        return seat;
    }

    public List<LocalDate> getDays() {
        return days;
    }

    public ClientClass getClientClass() {
        return clientClass;
    }

    public boolean isPinned() {
        return pinned;
    }

    public PlannerWorker getWorker() {
        return worker;
    }

    public void setWorker(PlannerWorker worker) {
        this.worker = worker;
    }

    /** Minutes of the whole slot. */
    public int minutes() {
        return days.size() * job.minutesPerDay();
    }

    /** Minutes this slot adds to the worker's days (0 when pinned: already in the existing load). */
    public int addedMinutesPerDay() {
        return pinned ? 0 : job.minutesPerDay();
    }

    public int addedMinutes() {
        return pinned ? 0 : minutes();
    }

    public long addedUsage(ClientClass c) {
        return !pinned && clientClass == c ? usage : 0;
    }

    public LocalDate firstDay() {
        return days.get(0);
    }

    @Override
    public String toString() {
        return id + "->" + worker;
    }
}
