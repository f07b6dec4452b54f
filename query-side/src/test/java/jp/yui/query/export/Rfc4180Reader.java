package jp.yui.query.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests that read {@link Csv} output back: every record must end with CRLF, a bare CR or
 * LF is allowed only inside quotes, {@code ""} inside quotes is one quote.
 */
public final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    /** Reads UTF-8 bytes that must start with a BOM. */
    public static List<List<String>> parseUtf8WithBom(byte[] bytes) {
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new IllegalStateException("no UTF-8 BOM: " + Arrays.toString(Arrays.copyOf(bytes, Math.min(3, bytes.length))));
        }
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** Reads Shift_JIS (windows-31j) bytes. */
    public static List<List<String>> parseShiftJis(byte[] bytes) {
        return parse(new String(bytes, Csv.SHIFT_JIS));
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new IllegalStateException("quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                if (c == '\r' || c == '\n') {
                    throw new IllegalStateException("bare line break outside quotes at " + i);
                }
                if (wasQuoted) {
                    throw new IllegalStateException("text after a closing quote at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (quoted) {
            throw new IllegalStateException("unterminated quote");
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalStateException("last record not ended by CRLF");
        }
        return records;
    }
}
