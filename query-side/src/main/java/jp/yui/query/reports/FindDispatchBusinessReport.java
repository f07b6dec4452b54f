package jp.yui.query.reports;

/**
 * Query — the figures of the 労働者派遣事業報告書 (様式第11号, R-REP-3) for one business year and the status on the
 * following 1 June. Answer: {@link DispatchBusinessReport} (null when the cooperative is unknown).
 */
public record FindDispatchBusinessReport(String cooperativeId, int businessYear) {
}
