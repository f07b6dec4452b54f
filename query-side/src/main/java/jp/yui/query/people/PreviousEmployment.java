package jp.yui.query.people;

import java.time.LocalDate;

/**
 * A client that employed the worker directly before (R-WORK-3).
 *
 * @param clientId          the former employer (a registered client)
 * @param leftOn            the leaving date
 * @param retiredAt60OrOver whether the worker left as a retiree aged 60 or over (the exception)
 */
public record PreviousEmployment(String clientId, LocalDate leftOn, boolean retiredAt60OrOver) {

    /**
     * The last day on which dispatch back to this employer is barred — one year after leaving, as the write model's
     * FormerEmployerPolicy counts it ({@code leftOn + 1 year}, inclusive) — or null under the retiree exception.
     */
    public LocalDate barredThrough() {
        return retiredAt60OrOver ? null : leftOn.plusYears(1);
    }

    public boolean barredOn(LocalDate day) {
        LocalDate through = barredThrough();
        return through != null && !day.isAfter(through);
    }
}
