package jp.yui.command.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Command — 一括取り込み: the rows of one imported file (members, clients, workers, assignments, actual results),
 * judged together and all-or-nothing. Every row's commands go through the same rules as the single commands; if any
 * row is refused nothing is recorded, and the {@link ImportSummary} lists every row's outcome. With {@code dryRun}
 * nothing is recorded either way (the preview).
 *
 * @param importId an id of this import chosen by the caller (echoed in the summary, for the log)
 * @param rows     the rows in file order; later rows see what earlier rows did (hire, then plan)
 */
public record ImportRecords(@TargetAggregateIdentifier String cooperativeId, String importId, boolean dryRun,
                            List<ImportedRow> rows) {

    public ImportRecords {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
