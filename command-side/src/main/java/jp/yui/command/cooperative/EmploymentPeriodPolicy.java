package jp.yui.command.cooperative;

import java.time.LocalDate;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;

/** R-WORK-2 — a worker is assigned only between the hire date and the last day of employment. */
final class EmploymentPeriodPolicy {

    private EmploymentPeriodPolicy() {
    }

    static void check(WorkerState w, Period period) {
        if (period.from().isBefore(w.hiredOn())) {
            throw new RuleViolationException("R-WORK-2",
                    w.name() + " の雇入れ日は " + w.hiredOn() + " です。それより前（" + period.from() + "）には派遣できません",
                    w.name() + " was hired on " + w.hiredOn() + "; cannot be assigned from " + period.from());
        }
        LocalDate end = w.employedThrough();
        if (end != null && period.to().isAfter(end)) {
            throw new RuleViolationException("R-WORK-2",
                    w.name() + " の雇用は " + end + " までです。" + period.to() + " までの派遣はできません",
                    w.name() + " is employed only through " + end + "; cannot be assigned through " + period.to());
        }
    }
}
