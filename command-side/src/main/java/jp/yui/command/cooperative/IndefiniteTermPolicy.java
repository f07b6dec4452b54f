package jp.yui.command.cooperative;

import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;

/** R-WORK-1 — only workers employed without a fixed term (無期雇用) may be dispatched, on every day of the dispatch. */
final class IndefiniteTermPolicy {

    private IndefiniteTermPolicy() {
    }

    static void check(WorkerState w, Period period) {
        if (w.indefiniteFrom() == null) {
            throw new RuleViolationException("R-WORK-1",
                    w.name() + " は有期雇用のため派遣できません（無期雇用の職員のみ派遣できます）",
                    w.name() + " is on a fixed-term contract and cannot be dispatched (indefinite-term staff only)");
        }
        if (period.from().isBefore(w.indefiniteFrom())) {
            throw new RuleViolationException("R-WORK-1",
                    w.name() + " は " + w.indefiniteFrom() + " から無期雇用です。それより前（" + period.from() + "〜）は派遣できません",
                    w.name() + " is indefinite-term only from " + w.indefiniteFrom() + "; cannot be dispatched from "
                            + period.from());
        }
    }
}
