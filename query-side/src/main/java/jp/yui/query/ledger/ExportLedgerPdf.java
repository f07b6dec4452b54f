package jp.yui.query.ledger;

/**
 * Query — the ledger of {@link FindLedger} (as of today, retained entries) as a PDF: one section per worker (each on
 * its own page) with the worker's facts, one table per assignment and the worker's trainings; dates in the Japanese
 * era with the Western date beside ("令和8年4月1日（2026-04-01）"). Answered with {@code byte[]}.
 *
 * @param cooperativeId the cooperative
 * @param workerId      one worker, or {@code null} for all
 */
public record ExportLedgerPdf(String cooperativeId, String workerId) {
}
