package jp.yui.command.cooperative;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.Period;

/**
 * A worker's effective minutes per day (all assignments, dispatch and secondment together) over a window made of
 * whole business years widened to whole weeks, so that days, weeks, months and years can all be judged.
 */
record WorkerDays(LocalDate from, int[] minutes, int startMonth, DayOfWeek weekStart) {

    static WorkerDays of(Collection<AssignmentState> workerAssignments, Period affected, int startMonth,
                         DayOfWeek weekStart) {
        LocalDate from = BusinessYear.containing(affected.from(), startMonth).firstDay()
                .with(TemporalAdjusters.previousOrSame(weekStart));
        LocalDate to = BusinessYear.containing(affected.to(), startMonth).lastDay()
                .with(TemporalAdjusters.nextOrSame(weekStart.minus(1)));
        int[] minutes = new int[(int) ChronoUnit.DAYS.between(from, to) + 1];
        Period window = new Period(from, to);
        for (AssignmentState a : workerAssignments) {
            if (a.cancelled()) {
                continue;
            }
            Period span = a.period().intersection(window);
            if (span == null) {
                continue;
            }
            for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                minutes[index(from, d)] += a.effectiveMinutes(d);
            }
        }
        return new WorkerDays(from, minutes, startMonth, weekStart);
    }

    /**
     * These days with {@code old}'s effective minutes taken out (when not null) and {@code candidate}'s put in, both
     * of the same worker: the same array {@link #of} gives for the worker's assignments with candidate in place of old.
     */
    WorkerDays replacing(AssignmentState old, AssignmentState candidate) {
        int[] changed = minutes.clone();
        if (old != null) {
            add(changed, old, -1);
        }
        add(changed, candidate, 1);
        return new WorkerDays(from, changed, startMonth, weekStart);
    }

    private void add(int[] into, AssignmentState a, int sign) {
        if (a.cancelled()) {
            return;
        }
        Period span = a.period().intersection(new Period(from, day(minutes.length - 1)));
        if (span == null) {
            return;
        }
        for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
            into[index(from, d)] += sign * a.effectiveMinutes(d);
        }
    }

    static int index(LocalDate from, LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    int on(LocalDate day) {
        return minutes[index(from, day)];
    }

    LocalDate day(int i) {
        return from.plusDays(i);
    }

    int length() {
        return minutes.length;
    }

    /** The business years wholly inside the window. */
    BusinessYear firstYear() {
        return BusinessYear.containing(from.plusDays(6), startMonth);
    }

    BusinessYear lastYear() {
        return BusinessYear.containing(day(length() - 7), startMonth);
    }
}
