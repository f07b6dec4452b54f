package jp.yui.query.asof;

import java.time.LocalDate;

/**
 * A cooperative as it stood on {@code date} (R-REP-5), computed from the events recorded up to the end of that day
 * (Asia/Tokyo) — not from today's tables; an {@code Optional<CooperativeAsOf>}, empty when no registration of the
 * cooperative had been recorded by then.
 */
public record FindCooperativeAsOf(String cooperativeId, LocalDate date) {
}
