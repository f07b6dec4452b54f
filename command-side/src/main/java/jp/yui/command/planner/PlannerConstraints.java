package jp.yui.command.planner;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.yui.command.api.ClientClass;

/**
 * The constraints of the year-round planner.
 * <p>
 * <b>Hard</b> — every MUST rule of RULES.md a proposed dispatch must satisfy (the aggregate judges again on acceptance):
 * <ul>
 * <li>{@value #DISPATCHABLE}: R-WORK-1 indefinite term, R-WORK-2 hire/separation dates, R-WORK-3 the 1-year rule with
 * its 60+ exception — per day of the slot, from the aggregate's own worker state and policies;</li>
 * <li>{@value #SKILLS}: the job's required skills;</li>
 * <li>{@value #ONE_SEAT}: a worker takes at most one seat of a job in a week;</li>
 * <li>{@value #DAILY}: R-WORK-4, all assignments of a day (recorded ones and proposed ones) within the daily limit;</li>
 * <li>{@value #WEEKLY}: R-WORK-5, the week within 40 h when planned overtime is not allowed;</li>
 * <li>{@value #OVERTIME}: R-WORK-5, the 36協定 monthly and yearly limits (the aggregate's own WorkingTimePolicy) when
 * planned overtime is allowed;</li>
 * <li>{@value #CAPS}: R-CAP-1/2 on the projected year (R-CAP-4: recorded actuals and existing plans included).</li>
 * </ul>
 * Prohibited work (R-DISP-1), the district (R-DISP-3), certification (R-CERT-1/3) and closed years (R-CAP-6) are
 * filtered when the problem is built: no slot exists on a day that breaks them.
 * <p>
 * <b>Medium</b> — {@value #COVERAGE}: each uncovered minute of demand costs 4 for a member (組合員), 2 for a related
 * municipality (関係市町村等), 1 for another non-member: members first.
 * <p>
 * <b>Soft</b> — preferences, in this order of weight per unit:
 * {@value #TWO_CLIENTS} (R-WORK-6, 5000 per worker with exactly one client in the year),
 * {@value #CONTINUITY} (300 per extra worker on a job beyond its headcount — the same people stay through a season),
 * {@value #IDLE_DAYS} (40 per weekday without work between a worker's first and last proposed working day),
 * {@value #FAIRNESS} (hours² / 100 per worker, recorded hours included — spreads hours evenly),
 * {@value #TRAVEL} (1 per km between home and workplace per working day).
 */
public class PlannerConstraints implements ConstraintProvider {

    public static final String DISPATCHABLE = "派遣可能な職員（無期雇用・雇用期間・離職後1年）";
    public static final String SKILLS = "必要な技能";
    public static final String ONE_SEAT = "同じ仕事の同じ週に1人1枠";
    public static final String DAILY = "1日の就業時間の上限";
    public static final String WEEKLY = "週40時間の上限";
    public static final String OVERTIME = "36協定の時間外労働の上限";
    public static final String CAPS = "員外利用の上限";
    public static final String COVERAGE = "需要の充足（組合員優先）";
    public static final String TWO_CLIENTS = "年2社以上の派遣先";
    public static final String CONTINUITY = "同じ派遣先での継続";
    public static final String IDLE_DAYS = "空き就業日の削減";
    public static final String FAIRNESS = "時間の公平";
    public static final String TRAVEL = "通勤距離";

