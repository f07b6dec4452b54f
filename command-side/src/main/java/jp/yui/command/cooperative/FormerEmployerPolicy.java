package jp.yui.command.cooperative;

import java.time.LocalDate;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.WorkPattern;

/**
 * R-WORK-3 — no one is dispatched back to a client that employed them directly within the past year (Dispatch Act
 * §35-5 / §40-9): a day of work is refused while it is at most one year after the leaving date, unless the worker
 * left that employer as a retiree aged 60 or over.
 */
final class FormerEmployerPolicy {

    private FormerEmployerPolicy() {
    }

    /** The last day on which dispatch back to the employer is still barred. */
    static LocalDate barredThrough(LocalDate leftOn) {
        return leftOn.plusYears(1);
    }

    static void check(WorkerState w, String clientId, String clientName, Period period, WorkPattern pattern) {
        for (PreviousEmployment p : w.previousEmployers()) {
            if (!p.clientId().equals(clientId) || p.retiredAt60OrOver()) {
                continue;
            }
            LocalDate barred = barredThrough(p.leftOn());
            for (LocalDate d = period.from(); !d.isAfter(period.to()) && !d.isAfter(barred); d = d.plusDays(1)) {
                if (pattern.minutesOn(d) > 0) {
                    throw new RuleViolationException("R-WORK-3",
                            w.name() + " は " + p.leftOn() + " に " + clientName + " を離職しており、1年以内（"
                                    + barred + " まで）は同じ派遣先に派遣できません（" + d + "）",
                            w.name() + " left " + clientName + " on " + p.leftOn()
                                    + "; dispatch back to it is barred through " + barred + " (work on " + d + ")");
                }
            }
        }
    }
}
