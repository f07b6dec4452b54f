package jp.yui.query.reports;

/**
 * Query — the dispatch figures of one business year for the 事業報告書 (R-CERT-5, R-REP-3): M, R and O per client
 * class and per client, the shares, the closed-year figures, secondments listed apart. Answer: {@link AnnualReport}
 * (null when the cooperative is unknown). {@code businessYear} is the calendar year the business year starts in.
 */
public record FindAnnualReport(String cooperativeId, int businessYear) {
}
