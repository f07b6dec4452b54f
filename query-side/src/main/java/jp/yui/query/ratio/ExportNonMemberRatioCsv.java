package jp.yui.query.ratio;

import jp.yui.query.export.CsvEncoding;

/**
 * Query — the {@link NonMemberRatio} (員外利用比率) of one cooperative and business year as a CSV file: sections (a
 * heading record, a header record, rows) separated by an empty record — the summary (年度 in 令和, the cap law in
 * force, the unit, M/R/O projected and actual-only, the shares against the caps, the head-room), the twelve months,
 * the recorded breaches, the closes and the reopenings. Encoding {@link CsvEncoding#UTF8_BOM} (default when null) or
 * {@link CsvEncoding#SHIFT_JIS}. Answer: {@link jp.yui.query.reports.ExportedFile} (null for an unknown cooperative).
 */
public record ExportNonMemberRatioCsv(String cooperativeId, int businessYear, CsvEncoding encoding) {
}
