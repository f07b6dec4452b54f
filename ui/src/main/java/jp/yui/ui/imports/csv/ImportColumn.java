package jp.yui.ui.imports.csv;

import java.util.List;

/**
 * A column of an import file: its key, its Japanese header (used in templates) and English header (also accepted),
 * further accepted headers, whether it must be present and filled, an example value for the template, and the
 * command fields it feeds (as {@code Command.field} or {@code field}) so that refusals can name the column.
 */
public record ImportColumn(String key, String ja, String en, boolean required, String example, List<String> fields,
                           List<String> aliases) {

    public ImportColumn {
        fields = List.copyOf(fields);
        aliases = List.copyOf(aliases);
    }

    static ImportColumn required(String key, String ja, String en, String example, String... fields) {
        return new ImportColumn(key, ja, en, true, example, List.of(fields), List.of());
    }

    static ImportColumn optional(String key, String ja, String en, String example, String... fields) {
        return new ImportColumn(key, ja, en, false, example, List.of(fields), List.of());
    }

    ImportColumn alias(String... more) {
        return new ImportColumn(key, ja, en, required, example, fields, List.of(more));
    }

    /** Whether a header names this column (Japanese, English, the key or an alias; case, spaces and width ignored). */
    public boolean matches(String header) {
        String h = Cells.key(header);
        if (h.isEmpty()) {
            return false;
        }
        if (h.equals(Cells.key(ja)) || h.equals(Cells.key(en)) || h.equals(Cells.key(key))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> h.equals(Cells.key(a)));
    }
}
