package jp.yui.ui.imports.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets write it: fields separated by commas, quoted with {@code "} when they hold commas,
 * quotes ({@code ""}) or line breaks; records end with CRLF, LF or CR. Every record keeps its row number as a
 * spreadsheet shows it (the first record is row 1), blank lines included, so problems can name the row.
 */
public final class CsvParser {

    private CsvParser() {
    }

    /** One record: its row number (1-based) and its fields; a blank line is a record with one empty field. */
    public record Record(int row, List<String> fields) {

        public boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }

        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /** Thrown for text that is not CSV: a quote that is never closed, or text right after a closing quote. */
    public static final class MalformedCsvException extends RuntimeException {
        private final int row;

        MalformedCsvException(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    /** Parses the text (without a byte-order mark; one is dropped if present). */
    public static List<Record> parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 1;
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        while (i < n) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    field.append(ch);
                }
                i++;
                continue;
            }
            if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                any = true;
                i++;
            } else if (ch == '\r' || ch == '\n') {
                fields.add(field.toString());
                records.add(new Record(row++, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                any = false;
                i += ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (ch == '"' && field.toString().isBlank() && !afterQuote) {
                field.setLength(0);
                quoted = true;
                any = true;
                i++;
            } else if (afterQuote) {
                if (ch == ' ' || ch == '\t') {
                    i++;
                    continue;
                }
                throw new MalformedCsvException(row, "text after a closing quote");
            } else {
                field.append(ch);
                any = true;
                i++;
            }
        }
        if (quoted) {
            throw new MalformedCsvException(row, "a quoted field is never closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(row, List.copyOf(fields)));
        }
        return records;
    }
}
