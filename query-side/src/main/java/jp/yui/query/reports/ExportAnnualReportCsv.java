package jp.yui.query.reports;

import jp.yui.query.export.CsvEncoding;

/** Query — the {@link AnnualReport} as a CSV file (sections separated by an empty line). Answer: {@link ExportedFile} (null when the cooperative is unknown). */
public record ExportAnnualReportCsv(String cooperativeId, int businessYear, CsvEncoding encoding) {
}
