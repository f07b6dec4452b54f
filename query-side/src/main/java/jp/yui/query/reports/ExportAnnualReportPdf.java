package jp.yui.query.reports;

/** Query — the {@link AnnualReport} as a PDF with 令和 dates and the Western date beside. Answer: {@link ExportedFile} (null when the cooperative is unknown). */
public record ExportAnnualReportPdf(String cooperativeId, int businessYear) {
}
