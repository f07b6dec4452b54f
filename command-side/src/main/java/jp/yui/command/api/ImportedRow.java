package jp.yui.command.api;

import java.util.List;

/**
 * One row of an imported file: its row number in the file (the header is row 1, as a spreadsheet shows it) and the
 * commands it stands for, in order — usually one, e.g. {@link HireWorker} and {@link RecordPreviousEmployer} for a
 * worker with a previous employer. The commands are the ordinary command records (AdmitMember,
 * RegisterNonMemberClient, HireWorker, RecordPreviousEmployer, PlanAssignment, RecordActualHours, RecordSeasonalJob) with the
 * cooperative of the import.
 */
public record ImportedRow(int row, List<Object> commands) {

    public ImportedRow {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }

    public static ImportedRow of(int row, Object... commands) {
        return new ImportedRow(row, List.of(commands));
    }
}
