package jp.yui.ui.imports.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.ImportRecords;
import jp.yui.command.api.ImportSummary;
import jp.yui.command.api.ImportedRow;

/**
 * From a CSV file to the {@link ImportRecords} command and back to problems by row and column: used alike by the
 * import screen and the REST API. Pure Java: no Vaadin, no Spring; the command is sent by the caller's function.
 */
public final class CsvImporter {

    private CsvImporter() {
    }

    /** A file read into rows of commands, with every problem found while reading it. */
    public record ParsedImport(ImportKind kind, Charset charset, List<ImportedRow> rows, int dataRows,
                               List<ImportProblem> problems, Map<String, String> headers) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * The outcome shown to the user: every problem (reading and rules), whether it was recorded, and how many data
     * rows the file has.
     */
    public record ImportResult(ImportKind kind, String charset, boolean dryRun, boolean applied, int rowCount,
                               List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads a file of {@code kind}: decodes it, matches the header to the columns, reads every row. */
    public static ParsedImport parse(ImportKind kind, byte[] bytes, ImportEncoding encoding, String cooperativeId) {
        ImportEncoding.Decoded decoded = encoding.decode(bytes);
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvParser.Record> records;
        try {
            records = CsvParser.parse(decoded.text());
        } catch (CsvParser.MalformedCsvException e) {
            problems.add(new ImportProblem(e.row(), null, "CSVとして読めません（引用符 \" が閉じていないなど）",
                    "not valid CSV (" + e.getMessage() + ")"));
            return new ParsedImport(kind, decoded.charset(), List.of(), 0, problems, Map.of());
        }
        int first = 0;
        while (first < records.size() && records.get(first).blank()) {
            first++;
        }
        if (first == records.size()) {
            problems.add(new ImportProblem(0, null, "ファイルが空です", "the file is empty"));
            return new ParsedImport(kind, decoded.charset(), List.of(), 0, problems, Map.of());
        }
        CsvParser.Record header = records.get(first);
        Map<Integer, ImportColumn> byIndex = new HashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, ImportColumn> columns = new LinkedHashMap<>();
        kind.columns().forEach(c -> columns.put(c.key(), c));
        for (int i = 0; i < header.fields().size(); i++) {
            String h = header.fields().get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            ImportColumn column = kind.columns().stream().filter(c -> c.matches(h)).findFirst().orElse(null);
            if (column == null) {
                problems.add(new ImportProblem(header.row(), h, "「" + h + "」は" + kind.label(java.util.Locale.JAPANESE)
                        + "の列ではありません（テンプレートの見出しを使ってください）", "'" + h + "' is not a column of "
                        + kind.label(java.util.Locale.ENGLISH) + " (use the headers of the template)"));
            } else if (headers.containsKey(column.key())) {
                problems.add(new ImportProblem(header.row(), h, "列「" + column.ja() + "」が2回あります",
                        "the column '" + column.en() + "' appears twice"));
            } else {
                byIndex.put(i, column);
                headers.put(column.key(), h);
            }
        }
        for (ImportColumn c : kind.columns()) {
            if (c.required() && !headers.containsKey(c.key())) {
                problems.add(new ImportProblem(header.row(), c.ja(), "必須の列「" + c.ja() + "」がありません",
                        "the required column '" + c.ja() + "' (" + c.en() + ") is missing"));
            }
        }
        if (!problems.isEmpty()) {
            return new ParsedImport(kind, decoded.charset(), List.of(), 0, problems, headers);
        }
        List<ImportedRow> rows = new ArrayList<>();
        int dataRows = 0;
        for (CsvParser.Record record : records.subList(first + 1, records.size())) {
            if (record.blank()) {
                continue;
            }
            dataRows++;
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < record.fields().size(); i++) {
                ImportColumn column = byIndex.get(i);
                String v = record.fields().get(i);
                if (column != null) {
                    values.put(column.key(), v);
                } else if (!v.isBlank()) {
                    problems.add(new ImportProblem(record.row(), null, (i + 1) + "列目は見出しのない列です（「" + v + "」）",
                            "column " + (i + 1) + " has no header ('" + v + "')"));
                }
            }
            ImportRow row = new ImportRow(record.row(), values, headers, columns);
            List<Object> commands;
            try {
                commands = kind.commands(row, cooperativeId);
            } catch (RuntimeException e) {
                row.problem(null, "行を読めません（" + e.getMessage() + "）", "cannot read the row (" + e.getMessage() + ")");
                commands = List.of();
            }
            if (row.ok()) {
                rows.add(new ImportedRow(record.row(), commands));
            }
            problems.addAll(row.problems());
        }
        if (dataRows == 0) {
            problems.add(new ImportProblem(header.row(), null, "データの行がありません", "there are no data rows"));
        }
        return new ParsedImport(kind, decoded.charset(), rows, dataRows, problems, headers);
    }

    /** The aggregate's refusals as problems of the file's rows and columns. */
    public static List<ImportProblem> problemsOf(ParsedImport parsed, ImportSummary summary) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportSummary.RowOutcome o : summary.refusals()) {
            String key = parsed.kind().columnKeyFor(o.command(), o.field());
            String column = key == null ? null : parsed.headers().getOrDefault(key,
                    parsed.kind().columns().stream().filter(c -> c.key().equals(key)).findFirst()
                            .map(ImportColumn::ja).orElse(key));
            String code = o.code() == null || "INVALID_INPUT".equals(o.code()) ? "" : "[" + o.code() + "] ";
            problems.add(new ImportProblem(o.row(), column, code + o.messageJa(), code + o.messageEn()));
        }
        return problems;
    }

    /**
     * The preview ({@code dryRun}) or the import: reading problems and the aggregate's refusals together. A preview
     * judges the rows that could be read even when others could not; an import is sent only for a file without
     * reading problems, and the aggregate records it only when no row is refused.
     *
     * @param send sends the command as the current user and returns its result (may throw
     *             {@link CommandRefusedException} for the import as a whole)
     */
    public static ImportResult run(ParsedImport parsed, String cooperativeId, String importId, boolean dryRun,
                                   Function<ImportRecords, ImportSummary> send) {
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        boolean applied = false;
        boolean judge = dryRun ? !parsed.rows().isEmpty() : !parsed.hasProblems();
        if (judge) {
            try {
                ImportSummary summary = send.apply(new ImportRecords(cooperativeId, importId, dryRun, parsed.rows()));
                problems.addAll(problemsOf(parsed, summary));
                applied = summary.applied();
            } catch (CommandRefusedException e) {
                problems.add(new ImportProblem(0, null, e.messageJa(), e.messageEn()));
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportResult(parsed.kind(), parsed.charset().name(), dryRun, applied, parsed.dataRows(),
                List.copyOf(problems));
    }

    /** Reads and runs in one go. */
    public static ImportResult run(ImportKind kind, byte[] bytes, ImportEncoding encoding, String cooperativeId,
                                   String importId, boolean dryRun, Function<ImportRecords, ImportSummary> send) {
        return run(parse(kind, bytes, encoding, cooperativeId), cooperativeId, importId, dryRun, send);
    }
}
