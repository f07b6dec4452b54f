package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.Period;
import jp.yui.command.api.Usage;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;

/**
 * An assignment as the aggregate knows it, with the actual results recorded per month. Its <em>effective</em>
 * minutes on a day are the actual ones when the day's month has results, else the planned ones (R-CAP-4).
 */
record AssignmentState(String id, AssignmentKind kind, String workerId, String clientId, String work,
                       WorkCategory category, MedicalDispatchException medicalException, String workplace,
                       Period period, WorkPattern pattern, long feePerHourYen, boolean cancelled,
                       Map<YearMonth, Map<LocalDate, Integer>> actuals) {

    AssignmentState {
        actuals = Map.copyOf(actuals);
    }

    boolean isDispatch() {
        return kind == AssignmentKind.DISPATCH;
    }

    boolean isActive() {
        return !cancelled;
    }

    int plannedMinutes(LocalDate day) {
        if (cancelled || !period.contains(day)) {
            return 0;
        }
        return pattern.minutesOn(day);
    }

    int effectiveMinutes(LocalDate day) {
        if (cancelled) {
            return 0;
        }
        Map<LocalDate, Integer> month = actuals.get(YearMonth.from(day));
        if (month != null) {
            return month.getOrDefault(day, 0);
        }
        return plannedMinutes(day);
    }

    Usage usageOn(LocalDate day) {
        return Usage.of(effectiveMinutes(day), feePerHourYen);
    }

    AssignmentState rescheduled(Period newPeriod, WorkPattern newPattern) {
        return new AssignmentState(id, kind, workerId, clientId, work, category, medicalException, workplace, newPeriod,
                newPattern, feePerHourYen, cancelled, actuals);
    }

    AssignmentState asCancelled() {
        return new AssignmentState(id, kind, workerId, clientId, work, category, medicalException, workplace, period,
                pattern, feePerHourYen, true, actuals);
    }

    AssignmentState withActuals(YearMonth month, Map<LocalDate, Integer> minutesPerDay) {
        Map<YearMonth, Map<LocalDate, Integer>> copy = new HashMap<>(actuals);
        copy.put(month, Map.copyOf(minutesPerDay));
        return new AssignmentState(id, kind, workerId, clientId, work, category, medicalException, workplace, period,
                pattern, feePerHourYen, cancelled, copy);
    }

    boolean hasActuals() {
        return !actuals.isEmpty();
    }
}
