package jp.yui.query.ratio;

/**
 * Query — the {@link NonMemberRatio} (員外利用比率) of one cooperative and business year as an A4 landscape PDF with the
 * same content as {@link ExportNonMemberRatioCsv}, 令和 dates with the Western date beside. Answer:
 * {@link jp.yui.query.reports.ExportedFile} (null for an unknown cooperative).
 */
public record ExportNonMemberRatioPdf(String cooperativeId, int businessYear) {
}
