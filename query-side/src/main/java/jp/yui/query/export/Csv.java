package jp.yui.query.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV files for officials: RFC 4180 text with CRLF line ends, in UTF-8 with a BOM (default) or Shift_JIS
 * ({@code windows-31j}).
 * <h2>Use</h2>
 * <pre>{@code
 * byte[] bytes = Csv.write(List.of("氏名", "派遣先"), List.of(List.of("山田 花子", "海士町")), CsvEncoding.UTF8_BOM);
 * }</pre>
 * <ul>
 *   <li>Every record (the header, then each row) ends with CR LF, the last one too.</li>
 *   <li>A field is quoted when it contains a comma, a double quote, CR or LF; a double quote inside is doubled
 *       ({@code a"b} → {@code "a""b"}). Other fields are written as they are. {@code null} is written as an empty
 *       field. Rows may have fewer or more fields than the header; they are written as given.</li>
 *   <li>Values are written faithfully: nothing is trimmed, and no spreadsheet-formula escaping is applied.</li>
 * </ul>
 * <h2>Shift_JIS and characters it lacks</h2>
 * Before encoding to Shift_JIS, the characters that JIS X 0208 and Windows map differently are replaced by their
 * Windows form (the same character on paper, not a corruption): 〜 U+301C → ～ U+FF5E, − U+2212 → － U+FF0D,
 * ‖ U+2016 → ∥ U+2225, — U+2014 → ― U+2015, ¢ → ￠, £ → ￡, ¬ → ￢, ¦ → ￤.
 * <p>
 * A character that Shift_JIS still cannot hold (e.g. 𠮷 U+20BB7, emoji) is never corrupted silently:
 * {@link #write} refuses with an {@link UnencodableCharacterException} that names the record, the field and the
 * character; {@link #writeReplacing} writes {@code ?} in its place and reports every replacement in
 * {@link Written#replacements()} so the caller can warn the user. UTF-8 holds every character; its report is always
 * empty (lone surrogates, which are not text, are refused by {@code write} and replaced by {@code writeReplacing} in
 * both encodings).
 * <p>
 * This API is shared by every read model that exports (the ledger, annual figures, subsidies): keep it small and
 * stable.
 */
public final class Csv {

    /** The Shift_JIS charset used: Windows' code page 932. */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    /** JIS X 0208 → Windows (cp932) forms of the same characters. */
    private static final Map<Character, Character> TO_WINDOWS_FORM = Map.of(
            '\u301C', '\uFF5E', // 〜 wave dash → ～ fullwidth tilde
            '\u2212', '\uFF0D', // − minus sign → － fullwidth hyphen-minus
            '\u2016', '\u2225', // ‖ double vertical line → ∥ parallel to
            '\u2014', '\u2015', // — em dash → ― horizontal bar
            '\u00A2', '\uFFE0', // ¢ → ￠
            '\u00A3', '\uFFE1', // £ → ￡
            '\u00AC', '\uFFE2', // ¬ → ￢
            '\u00A6', '\uFFE4'); // ¦ → ￤

    private Csv() {
    }

    /**
     * One character that could not be written and was replaced by {@code ?}.
     *
     * @param record    the record, 1-based: 1 is the header, 2 the first row
     * @param field     the field within the record, 1-based
     * @param codePoint the character's Unicode code point
     */
    public record Replacement(int record, int field, int codePoint) {
        /** The character itself, e.g. "𠮷". */
        public String character() {
            return new String(Character.toChars(codePoint));
        }

        /** e.g. "U+20BB7 (𠮷) in record 3, field 2". */
        public String describe() {
            return String.format("U+%04X (%s) in record %d, field %d", codePoint, character(), record, field);
        }
    }

    /**
     * The bytes of a CSV file and the characters replaced while writing it (empty when nothing was replaced).
     */
    public record Written(byte[] bytes, List<Replacement> replacements) {
        public Written {
            replacements = List.copyOf(replacements);
        }

        public boolean complete() {
            return replacements.isEmpty();
        }
    }

    /** Refusal of {@link #write}: a character the chosen encoding cannot hold. */
    public static final class UnencodableCharacterException extends IllegalArgumentException {
        private final transient Replacement at;

        UnencodableCharacterException(Replacement at, CsvEncoding encoding) {
            super(String.format("%s では書き出せない文字があります: %s の %d 行目 %d 列目 / cannot write U+%04X (%s) as %s: record %d, field %d",
                    encoding == CsvEncoding.SHIFT_JIS ? "Shift_JIS" : "UTF-8", at.character(), at.record(), at.field(),
                    at.codePoint(), at.character(), encoding, at.record(), at.field()));
            this.at = at;
        }

        /** Where and which character. */
        public Replacement at() {
            return at;
        }
    }

    /**
     * Writes a CSV file, refusing when a character cannot be encoded.
     *
     * @param header   the first record (column names); {@code null} or empty for a file without a header
     * @param rows     the records after the header
     * @param encoding {@link CsvEncoding#UTF8_BOM} (default) or {@link CsvEncoding#SHIFT_JIS}
     * @return the file's bytes
     * @throws UnencodableCharacterException when a character cannot be written in the encoding
     */
    public static byte[] write(List<String> header, List<List<String>> rows, CsvEncoding encoding) {
        return encode(header, rows, encoding, false).bytes();
    }

    /**
     * Writes a CSV file, replacing each character the encoding cannot hold by {@code ?} and reporting it.
     *
     * @return the bytes and the list of replacements (show a warning when it is not empty)
     */
    public static Written writeReplacing(List<String> header, List<List<String>> rows, CsvEncoding encoding) {
        return encode(header, rows, encoding, true);
    }

    /** Writes with {@link CsvEncoding#UTF8_BOM}. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        return write(header, rows, CsvEncoding.UTF8_BOM);
    }

    /** The text of one field as it appears in the file (quoted when needed). */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static Written encode(List<String> header, List<List<String>> rows, CsvEncoding encoding, boolean replace) {
        CsvEncoding enc = encoding == null ? CsvEncoding.UTF8_BOM : encoding;
        Charset charset = enc == CsvEncoding.SHIFT_JIS ? SHIFT_JIS : StandardCharsets.UTF_8;
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (enc == CsvEncoding.UTF8_BOM) {
            out.writeBytes(BOM);
        }
        List<Replacement> replaced = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        if (header != null && !header.isEmpty()) {
            records.add(header);
        }
        if (rows != null) {
            records.addAll(rows);
        }
        int recordNo = header != null && !header.isEmpty() ? 0 : 1;
        for (List<String> record : records) {
            recordNo++;
            List<String> fields = record == null ? List.of() : record;
            for (int f = 0; f < fields.size(); f++) {
                if (f > 0) {
                    out.write(',');
                }
                String text = field(enc == CsvEncoding.SHIFT_JIS ? toWindowsForm(fields.get(f)) : fields.get(f));
                writeText(out, text, encoder, recordNo, f + 1, enc, replace, replaced);
            }
            writeText(out, CRLF, encoder, recordNo, 0, enc, replace, replaced);
        }
        return new Written(out.toByteArray(), replaced);
    }

    private static void writeText(ByteArrayOutputStream out, String text, CharsetEncoder encoder, int record, int field,
                                  CsvEncoding enc, boolean replace, List<Replacement> replaced) {
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(text));
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            return;
        } catch (CharacterCodingException e) {
            // fall through: find the characters at fault one by one
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String one = text.substring(i, i + len);
            encoder.reset();
            boolean ok = !(Character.isSurrogate(one.charAt(0)) && len == 1) && encoder.canEncode(one);
            if (ok) {
                out.writeBytes(one.getBytes(encoder.charset()));
            } else {
                Replacement r = new Replacement(record, field, cp);
                if (!replace) {
                    throw new UnencodableCharacterException(r, enc);
                }
                replaced.add(r);
                out.write('?');
            }
            i += len;
        }
    }

    /** Replaces the JIS X 0208 forms that cp932 writes differently by their Windows forms (see the class comment). */
    static String toWindowsForm(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            Character w = TO_WINDOWS_FORM.get(value.charAt(i));
            if (w != null) {
                if (sb == null) {
                    sb = new StringBuilder(value);
                }
                sb.setCharAt(i, w);
            }
        }
        return sb == null ? value : sb.toString();
    }
}
