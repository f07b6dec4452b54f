package jp.yui.command.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ClientClass;
import jp.yui.command.domain.JapaneseHolidays;

/** Figures of a (partly) solved year: coverage and idle working days per worker. */
public final class PlanMetrics {

    private PlanMetrics() {
    }

    public static Proposal.Coverage coverage(PlannerSolution s) {
        long demand = 0;
        long covered = 0;
        long memberDemand = 0;
        long memberCovered = 0;
        for (JobSlot slot : s.getSlots()) {
            demand += slot.minutes();
            boolean member = slot.getClientClass() == ClientClass.MEMBER;
            if (member) {
                memberDemand += slot.minutes();
            }
            if (slot.getWorker() != null) {
                covered += slot.minutes();
                if (member) {
                    memberCovered += slot.minutes();
                }
            }
        }
        return new Proposal.Coverage(demand, covered, memberDemand, memberCovered, idleDaysPerWorker(s));
    }

    /**
     * Idle working days per worker who works at all in the planned window: weekdays (Monday to Friday, not a
     * public holiday) between the worker's first and last working day of the window with no work.
     */
    public static double idleDaysPerWorker(PlannerSolution s) {
        Map<PlannerWorker, Set<LocalDate>> worked = new HashMap<>();
        for (JobSlot slot : s.getSlots()) {
            if (slot.getWorker() != null) {
                worked.computeIfAbsent(slot.getWorker(), k -> new HashSet<>()).addAll(slot.getDays());
            }
        }
        if (worked.isEmpty()) {
            return 0;
        }
        JapaneseHolidays holidays = JapaneseHolidays.shared();
        long idle = 0;
        for (Map.Entry<PlannerWorker, Set<LocalDate>> e : worked.entrySet()) {
            LocalDate first = e.getValue().stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = e.getValue().stream().max(LocalDate::compareTo).orElseThrow();
            Set<LocalDate> hol = new HashSet<>();
            holidays.between(first, last).forEach(h -> hol.add(h.date()));
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
                if (weekday && !hol.contains(d) && !e.getValue().contains(d) && e.getKey().baseMinutesOn(d) == 0) {
                    idle++;
                }
            }
        }
        return Math.round(10.0 * idle / worked.size()) / 10.0;
    }
}
