package jp.yui.query.reports;

import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 reader for reading exported CSV files back in tests. */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (any || field.length() > 0) {
                    record.add(field.toString());
                }
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
                i++;
            } else {
                field.append(c);
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The rows of the section whose heading record starts with {@code "■ " + heading}, header record included. */
    public static List<List<String>> section(List<List<String>> records, String heading) {
        List<List<String>> out = new ArrayList<>();
        boolean in = false;
        for (List<String> r : records) {
            if (!in && !r.isEmpty() && r.get(0).startsWith("■ " + heading)) {
                in = true;
                continue;
            }
            if (in) {
                if (r.isEmpty()) {
                    break;
                }
                out.add(r);
            }
        }
        return out;
    }
}
