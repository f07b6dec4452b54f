package jp.yui.query.subsidy;

import jp.yui.query.export.CsvEncoding;

/** Query — {@link SubsidyFigures} of a municipality as a CSV file. Answer: {@link jp.yui.query.reports.ExportedFile}. */
public record ExportSubsidyFiguresCsv(String municipalityCode, int businessYear, CsvEncoding encoding) {
}
