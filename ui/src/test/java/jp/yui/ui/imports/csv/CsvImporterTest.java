package jp.yui.ui.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.ImportRecords;
import jp.yui.command.api.ImportSummary;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.WorkCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CsvImporterTest {

    private static CsvImporter.ParsedImport parse(ImportKind kind, String csv) {
        return CsvImporter.parse(kind, csv.getBytes(StandardCharsets.UTF_8), ImportEncoding.AUTO, "dozen");
    }

    @Test
    void seasonalJobsWithWeekdaysOrDates() {
        CsvImporter.ParsedImport p = parse(ImportKind.SEASONAL_JOBS,
                "仕事ID,派遣先ID,業務内容,就業場所の市町村コード,開始日,終了日,曜日,日付,祝日は休み,1日の時間,人数,必要な技能,時間単価（円）\n"
                        + "j1,oyster,岩牡蠣の出荷作業,325252,R9.2.1,R9.3.31,月〜金,,はい,7,2,,\"1,100\"\n"
                        + "j2,inn,夏の繁忙期,325261,2026-08-01,2026-08-31,,2026-08-10、2026-08-11,,7:30,1,調理,1200\n"
                        + "j3,inn,読めない曜日,325261,2026-08-01,2026-08-31,月〜xyz,,,8,1,,1000\n");
        // the row with a problem is reported, not turned into a command
        assertThat(p.dataRows()).isEqualTo(3);
        assertThat(p.rows()).hasSize(2);
        jp.yui.command.api.RecordSeasonalJob j1 = (jp.yui.command.api.RecordSeasonalJob) p.rows().get(0).commands().get(0);
        assertThat(j1.jobId()).isEqualTo("j1");
        assertThat(j1.terms().weekdays()).containsExactlyInAnyOrder(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY);
        assertThat(j1.terms().period().from()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(j1.terms().minutesPerDay()).isEqualTo(420);
        assertThat(j1.terms().headcount()).isEqualTo(2);
        assertThat(j1.terms().feePerHourYen()).isEqualTo(1100);
        assertThat(j1.terms().holidaysOff()).isTrue();
        jp.yui.command.api.RecordSeasonalJob j2 = (jp.yui.command.api.RecordSeasonalJob) p.rows().get(1).commands().get(0);
        assertThat(j2.terms().dates()).containsExactlyInAnyOrder(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 11));
        assertThat(j2.terms().weekdays()).isEmpty();
        assertThat(j2.terms().minutesPerDay()).isEqualTo(450);
        assertThat(j2.terms().requiredSkills()).containsExactly("調理");
        assertThat(p.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "曜日"));
    }

    @Test
    void membersInJapaneseHeaders() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS,
                "組合員ID,名称,業種,加入日\r\nfishery,\"隠岐漁業 株式会社, 本社\",漁業,R8.4.1\r\n\r\nｓａｌｔ２,塩工房,,2026/5/1\r\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.dataRows()).isEqualTo(2);
        assertThat(p.rows()).extracting(r -> r.row()).containsExactly(2, 4);
        assertThat(p.rows().get(0).commands()).containsExactly(
                new AdmitMember("dozen", "fishery", "隠岐漁業 株式会社, 本社", "漁業", LocalDate.of(2026, 4, 1)));
        assertThat(p.rows().get(1).commands()).containsExactly(
                new AdmitMember("dozen", "salt2", "塩工房", null, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void englishHeadersInAnyOrderAndCase() {
        CsvImporter.ParsedImport p = parse(ImportKind.NON_MEMBER_CLIENTS,
                "Kind,NAME,client id,Municipality Code\nmunicipality,海士町役場,ama-town2,32525\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows().get(0).commands()).containsExactly(
                new RegisterNonMemberClient("dozen", "ama-town2", "海士町役場", ClientKind.MUNICIPALITY, "325252"));
    }

    @Test
    void shiftJisFile() {
        byte[] sjis = "組合員ID,名称,加入日\r\nfishery,髙橋水産,令和8年4月1日\r\n".getBytes(ImportEncoding.WINDOWS_31J);
        CsvImporter.ParsedImport p = CsvImporter.parse(ImportKind.MEMBERS, sjis, ImportEncoding.AUTO, "dozen");
        assertThat(p.charset()).isEqualTo(ImportEncoding.WINDOWS_31J);
        assertThat(p.problems()).isEmpty();
        assertThat(((AdmitMember) p.rows().get(0).commands().get(0)).name()).isEqualTo("髙橋水産");
    }

    @Test
    void missingUnknownAndDuplicateColumnsAreHeaderProblems() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS, "組合員ID,名称,備考,名称\nfishery,x,y,z\n");
        assertThat(p.rows()).isEmpty();
        assertThat(p.problems()).extracting(ImportProblem::row).containsOnly(1);
        assertThat(p.problems()).extracting(ImportProblem::column).containsExactlyInAnyOrder("備考", "名称", "加入日");
        assertThat(p.problems()).anySatisfy(q -> assertThat(q.messageJa()).contains("必須の列「加入日」"));
    }

    @Test
    void everyBadCellIsReportedByRowAndColumn() {
        CsvImporter.ParsedImport p = parse(ImportKind.WORKERS,
                "職員ID,氏名,生年月日,雇入れ日,雇用形態,住所の市町村コード,前職の派遣先ID,前職の離職日,60歳以上の定年退職\n"
                        + "w10,山田 花子,1995-02-30,R8.4.1,正社員,325252,,,\n"
                        + "w11,,H7.6.15,2026-04-01,無期,ama,setnet,,たぶん\n"
                        + "w12,佐々木 一,H7.6.15,2026-04-01,fixed term,325252,,,\n");
        assertThat(p.rows()).extracting(r -> r.row()).containsExactly(4);
        assertThat(p.problems()).extracting(q -> q.row() + ":" + q.column()).containsExactly(
                "2:生年月日", "2:雇用形態", "3:氏名", "3:住所の市町村コード", "3:前職の離職日", "3:60歳以上の定年退職");
        assertThat(p.problems().get(1).messageJa()).contains("無期雇用");
        assertThat(p.problems().get(1).messageEn()).contains("indefinite");
    }

    @Test
    void workerWithPreviousEmployerIsTwoCommands() {
        CsvImporter.ParsedImport p = parse(ImportKind.WORKERS,
                "職員ID,氏名,生年月日,雇入れ日,雇用形態,契約期間満了日,住所の市町村コード,技能,前職の派遣先ID,前職の離職日,60歳以上の定年退職\n"
                        + "w10,山田 花子,H7.6.15,R8.4.1,有期雇用,R9.3.31,325252,\"漁業、事務\",setnet,2026-03-31,はい\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows().get(0).commands()).containsExactly(
                new HireWorker("dozen", "w10", "山田 花子", LocalDate.of(1995, 6, 15), LocalDate.of(2026, 4, 1),
                        EmploymentType.FIXED_TERM, LocalDate.of(2027, 3, 31), "325252", Set.of("漁業", "事務")),
                new RecordPreviousEmployer("dozen", "w10", "setnet", LocalDate.of(2026, 3, 31), true));
    }

    @Test
    void assignmentWithWeeklyHoursAndHolidaysOff() {
        CsvImporter.ParsedImport p = parse(ImportKind.ASSIGNMENTS,
                "派遣ID,種別,職員ID,派遣先ID,業務内容,就業場所の市町村コード,開始日,終了日,月,火,水,木,金,土,日,祝日を除く,時間単価（円）\n"
                        + "a-101,派遣,w1,setnet,水揚げ,325252,2026-11-01,2026-11-30,8,8,7.5,7:30,8,,,はい,\"1,100\"\n");
        assertThat(p.problems()).isEmpty();
        PlanAssignment c = (PlanAssignment) p.rows().get(0).commands().get(0);
        assertThat(c.kind()).isEqualTo(AssignmentKind.DISPATCH);
        assertThat(c.category()).isEqualTo(WorkCategory.GENERAL);
        assertThat(c.feePerHourYen()).isEqualTo(1100);
        assertThat(c.pattern().weekdayMinutes()).containsEntry(DayOfWeek.WEDNESDAY, 450)
                .containsEntry(DayOfWeek.THURSDAY, 450).doesNotContainKey(DayOfWeek.SATURDAY);
        // 2026-11-03 (文化の日, Tuesday) and 2026-11-23 (勤労感謝の日, Monday) are off
        assertThat(c.pattern().exceptDates()).contains(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 23));
    }

    @Test
    void actualHoursPerDayColumns() {
        CsvImporter.ParsedImport p = parse(ImportKind.ACTUAL_HOURS,
                "派遣ID,年月,1日,2日,3,30日,31日\n"
                        + "a-101,R8.6,8,7.5,,0,\n"
                        + "a-102,2026-06,,,,,8\n");
        assertThat(p.rows()).hasSize(1);
        RecordActualHours c = (RecordActualHours) p.rows().get(0).commands().get(0);
        assertThat(c.month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(c.minutesPerDay()).containsOnlyKeys(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 30));
        assertThat(p.problems()).extracting(q -> q.row() + ":" + q.column()).containsExactly("3:31日");
    }

    @Test
    void emptyFilesAndHeaderOnly() {
        assertThat(parse(ImportKind.MEMBERS, "").problems()).extracting(ImportProblem::row).containsExactly(0);
        assertThat(parse(ImportKind.MEMBERS, "\uFEFF組合員ID,名称,加入日\r\n\r\n").problems())
                .singleElement().satisfies(q -> assertThat(q.messageEn()).contains("no data rows"));
    }

    @Test
    void valuesBeyondTheHeaderAreProblems() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS, "組合員ID,名称,加入日\nfishery,x,2026-04-01,extra\n");
        assertThat(p.problems()).singleElement().satisfies(q -> assertThat(q.row()).isEqualTo(2));
    }

    @Test
    void malformedCsvIsOneProblem() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS, "組合員ID,名称,加入日\nfishery,\"x,2026-04-01\n");
        assertThat(p.problems()).singleElement().satisfies(q -> assertThat(q.row()).isEqualTo(2));
    }

    @Test
    void refusalsOfTheAggregateAreMappedToRowAndColumn() {
        CsvImporter.ParsedImport p = parse(ImportKind.WORKERS,
                "職員ID,氏名,生年月日,雇入れ日,雇用形態,住所の市町村コード,前職の派遣先ID,前職の離職日\n"
                        + "w10,山田 花子,H7.6.15,R8.4.1,無期,325252,setnet,2026-03-31\n"
                        + "w11,山田 次郎,H7.6.15,R8.4.1,無期,325252,,\n");
        List<ImportRecords> sent = new ArrayList<>();
        CsvImporter.ImportResult r = CsvImporter.run(p, "dozen", "imp", true, c -> {
            sent.add(c);
            return new ImportSummary("dozen", c.importId(), c.dryRun(), false, 2, List.of(
                    new ImportSummary.RowOutcome(2, false, "RecordPreviousEmployer", "INVALID_INPUT", "leftOn",
                            "leftOn: 前職の離職日は…", "leftOn: the leaving date…"),
                    new ImportSummary.RowOutcome(3, false, "HireWorker", "R-WORK-9", null, "規則違反", "rule")));
        });
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.dryRun()).isTrue());
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(q -> q.row() + ":" + q.column()).containsExactly("2:前職の離職日", "3:null");
        assertThat(r.problems().get(1).messageJa()).startsWith("[R-WORK-9]");
    }

    @Test
    void anImportIsNotSentWhileTheFileHasReadingProblems() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS, "組合員ID,名称,加入日\nfishery,x,昨日\nb,y,2026-04-01\n");
        List<ImportRecords> sent = new ArrayList<>();
        CsvImporter.ImportResult r = CsvImporter.run(p, "dozen", "imp", false, c -> {
            sent.add(c);
            throw new AssertionError();
        });
        assertThat(sent).isEmpty();
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).hasSize(1);
    }

    @Test
    void aPreviewJudgesTheReadableRowsToo() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS, "組合員ID,名称,加入日\nfishery,x,昨日\nb,y,2026-04-01\n");
        List<ImportRecords> sent = new ArrayList<>();
        CsvImporter.ImportResult r = CsvImporter.run(p, "dozen", "imp", true, c -> {
            sent.add(c);
            return new ImportSummary("dozen", "imp", true, false, 1, List.of(ImportSummary.RowOutcome.ok(3)));
        });
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.rows()).hasSize(1));
        assertThat(r.problems()).hasSize(1);
    }

    @Test
    void aRefusalOfTheWholeImportIsAProblemOfRowZero() {
        CsvImporter.ParsedImport p = parse(ImportKind.MEMBERS, "組合員ID,名称,加入日\nfishery,x,2026-04-01\n");
        CsvImporter.ImportResult r = CsvImporter.run(p, "dozen", "imp", false, c -> {
            throw new InvalidCommandException("rows", "多すぎます", "too many");
        });
        assertThat(r.problems()).singleElement().satisfies(q -> assertThat(q.row()).isZero());
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void templatesHaveABomTheJapaneseHeadersAndAnExampleRowThatReads(ImportKind kind) {
        byte[] t = ImportTemplates.csv(kind);
        assertThat(t[0] & 0xFF).isEqualTo(0xEF);
        CsvImporter.ParsedImport p = CsvImporter.parse(kind, t, ImportEncoding.AUTO, "dozen");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).hasSize(1);
        assertThat(new String(t, StandardCharsets.UTF_8)).contains(kind.columns().get(0).ja());
    }

    @Test
    void kindsBySlug() {
        assertThat(ImportKind.of("actual-hours")).contains(ImportKind.ACTUAL_HOURS);
        assertThat(ImportKind.of("MEMBERS")).contains(ImportKind.MEMBERS);
        assertThat(ImportKind.of("jobs")).isEmpty();
    }
}