    public static final int TWO_CLIENTS_WEIGHT = 5000;
    public static final int CONTINUITY_WEIGHT = 300;
    public static final int IDLE_DAY_WEIGHT = 40;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                dispatchable(f), skills(f), oneSeat(f), dailyHours(f), weeklyHours(f), overtime(f), caps(f),
                coverage(f),
                twoClients(f), continuity(f), idleDays(f), fairness(f), travel(f)
        };
    }

    // ------------------------------------------------------------------ hard

    Constraint dispatchable(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned() && s.getDays().stream()
                        .anyMatch(d -> !s.getWorker().dispatchable(s.getJob().clientId(), d)))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, s -> Math.max(1, s.minutes() / 60))
                .asConstraint(DISPATCHABLE);
    }

    Constraint skills(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned() && !s.getWorker().hasSkills(s.getJob().requiredSkills()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, s -> Math.max(1, s.minutes() / 60))
                .asConstraint(SKILLS);
    }

    Constraint oneSeat(ConstraintFactory f) {
        return f.forEachUniquePair(JobSlot.class, Joiners.equal(JobSlot::getJob), Joiners.equal(JobSlot::getWeekStart),
                        Joiners.equal(JobSlot::getWorker))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> Math.max(1, b.minutes() / 60))
                .asConstraint(ONE_SEAT);
    }

    Constraint dailyHours(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned())
                .map(s -> s, JobSlot::getDays)
                .flattenLast(days -> days)
                .groupBy((s, d) -> s.getWorker(), (s, d) -> d, sum((s, d) -> s.addedMinutesPerDay()))
                .join(PlannerSettings.class)
                .filter((w, d, added, st) -> added > 0 && w.baseMinutesOn(d) + added > st.dailyLimitMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (w, d, added, st) -> Math.max(1, Math.min(added, w.baseMinutesOn(d) + added
                                - st.dailyLimitMinutes()) / 60))
                .asConstraint(DAILY);
    }

    Constraint weeklyHours(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned())
                .groupBy(JobSlot::getWorker, JobSlot::getWeekStart, sum(JobSlot::addedMinutes))
                .join(PlannerSettings.class, Joiners.filtering((w, week, added, st) -> st.weeklyChecked()))
                .filter((w, week, added, st) -> added > 0
                        && w.baseMinutesInWeek(week) + added > st.weeklyLimitMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (w, week, added, st) -> Math.max(1, Math.min(added, w.baseMinutesInWeek(week) + added
                                - st.weeklyLimitMinutes()) / 60))
                .asConstraint(WEEKLY);
    }

    Constraint overtime(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned())
                .groupBy(JobSlot::getWorker, toList())
                .join(PlannerSettings.class, Joiners.filtering((w, slots, st) -> st.overtimeChecked()))
                .filter((w, slots, st) -> st.overtimeJudge().worsens(w.id(), addedPerDay(slots)))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (w, slots, st) -> 10)
                .asConstraint(OVERTIME);
    }

    static Map<LocalDate, Integer> addedPerDay(List<JobSlot> slots) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (JobSlot s : slots) {
            for (LocalDate d : s.getDays()) {
                m.merge(d, s.addedMinutesPerDay(), Integer::sum);
            }
        }
        return m;
    }

    Constraint caps(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned())
                .groupBy(sumLong(s -> s.addedUsage(ClientClass.MEMBER)),
                        sumLong(s -> s.addedUsage(ClientClass.RELATED_MUNICIPALITY)),
                        sumLong(s -> s.addedUsage(ClientClass.OTHER_NON_MEMBER)))
                .join(CapFacts.class)
                .filter((m, r, o, cap) -> cap.excess(m, r, o) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (m, r, o, cap) -> cap.excess(m, r, o))
                .asConstraint(CAPS);
    }

    // ------------------------------------------------------------------ medium

    static int classWeight(ClientClass c) {
        return switch (c) {
            case MEMBER -> 4;
            case RELATED_MUNICIPALITY -> 2;
            case OTHER_NON_MEMBER -> 1;
        };
    }

    Constraint coverage(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(JobSlot.class)
                .filter(s -> s.getWorker() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        s -> (long) s.minutes() * classWeight(s.getClientClass()))
                .asConstraint(COVERAGE);
    }

    // ------------------------------------------------------------------ soft

    Constraint twoClients(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .groupBy(JobSlot::getWorker, toSet(s -> s.getJob().clientId()))
                .filter((w, clients) -> union(w.baseClients(), clients) == 1)
                .penalize(HardMediumSoftLongScore.ofSoft(TWO_CLIENTS_WEIGHT))
                .asConstraint(TWO_CLIENTS);
    }

    static int union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u.size();
    }

    Constraint continuity(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .groupBy(JobSlot::getJob, countDistinct(JobSlot::getWorker))
                .filter((job, n) -> n > job.headcount())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(CONTINUITY_WEIGHT), (job, n) -> n - job.headcount())
                .asConstraint(CONTINUITY);
    }

    Constraint idleDays(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .map(s -> s, JobSlot::getDays)
                .flattenLast(days -> days)
                .filter((s, d) -> d.getDayOfWeek().getValue() <= 5)
                .groupBy((s, d) -> s.getWorker(), min((JobSlot s, LocalDate d) -> d), max((JobSlot s, LocalDate d) -> d),
                        countDistinct((JobSlot s, LocalDate d) -> d))
                .filter((w, first, last, worked) -> idle(w, first, last, worked) > 0)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(IDLE_DAY_WEIGHT),
                        (w, first, last, worked) -> idle(w, first, last, worked))
                .asConstraint(IDLE_DAYS);
    }

    /** Weekdays (Monday to Friday) between the first and last proposed working day without any work. */
    static long idle(PlannerWorker w, LocalDate first, LocalDate last, int worked) {
        long weekdays = 0;
        long workedWeekdays = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                weekdays++;
                if (w.baseMinutesOn(d) > 0) {
                    workedWeekdays++;
                }
            }
        }
        return Math.max(0, weekdays - workedWeekdays - worked);
    }

    Constraint fairness(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .groupBy(JobSlot::getWorker, sum(JobSlot::addedMinutes))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (w, added) -> {
                    long hours = (w.baseYearMinutes() + added) / 60;
                    long baseHours = w.baseYearMinutes() / 60;
                    return (hours * hours - baseHours * baseHours) / 100;
                })
                .asConstraint(FAIRNESS);
    }

    Constraint travel(ConstraintFactory f) {
        return f.forEach(JobSlot.class)
                .filter(s -> !s.isPinned())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        s -> s.getJob().travelKm(s.getWorker()) * s.getDays().size())
                .asConstraint(TRAVEL);
    }
}
