package jp.yui.command.api;

import java.util.List;

/**
 * The result of {@link ImportRecords}: one outcome per refused row (and per accepted row), whether the rows were
 * recorded ({@code applied}: only when no row was refused and it was not a dry run).
 */
public record ImportSummary(String cooperativeId, String importId, boolean dryRun, boolean applied, int rowCount,
                            List<RowOutcome> outcomes) {

    public ImportSummary {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** The refused rows. */
    public List<RowOutcome> refusals() {
        return outcomes.stream().filter(o -> !o.accepted()).toList();
    }

    public boolean hasRefusals() {
        return outcomes.stream().anyMatch(o -> !o.accepted());
    }

    /**
     * One row's outcome. For a refusal: the rule id or {@code INVALID_INPUT} ({@code code}), the command field at
     * fault where known ({@code field}, e.g. {@code joinedOn}), and the messages; {@code command} is the simple name of
     * the refused command.
     */
    public record RowOutcome(int row, boolean accepted, String command, String code, String field, String messageJa,
                             String messageEn) {

        public static RowOutcome ok(int row) {
            return new RowOutcome(row, true, null, null, null, null, null);
        }
    }
}
