package jp.yui.ui.imports.csv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data row being read: gives each column's value in the wanted type and records a problem (row, column,
 * messages) for every value that is missing or cannot be read, returning {@code null} for it.
 */
public final class ImportRow {

    private final int row;
    private final Map<String, String> values;
    private final Map<String, String> headers;
    private final Map<String, ImportColumn> columns;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportRow(int row, Map<String, String> values, Map<String, String> headers, Map<String, ImportColumn> columns) {
        this.row = row;
        this.values = values;
        this.headers = headers;
        this.columns = columns;
    }

    public int row() {
        return row;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    String header(String key) {
        String h = headers.get(key);
        return h != null ? h : columns.get(key).ja();
    }

    void problem(String key, String ja, String en) {
        problems.add(new ImportProblem(row, key == null ? null : header(key), ja, en));
    }

    private String raw(String key) {
        String v = values.get(key);
        return v == null ? "" : v;
    }

    private boolean blank(String key, boolean required) {
        if (!raw(key).isBlank()) {
            return false;
        }
        if (required) {
            problem(key, "入力が必要です", "a value is required");
        }
        return true;
    }

    /** Text as written (trimmed), null when blank. */
    public String text(String key, boolean required) {
        return blank(key, required) ? null : raw(key).strip();
    }

    /** An identifier: full-width letters and digits made ASCII, trimmed. */
    public String id(String key) {
        return blank(key, true) ? null : Cells.normalize(raw(key));
    }

    public LocalDate date(String key, boolean required) {
        if (blank(key, required)) {
            return null;
        }
        try {
            return Cells.date(raw(key));
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    public YearMonth month(String key) {
        if (blank(key, true)) {
            return null;
        }
        try {
            return Cells.month(raw(key));
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    public Long integer(String key, boolean required) {
        if (blank(key, required)) {
            return null;
        }
        try {
            return Cells.integer(raw(key));
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    /** Minutes from hours; blank is null. */
    public Integer minutes(String key) {
        if (blank(key, false)) {
            return null;
        }
        try {
            return Cells.minutesFromHours(raw(key));
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    public Boolean yesNo(String key, boolean whenBlank) {
        try {
            return Cells.yesNo(raw(key), whenBlank);
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type, Map<String, E> labels, boolean required) {
        if (blank(key, required)) {
            return null;
        }
        try {
            return Cells.choice(raw(key), type, labels);
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    public String municipality(String key, boolean required) {
        if (blank(key, required)) {
            return null;
        }
        try {
            return Cells.municipalityCode(raw(key));
        } catch (Cells.CellException e) {
            problem(key, e.messageJa(), e.messageEn());
            return null;
        }
    }

    /** A list in one cell, separated by 、 , ; / (and their full-width forms). */
    public Set<String> list(String key) {
        Set<String> items = new LinkedHashSet<>();
        for (String s : raw(key).split("[、,，;；/／]")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        return items;
    }

    public boolean isBlank(String key) {
        return raw(key).isBlank();
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
