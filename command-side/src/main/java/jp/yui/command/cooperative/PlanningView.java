package jp.yui.command.cooperative;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;

/**
 * The year-round planner's window onto a {@link Cooperative}: a private copy of the aggregate's state, the facts the
 * planner builds its problem from (read with the aggregate's own policy classes, so the planner and the aggregate
 * judge alike), and {@link #judge} — which runs the aggregate's own checks on proposed {@link PlanAssignment}s in
 * order, exactly as the command handler would, without applying anything to the real aggregate.
 */
public final class PlanningView {

    /** A worker as the planner sees them. */
    public record WorkerFacts(String id, String name, String homeMunicipality, Set<String> skills) {
    }

    /** An active (not withdrawn) seasonal job with its client's name. */
    public record JobFacts(String jobId, SeasonalJobTerms terms, String clientName) {
    }

    /** One non-member cap: {@code O (+ R when includesRelated) ≤ percent % × M}. */
    public record CapLimit(String ruleId, boolean includesRelated, int percent) {
    }

    /** The outcome of judging one proposed assignment. */
    public record Judgement(PlanAssignment command, CommandRefusedException refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private final Cooperative state;

    PlanningView(Cooperative state) {
        this.state = state;
    }

    public String cooperativeId() {
        return state.plannerCooperativeId();
    }

    public String name() {
        return state.plannerName();
    }

    public BusinessYear businessYear(int startYear) {
        return new BusinessYear(startYear, state.plannerStartMonth());
    }

    public DayOfWeek weekStartsOn() {
        return state.plannerWeekStart();
    }

    public OvertimeAgreement overtimeAgreement() {
        return state.plannerOvertime();
    }

    public CapUnit capUnit() {
        return state.plannerCapUnit();
    }

    public boolean closed(BusinessYear year) {
        return Boolean.TRUE.equals(state.plannerClosedYears().get(year.startYear()));
    }

    public List<WorkerFacts> workers() {
        return state.plannerWorkers().values().stream().sorted(Comparator.comparing(WorkerState::id))
                .map(w -> new WorkerFacts(w.id(), w.name(), w.homeMunicipality(), Set.copyOf(w.skills()))).toList();
    }

    public List<JobFacts> activeJobs() {
        return state.plannerSeasonalJobs().values().stream().filter(j -> !j.withdrawn())
                .sorted(Comparator.comparing(SeasonalJobState::id))
                .map(j -> new JobFacts(j.id(), j.terms(), clientName(j.terms().clientId()))).toList();
    }

    public String clientName(String clientId) {
        ClientState c = state.plannerClients().get(clientId);
        return c == null ? clientId : c.name();
    }

    /** R-CAP: the client's class on a day. */
    public ClientClass classOn(String clientId, LocalDate day) {
        return state.plannerClassifier().classOn(clientId, day);
    }

    /** R-CERT-1/3: whether the cooperative holds a valid certification on the day. */
    public boolean certifiedOn(LocalDate day) {
        return CertificationPolicy.validOn(state.plannerCertificationTerms(), day);
    }

    /** R-DISP-3: whether the municipality lies in the district on the day. */
    public boolean inDistrictOn(String municipality, LocalDate day) {
        return ClientClassifier.districtOn(state.plannerDistricts(), day).contains(municipality);
    }

    /**
     * Whether the worker may be dispatched to the client on the day as far as the worker is concerned: employed
     * (R-WORK-2), indefinite term (R-WORK-1), not barred by the 1-year rule (R-WORK-3, with its 60+ exception).
     */
    public boolean dispatchable(String workerId, String clientId, LocalDate day) {
        WorkerState w = state.plannerWorkers().get(workerId);
        if (w == null || !w.isEmployedOn(day) || !w.isIndefiniteOn(day)) {
            return false;
        }
        for (PreviousEmployment p : w.previousEmployers()) {
            if (p.clientId().equals(clientId) && !p.retiredAt60OrOver()
                    && !day.isAfter(FormerEmployerPolicy.barredThrough(p.leftOn()))) {
                return false;
            }
        }
        return true;
    }

    /** The effective minutes (actual where recorded, else planned) of all the worker's assignments per day. */
    public Map<LocalDate, Integer> existingMinutes(String workerId, Period window) {
        Map<LocalDate, Integer> out = new TreeMap<>();
        for (AssignmentState a : state.plannerAssignments().values()) {
            if (a.cancelled() || !a.workerId().equals(workerId)) {
                continue;
            }
            Period span = a.period().intersection(window);
            if (span == null) {
                continue;
            }
            span.days().forEach(d -> {
                int m = a.effectiveMinutes(d);
                if (m > 0) {
                    out.merge(d, m, Integer::sum);
                }
            });
        }
        return out;
    }

    /** The clients the worker is already dispatched to within the period. */
    public Set<String> existingClients(String workerId, Period window) {
        Set<String> out = new TreeSet<>();
        for (AssignmentState a : state.plannerAssignments().values()) {
            if (!a.cancelled() && a.isDispatch() && a.workerId().equals(workerId)
                    && a.period().overlaps(window)) {
                out.add(a.clientId());
            }
        }
        return out;
    }

    /**
     * The workers already covering a job on each day: active dispatches for the job's client, work and workplace
     * with minutes on that day (the planner pins them).
     */
    public Map<LocalDate, List<String>> existingCover(SeasonalJobTerms job, Period window) {
        Map<LocalDate, List<String>> out = new HashMap<>();
        for (AssignmentState a : state.plannerAssignments().values()) {
            if (a.cancelled() || !a.isDispatch() || !a.clientId().equals(job.clientId())
                    || !a.work().equals(job.work()) || !a.workplace().equals(job.workplaceMunicipality())) {
                continue;
            }
            Period span = a.period().intersection(window);
            if (span == null) {
                continue;
            }
            span.days().filter(d -> a.effectiveMinutes(d) > 0)
                    .forEach(d -> out.computeIfAbsent(d, k -> new ArrayList<>()).add(a.workerId()));
        }
        return out;
    }

    /** R-CAP-4: the projected M, R and O of the year as recorded now. */
    public UsageFigures figures(BusinessYear year) {
        return state.yearFigures(year);
    }

    /** R-CAP-1/2: the caps of the year under the law in force on its first day. */
    public List<CapLimit> caps(BusinessYear year, CapLaw law) {
        CapRuleVersion v = law.versionFor(year);
        return NonMemberCapPolicy.caps(v).stream().map(c -> new CapLimit(c.ruleId(), c.includesRelated(), c.percent()))
                .toList();
    }

    /**
     * R-WORK-5 with planned overtime allowed: whether adding {@code added} minutes per day to the worker's existing
     * days would exceed a limit of the overtime agreement that was not already exceeded (the aggregate's own test).
     */
    public boolean overtimeWorsens(String workerId, Map<LocalDate, Integer> added, BusinessYear year) {
        List<AssignmentState> mine = state.assignmentsOf(workerId);
        WorkerDays before = WorkerDays.of(mine, year.period(), state.plannerStartMonth(), state.plannerWeekStart());
        int[] after = before.minutes().clone();
        added.forEach((d, m) -> {
            int i = WorkerDays.index(before.from(), d);
            if (i >= 0 && i < after.length) {
                after[i] += m;
            }
        });
        WorkerDays then = new WorkerDays(before.from(), after, before.startMonth(), before.weekStart());
        return !WorkingTimePolicy.worsened(before, then, state.plannerOvertime()).isEmpty();
    }

    /**
     * Runs the aggregate's checks on each command in order against a fresh copy of the state (each accepted command
     * is applied to the copy before the next is judged). Nothing touches the real aggregate.
     */
    public List<Judgement> judge(Collection<PlanAssignment> commands, Municipalities municipalities, CapLaw law) {
        Cooperative copy = state.planningView().state;
        List<Judgement> out = new ArrayList<>();
        for (PlanAssignment c : commands) {
            try {
                if (c.kind() != AssignmentKind.DISPATCH) {
                    throw new IllegalArgumentException("the planner proposes dispatches only");
                }
                copy.simulate(c, municipalities, law);
                out.add(new Judgement(c, null));
            } catch (CommandRefusedException e) {
                out.add(new Judgement(c, e));
            }
        }
        return out;
    }

    /** Whether an assignment id is taken. */
    public boolean assignmentExists(String assignmentId) {
        return state.plannerAssignments().containsKey(assignmentId);
    }

    Optional<Cooperative> state() {
        return Optional.of(state);
    }

    /**
     * A view of the cooperative that the given events (in order) make — for tests, generated years and the
     * benchmark, which have no event store. Each event is applied through the aggregate's own event-sourcing handler.
     */
    public static PlanningView fromHistory(List<?> events) {
        Cooperative c = new Cooperative();
        for (Object e : events) {
            java.lang.reflect.Method handler = null;
            for (java.lang.reflect.Method m : Cooperative.class.getDeclaredMethods()) {
                if (m.isAnnotationPresent(org.axonframework.eventsourcing.EventSourcingHandler.class)
                        && m.getParameterCount() == 1 && m.getParameterTypes()[0] == e.getClass()) {
                    handler = m;
                    break;
                }
            }
            if (handler == null) {
                throw new IllegalArgumentException("the Cooperative has no handler for " + e.getClass().getSimpleName());
            }
            try {
                handler.setAccessible(true);
                handler.invoke(c, e);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("could not apply " + e, ex);
            }
        }
        return c.planningView();
    }
}
