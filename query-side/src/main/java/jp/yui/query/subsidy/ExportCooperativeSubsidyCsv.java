package jp.yui.query.subsidy;

import jp.yui.query.export.CsvEncoding;

/** Query — {@link CooperativeSubsidy} of one cooperative as a CSV file. Answer: {@link jp.yui.query.reports.ExportedFile} (null when unknown). */
public record ExportCooperativeSubsidyCsv(String cooperativeId, int businessYear, CsvEncoding encoding) {
}
