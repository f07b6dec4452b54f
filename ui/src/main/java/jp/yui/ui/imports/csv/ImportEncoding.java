package jp.yui.ui.imports.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of an imported file: UTF-8 (with or without a byte-order mark) or Shift_JIS as Excel saves
 * it on Windows (windows-31j / CP932, which includes ①, ㈱, 髙 and the like), or {@link #AUTO}: a BOM means UTF-8,
 * text that is valid UTF-8 is UTF-8, anything else is read as windows-31j.
 */
public enum ImportEncoding {
    AUTO,
    UTF_8,
    SHIFT_JIS;

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** The text of a file and the charset it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    /** Reads the bytes; with {@link #AUTO} detects the charset. A BOM is never part of the text. */
    public Decoded decode(byte[] bytes) {
        Charset charset = switch (this) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case SHIFT_JIS -> WINDOWS_31J;
            case AUTO -> detect(bytes);
        };
        int skip = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
        String text = new String(bytes, skip, bytes.length - skip, charset);
        return new Decoded(text, charset);
    }

    /** UTF-8 for a BOM or valid UTF-8, otherwise windows-31j. */
    public static Charset detect(byte[] bytes) {
        if (hasUtf8Bom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_31J;
        }
    }

    /** Parses a request parameter: blank or {@code auto} is AUTO; utf-8/utf8; shift_jis/sjis/windows-31j/cp932. */
    public static ImportEncoding parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        return switch (v) {
            case "auto" -> AUTO;
            case "utf8", "utf8bom" -> UTF_8;
            case "shiftjis", "sjis", "windows31j", "cp932", "ms932" -> SHIFT_JIS;
            default -> throw new IllegalArgumentException("unknown encoding " + value
                    + " (use auto, utf-8 or shift_jis)");
        };
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
