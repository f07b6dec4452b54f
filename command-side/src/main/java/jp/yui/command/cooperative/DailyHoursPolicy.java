package jp.yui.command.cooperative;

import java.time.LocalDate;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;

/**
 * R-WORK-4 — a worker is in one place at a time: on any day the planned minutes of all their assignments together
 * stay within the daily limit (8 h by default). Split days are fine within the limit. A day already above the limit
 * (recorded actual results) may be reduced, never increased.
 */
final class DailyHoursPolicy {

    private DailyHoursPolicy() {
    }

    static void check(WorkerState w, WorkerDays before, WorkerDays after, Period affected, OvertimeAgreement oa) {
        int limit = oa.dailyPlanLimitHours() * 60;
        for (LocalDate d = affected.from(); !d.isAfter(affected.to()); d = d.plusDays(1)) {
            int a = after.on(d);
            if (a > limit && a > before.on(d)) {
                throw new RuleViolationException("R-WORK-4",
                        w.name() + " の " + d + " の予定が全派遣先の合計で " + Format.hoursJa(a) + " となり、1日の上限 "
                                + Format.hoursJa(limit) + " を超えます",
                        w.name() + " would be planned " + Format.hours(a) + " on " + d
                                + " across all assignments; the daily limit is " + Format.hours(limit));
            }
        }
    }
}
