package jp.yui.command.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.cooperative.PlanningView;
import jp.yui.command.cooperative.PlanningView.JobFacts;
import jp.yui.command.cooperative.PlanningView.WorkerFacts;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;

/**
 * Builds the planning problem of one business year from the aggregate's own state ({@link PlanningView}).
 * Incremental by construction: everything recorded (assignments, actual results) is the workers' fixed existing load
 * and the year's fixed figures; seats of a job already covered by a recorded assignment become pinned slots; only days
 * from {@code planFrom} on are planned. Days on which no dispatch may happen at all (no valid certification, the
 * workplace outside the district, a closed year) get no slot.
 */
public final class ProblemBuilder {

    private ProblemBuilder() {
    }

    public static PlannerSolution build(PlanningView v, int businessYear, LocalDate planFrom, CapLaw law,
                                        Municipalities municipalities) {
        BusinessYear year = v.businessYear(businessYear);
        LocalDate from = planFrom == null || planFrom.isBefore(year.firstDay()) ? year.firstDay() : planFrom;
        DayOfWeek weekStart = v.weekStartsOn() == null ? DayOfWeek.SUNDAY : v.weekStartsOn();
        OvertimeAgreement oa = v.overtimeAgreement() == null ? OvertimeAgreement.standard() : v.overtimeAgreement();
        PlannerSettings settings = new PlannerSettings(businessYear, weekStart, oa.dailyPlanLimitHours() * 60,
                oa.weeklyRegularHours() * 60, !oa.plannedOvertimeAllowed(),
                oa.plannedOvertimeAllowed() ? (w, added) -> v.overtimeWorsens(w, added, year) : null);
        CapUnit unit = v.capUnit() == null ? CapUnit.HOURS : v.capUnit();
        UsageFigures f = v.figures(year);
        CapFacts caps = new CapFacts(unit, f.member().in(unit), f.related().in(unit), f.other().in(unit),
                v.caps(year, law).stream().map(c -> new CapFacts.Cap(c.ruleId(), c.includesRelated(), c.percent()))
                        .toList());
        if (from.isAfter(year.lastDay()) || v.closed(year)) {
            return new PlannerSolution(v.cooperativeId(), businessYear, List.of(), List.of(), new ArrayList<>(), caps,
                    settings);
        }
        Period window = new Period(from, year.lastDay());
        Period weeks = new Period(year.firstDay().with(TemporalAdjusters.previousOrSame(weekStart)),
                year.lastDay().with(TemporalAdjusters.nextOrSame(weekStart.minus(1))));

        List<PlannerWorker> workers = new ArrayList<>();
        Map<String, PlannerWorker> byId = new HashMap<>();
        for (WorkerFacts wf : v.workers()) {
            if (!everDispatchable(v, wf.id(), window)) {
                continue;
            }
            Map<LocalDate, Integer> days = v.existingMinutes(wf.id(), weeks);
            Map<LocalDate, Integer> perWeek = new HashMap<>();
            int yearMinutes = 0;
            for (Map.Entry<LocalDate, Integer> e : days.entrySet()) {
                perWeek.merge(e.getKey().with(TemporalAdjusters.previousOrSame(weekStart)), e.getValue(), Integer::sum);
                if (year.period().contains(e.getKey())) {
                    yearMinutes += e.getValue();
                }
            }
            double[] ll = coordinates(municipalities, wf.homeMunicipality());
            String id = wf.id();
            PlannerWorker w = new PlannerWorker(id, wf.name(), wf.homeMunicipality(), wf.skills(), ll[0], ll[1],
                    (client, day) -> v.dispatchable(id, client, day), days, perWeek,
                    v.existingClients(id, year.period()), yearMinutes);
            workers.add(w);
            byId.put(id, w);
        }

        List<PlannerJob> jobs = new ArrayList<>();
        List<JobSlot> slots = new ArrayList<>();
        for (JobFacts jf : v.activeJobs()) {
            Period span = jf.terms().period().intersection(window);
            if (span == null) {
                continue;
            }
            WorkPattern pattern = jf.terms().pattern();
            // working days grouped by week and class (a client's class may change mid-week)
            Map<String, List<LocalDate>> groups = new LinkedHashMap<>();
            Map<String, ClientClass> classes = new HashMap<>();
            span.days().forEach(d -> {
                if (pattern.minutesOn(d) <= 0 || !v.certifiedOn(d) || !v.inDistrictOn(jf.terms().workplaceMunicipality(), d)) {
                    return;
                }
                ClientClass c = v.classOn(jf.terms().clientId(), d);
                String key = d.with(TemporalAdjusters.previousOrSame(weekStart)) + "/" + c.name();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                classes.put(key, c);
            });
            if (groups.isEmpty()) {
                continue;
            }
            double[] ll = coordinates(municipalities, jf.terms().workplaceMunicipality());
            LocalDate first = groups.values().iterator().next().get(0);
            PlannerJob job = new PlannerJob(jf.jobId(), jf.terms().clientId(), jf.clientName(), jf.terms().work(),
                    jf.terms().category(), jf.terms().workplaceMunicipality(), ll[0], ll[1],
                    jf.terms().minutesPerDay(), jf.terms().headcount(), jf.terms().requiredSkills(),
                    jf.terms().feePerHourYen(), first, v.classOn(jf.terms().clientId(), first));
            jobs.add(job);
            Map<LocalDate, List<String>> cover = v.existingCover(jf.terms(), window);
            for (Map.Entry<String, List<LocalDate>> g : groups.entrySet()) {
                List<LocalDate> days = g.getValue();
                ClientClass cls = classes.get(g.getKey());
                long minutes = (long) days.size() * job.minutesPerDay();
                long usage = unit == CapUnit.HOURS ? minutes : minutes * job.feePerHourYen();
                // workers already covering every day of this group: pinned seats
                List<String> covering = new ArrayList<>(cover.getOrDefault(days.get(0), List.of()));
                covering.removeIf(w -> days.stream().anyMatch(d -> !cover.getOrDefault(d, List.of()).contains(w)));
                List<String> distinct = covering.stream().distinct().toList();
                LocalDate ws = days.get(0).with(TemporalAdjusters.previousOrSame(weekStart));
                for (int seat = 0; seat < job.headcount(); seat++) {
                    JobSlot s = new JobSlot(job.id() + "/" + g.getKey() + "/" + seat, job, ws, seat, days, cls, usage);
                    s.setEligibleWorkers(workers.stream().filter(w -> w.hasSkills(job.requiredSkills())
                            && days.stream().allMatch(d -> w.dispatchable(job.clientId(), d))).toList());
                    if (seat < distinct.size() && byId.containsKey(distinct.get(seat))) {
                        JobSlot.pinned(s, byId.get(distinct.get(seat)));
                    } else if (seat < distinct.size()) {
                        continue; // covered by a worker who is no longer dispatchable: the seat is taken all the same
                    }
                    slots.add(s);
                }
            }
        }
        return new PlannerSolution(v.cooperativeId(), businessYear, workers, jobs, slots, caps, settings);
    }

    private static boolean everDispatchable(PlanningView v, String workerId, Period window) {
        for (LocalDate d = window.from(); !d.isAfter(window.to()); d = d.plusDays(3)) {
            if (v.dispatchable(workerId, "", d)) {
                return true;
            }
        }
        return v.dispatchable(workerId, "", window.to());
    }

    static double[] coordinates(Municipalities municipalities, String code) {
        if (municipalities == null || code == null) {
            return new double[] {0, 0};
        }
        return municipalities.find(code).filter(m -> m.latitude() != null && m.longitude() != null)
                .map(m -> new double[] {m.latitude().doubleValue(), m.longitude().doubleValue()})
                .orElse(new double[] {0, 0});
    }
}
