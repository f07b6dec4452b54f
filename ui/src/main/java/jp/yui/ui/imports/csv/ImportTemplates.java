package jp.yui.ui.imports.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The template of each kind: a UTF-8 CSV with a byte-order mark (so Excel in Japan opens it correctly), the
 * Japanese headers and one example row.
 */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    public static byte[] csv(ImportKind kind) {
        String header = line(kind.columns().stream().map(ImportColumn::ja).toList());
        String example = line(kind.columns().stream().map(ImportColumn::example).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes((header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String fileName(ImportKind kind) {
        return "yui-import-" + kind.slug() + ".csv";
    }

    static String line(List<String> fields) {
        return fields.stream().map(ImportTemplates::quote).collect(Collectors.joining(","));
    }

    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
