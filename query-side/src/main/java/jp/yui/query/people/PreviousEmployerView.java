package jp.yui.query.people;

import java.time.LocalDate;

/**
 * A former direct employer of a worker and the one-year bar on dispatching the worker back to it (R-WORK-3).
 *
 * @param clientId          the former employer
 * @param clientName        its name
 * @param leftOn            the leaving date
 * @param retiredAt60OrOver whether the worker left as a retiree aged 60 or over (the exception: no bar)
 * @param barredThrough     the last day dispatch back is barred ({@code leftOn + 1 year}); null under the exception
 * @param barredOnAsOf      whether dispatch back is barred on the view's day
 * @param ruleJa            e.g. 「2026-08-31 まで派遣不可（離職後1年）」 or 「例外：60歳以上の定年退職者」
 * @param ruleEn            e.g. "barred through 2026-08-31 (1 year after leaving)" or "exception: retired at 60+"
 */
public record PreviousEmployerView(String clientId, String clientName, LocalDate leftOn, boolean retiredAt60OrOver,
                                   LocalDate barredThrough, boolean barredOnAsOf, String ruleJa, String ruleEn) {

    public static PreviousEmployerView of(PreviousEmployment p, String clientName, LocalDate asOf) {
        LocalDate through = p.barredThrough();
        return new PreviousEmployerView(p.clientId(), clientName, p.leftOn(), p.retiredAt60OrOver(), through,
                p.barredOn(asOf),
                through == null ? "例外：60歳以上の定年退職者" : through + " まで派遣不可（離職後1年）",
                through == null ? "exception: retired at 60+" : "barred through " + through + " (1 year after leaving)");
    }
}
