package jp.yui.query.ledger;

import jp.yui.query.export.CsvEncoding;

/**
 * Query — the ledger of {@link FindLedger} (as of today, retained entries) as a CSV file with Japanese headers, one row
 * per entry; answered with {@code byte[]}. Dates are ISO (yyyy-MM-dd) so spreadsheets read them as dates; lists
 * (complaints, trainings) are one cell with a line per item. In Shift_JIS a character it cannot hold (e.g. 𠮷) is not
 * replaced: the query fails with {@link jp.yui.query.export.Csv.UnencodableCharacterException}, whose message names
 * the character, the row and the column — a ledger is a legal record, so nothing in it is altered; UTF-8 (the
 * default) writes every character.
 *
 * @param cooperativeId the cooperative
 * @param workerId      one worker, or {@code null} for all
 * @param encoding      {@link CsvEncoding#UTF8_BOM} ({@code null} means this) or {@link CsvEncoding#SHIFT_JIS}
 */
public record ExportLedgerCsv(String cooperativeId, String workerId, CsvEncoding encoding) {
}
