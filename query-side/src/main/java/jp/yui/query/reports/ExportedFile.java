package jp.yui.query.reports;

import java.util.List;

/**
 * A file produced by an export query: its suggested name, MIME type and bytes, and warnings (e.g. characters that
 * Shift_JIS cannot hold and were written as {@code ?}; empty when nothing was lost).
 */
public record ExportedFile(String fileName, String contentType, byte[] content, List<String> warnings) {

    public static final String CSV = "text/csv";
    public static final String PDF = "application/pdf";

    public ExportedFile {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
