package jp.yui.query.reports;

import jp.yui.query.export.CsvEncoding;

/** Query — the {@link DispatchBusinessReport} (様式第11号 figures) as a CSV file. Answer: {@link ExportedFile} (null when the cooperative is unknown). */
public record ExportDispatchBusinessReportCsv(String cooperativeId, int businessYear, CsvEncoding encoding) {
}
