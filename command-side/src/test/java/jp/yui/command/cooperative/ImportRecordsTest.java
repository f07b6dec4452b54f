package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.AMA;
import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.Demo.history;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.ImportRecords;
import jp.yui.command.api.ImportSummary;
import jp.yui.command.api.ImportedRow;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.WorkerHired;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ImportRecords: the same events as the single commands, all-or-nothing, dry runs record nothing. */
class ImportRecordsTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static HireWorker hire(String id, String name) {
        return new HireWorker(COOP, id, name, d("1990-01-01"), d("2026-04-01"), EmploymentType.INDEFINITE, null, AMA,
                Set.of("漁業"));
    }

    private static WorkerHired hired(String id, String name) {
        return new WorkerHired(COOP, id, name, d("1990-01-01"), d("2026-04-01"), EmploymentType.INDEFINITE, null, AMA,
                Set.of("漁業"));
    }

    @Test
    @DisplayName("valid rows: every row's events, exactly as the single commands produce them, in file order")
    void happyPath() {
        ImportRecords c = new ImportRecords(COOP, "imp-1", false, List.of(
                ImportedRow.of(2, new AdmitMember(COOP, "fish", "隠岐漁業 株式会社", "漁業", d("2026-04-01"))),
                ImportedRow.of(3, new RegisterNonMemberClient(COOP, "shop", "島の商店", ClientKind.BUSINESS, null)),
                ImportedRow.of(4, hire("w20", "新人 一郎"),
                        new RecordPreviousEmployer(COOP, "w20", "fish", d("2026-03-31"), false))));
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new MemberAdmitted(COOP, "fish", "隠岐漁業 株式会社", "漁業", d("2026-04-01")),
                        new NonMemberClientRegistered(COOP, "shop", "島の商店", ClientKind.BUSINESS, null),
                        hired("w20", "新人 一郎"),
                        new PreviousEmployerRecorded(COOP, "w20", "fish", d("2026-03-31"), false))
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<ImportSummary>("applied") {
                    @Override
                    protected boolean matchesSafely(ImportSummary s) {
                        return s.applied() && !s.dryRun() && s.rowCount() == 3 && !s.hasRefusals()
                                && "imp-1".equals(s.importId());
                    }
                });
    }

    @Test
    @DisplayName("seasonal jobs are imported through RecordSeasonalJob: the same event as the planner's form")
    void seasonalJobs() {
        jp.yui.command.api.SeasonalJobTerms terms = new jp.yui.command.api.SeasonalJobTerms("process", "水産加工ライン",
                jp.yui.command.api.WorkCategory.GENERAL, null, "325252",
                new jp.yui.command.api.Period(d("2026-07-01"), d("2026-09-30")),
                java.util.Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY), java.util.Set.of(), true,
                480, 2, java.util.Set.of(), 1100);
        fixture.given(history())
                .when(new ImportRecords(COOP, "imp-jobs", false, List.of(
                        ImportedRow.of(2, new jp.yui.command.api.RecordSeasonalJob(COOP, "j-import-1", terms)))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new jp.yui.command.api.SeasonalJobRecorded(COOP, "j-import-1", terms));
    }

    @Test
    @DisplayName("later rows see earlier rows: hire, plan and record actual hours in one file")
    void laterRowsSeeEarlierOnes() {
        PlanAssignment plan = Demo.plan("imp-a1", "w20", "process", "2026-06-01", "2026-06-30", Demo.weekdays(6));
        RecordActualHours actual = new RecordActualHours(COOP, "imp-a1", YearMonth.of(2026, 6),
                Map.of(d("2026-06-01"), 360, d("2026-06-02"), 300));
        fixture.given(history())
                .when(new ImportRecords(COOP, "imp-2", false, List.of(
                        ImportedRow.of(2, hire("w20", "新人 一郎")),
                        ImportedRow.of(3, plan),
                        ImportedRow.of(4, actual))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(hired("w20", "新人 一郎"), Demo.planned(plan),
                        new ActualHoursRecorded(COOP, "imp-a1", YearMonth.of(2026, 6),
                                Map.of(d("2026-06-01"), 360, d("2026-06-02"), 300)));
    }

    @Test
    @DisplayName("one refused row: nothing is recorded, and the summary names that row, its rule and field")
    void oneBadRowNothingRecorded() {
        ImportRecords c = new ImportRecords(COOP, "imp-3", false, List.of(
                ImportedRow.of(2, new AdmitMember(COOP, "fish", "隠岐漁業 株式会社", null, d("2026-04-01"))),
                ImportedRow.of(3, hire("w20", "新人 一郎")),
                // w7 is fixed-term: R-WORK-1 refuses any dispatch
                ImportedRow.of(4, Demo.plan("imp-a2", "w7", "process", "2026-07-06", "2026-07-10", Demo.weekdays(8))),
                ImportedRow.of(5, new AdmitMember(COOP, "setnet", null, null, d("2026-05-01")))));
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<ImportSummary>("refusals") {
                    @Override
                    protected boolean matchesSafely(ImportSummary s) {
                        assertThat(s.applied()).isFalse();
                        assertThat(s.rowCount()).isEqualTo(4);
                        assertThat(s.refusals()).extracting(ImportSummary.RowOutcome::row).containsExactly(4, 5);
                        assertThat(s.refusals().get(0).code()).isEqualTo("R-WORK-1");
                        assertThat(s.refusals().get(0).command()).isEqualTo("PlanAssignment");
                        assertThat(s.refusals().get(1).field()).isEqualTo("joinedOn");
                        assertThat(s.refusals().get(1).messageJa()).contains("既に組合員");
                        return true;
                    }
                });
    }

    @Test
    @DisplayName("a row refers to a row before it that was refused: both reported, nothing recorded")
    void cascadeReported() {
        fixture.given(history())
                .when(new ImportRecords(COOP, "imp-4", false, List.of(
                        ImportedRow.of(2, new HireWorker(COOP, "w21", "若すぎ", d("2020-01-01"), d("2026-04-01"),
                                EmploymentType.INDEFINITE, null, AMA, Set.of())),
                        ImportedRow.of(3, new RecordPreviousEmployer(COOP, "w21", "setnet", d("2026-03-01"), false)))))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<ImportSummary>("rows") {
                    @Override
                    protected boolean matchesSafely(ImportSummary s) {
                        assertThat(s.refusals()).extracting(ImportSummary.RowOutcome::row).containsExactly(2, 3);
                        assertThat(s.refusals().get(0).field()).isEqualTo("birthDate");
                        assertThat(s.refusals().get(1).field()).isEqualTo("workerId");
                        return true;
                    }
                });
    }

    @Test
    @DisplayName("dry run of valid rows: accepted, nothing recorded")
    void dryRunRecordsNothing() {
        fixture.given(history())
                .when(new ImportRecords(COOP, "imp-5", true, List.of(
                        ImportedRow.of(2, new AdmitMember(COOP, "fish", "隠岐漁業 株式会社", null, d("2026-04-01"))),
                        ImportedRow.of(3, hire("w20", "新人 一郎")))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<ImportSummary>("dry") {
                    @Override
                    protected boolean matchesSafely(ImportSummary s) {
                        return s.dryRun() && !s.applied() && !s.hasRefusals() && s.outcomes().size() == 2;
                    }
                });
    }

    @Test
    @DisplayName("the dry run does not change the aggregate: the same rows import afterwards")
    void dryRunThenImport() {
        fixture.given(history())
                .andGivenCommands(new ImportRecords(COOP, "imp-6", true, List.of(
                        ImportedRow.of(2, hire("w20", "新人 一郎")))))
                .when(new ImportRecords(COOP, "imp-6", false, List.of(ImportedRow.of(2, hire("w20", "新人 一郎")))))
                .expectEvents(hired("w20", "新人 一郎"));
    }

    @Test
    @DisplayName("a row of another cooperative is refused")
    void otherCooperativeRefused() {
        fixture.given(history())
                .when(new ImportRecords(COOP, "imp-7", false, List.of(
                        ImportedRow.of(2, new AdmitMember("other", "fish", "隠岐漁業", null, d("2026-04-01"))))))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<ImportSummary>("other") {
                    @Override
                    protected boolean matchesSafely(ImportSummary s) {
                        return s.refusals().size() == 1 && "cooperativeId".equals(s.refusals().get(0).field());
                    }
                });
    }

    @Test
    @DisplayName("a file of 60 workers and 60 assignments is judged and recorded in one command")
    void manyRows() {
        List<ImportedRow> rows = new java.util.ArrayList<>();
        int row = 2;
        for (int i = 0; i < 60; i++) {
            rows.add(ImportedRow.of(row++, hire("bulk-w" + i, "職員 " + i)));
        }
        for (int i = 0; i < 60; i++) {
            rows.add(ImportedRow.of(row++, Demo.plan("bulk-a" + i, "bulk-w" + i, i % 2 == 0 ? "process" : "setnet",
                    "2026-12-01", "2026-12-04", Demo.weekdays(2))));
        }
        fixture.given(history())
                .when(new ImportRecords(COOP, "bulk", false, rows))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<ImportSummary>("applied") {
                    @Override
                    protected boolean matchesSafely(ImportSummary s) {
                        return s.applied() && s.rowCount() == 120;
                    }
                });
    }
}
