package jp.yui.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.yui.command.api.WorkerHired;
import jp.yui.query.export.Csv;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.export.Rfc4180Reader;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerExportTest {

    /** 2026-06-01 12:00 in Tokyo. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), LedgerQueries.ZONE);

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final LedgerProjection projection = new LedgerProjection(jdbc);
    private final LedgerQueries queries = new LedgerQueries(jdbc, TODAY);

    private LedgerFixture given() {
        LedgerFixture f = new LedgerFixture();
        Events.to(projection).given(f.history().toArray());
        return f;
    }

    @Test
    void csvInUtf8WithBomHasTheJapaneseHeaderAndOneRowPerEntry() {
        LedgerFixture f = given();

        byte[] bytes = queries.handle(new ExportLedgerCsv(f.coop, null, null));

        List<List<String>> records = Rfc4180Reader.parseUtf8WithBom(bytes);
        assertThat(records.get(0)).isEqualTo(LedgerDocuments.CSV_HEADER);
        assertThat(records.get(0)).startsWith("派遣ID", "状態", "派遣労働者氏名");
        assertThat(records).hasSize(4);
        assertThat(records.get(2)).containsExactly("A-1", "派遣中", "山田 花子", "無期雇用（2020-04-01から）", "非該当（59歳）",
                "該当（60歳）", "海士いわがき生産", "海士町", "出荷課", "2026-04-01", "2026-07-31", "月・水・金 各8時間（除外日3日）",
                "50", "3", "23時間30分", "8:00", "17:00", "60", "岩牡蠣の出荷作業", "補助的業務（指揮命令者の指示による）", "田中 太郎",
                "鈴木 次郎",
                "1か月45時間・1年360時間、特別条項: 1年720時間以内・1か月100時間未満（休日労働を含む）・1か月45時間超は年6回まで",
                "2026-05-20 受付: 休憩室が狭い ／ 処理: 派遣先と協議し改善した", "健康保険: 有、厚生年金: 有、雇用保険: 有",
                "2026-03-15 キャリアコンサルティング キャリア面談（1時間）\n2026-04-02 教育訓練 安全衛生教育（2時間）", "",
                "2029-07-31");
        assertThat(records.get(3)).startsWith("A-2", "取消", "山田 花子");
        assertThat(records.get(3).get(26)).isEqualTo("町の事業中止");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksSoTheyReadBackUnchanged() {
        LedgerFixture f = given();

        byte[] bytes = queries.handle(new ExportLedgerCsv(f.coop, "W-2", CsvEncoding.UTF8_BOM));

        String raw = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).contains("\"2026-05-25 受付: 休憩室が狭い、\"\"改善\"\"を希望,\n再発防止を求む ／ 処理: 未記録\"");
        List<List<String>> records = Rfc4180Reader.parseUtf8WithBom(bytes);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(2)).isEqualTo("佐藤 一郎");
        assertThat(records.get(1).get(23)).isEqualTo("2026-05-25 受付: " + LedgerFixture.TRICKY_COMPLAINT + " ／ 処理: 未記録");
    }

    @Test
    void csvInShiftJisDecodesWithoutBom() {
        LedgerFixture f = given();

        byte[] bytes = queries.handle(new ExportLedgerCsv(f.coop, null, CsvEncoding.SHIFT_JIS));

        assertThat(bytes[0] & 0xFF).isNotEqualTo(0xEF);
        List<List<String>> records = Rfc4180Reader.parseShiftJis(bytes);
        assertThat(records.get(0)).isEqualTo(LedgerDocuments.CSV_HEADER);
        assertThat(records).extracting(r -> r.get(2)).containsExactly("派遣労働者氏名", "佐藤 一郎", "山田 花子", "山田 花子");
        // 〜 in the working days is written as its Shift_JIS (Windows) form ～
        assertThat(records.get(1).get(11)).isEqualTo("月～金 各8時間、土 4時間");
    }

    @Test
    void csvInShiftJisRefusesACharacterItCannotHoldAndNamesIt() {
        LedgerFixture f = new LedgerFixture();
        List<Object> events = new java.util.ArrayList<>(f.history());
        events.add(new WorkerHired(f.coop, "W-3", "𠮷田 太郎", java.time.LocalDate.of(1990, 1, 1),
                java.time.LocalDate.of(2024, 4, 1), jp.yui.command.api.EmploymentType.INDEFINITE, null, "325252",
                java.util.Set.of()));
        events.add(new jp.yui.command.api.AssignmentPlanned(f.coop, "A-5", jp.yui.command.api.AssignmentKind.DISPATCH,
                "W-3", "CL-1", "出荷", jp.yui.command.api.WorkCategory.GENERAL, null, "325252",
                jp.yui.command.api.Period.of(java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 5, 31)),
                jp.yui.command.api.WorkPattern.weekly(480, java.time.DayOfWeek.MONDAY), 1100));
        Events.to(projection).given(events.toArray());

        assertThatThrownBy(() -> queries.handle(new ExportLedgerCsv(f.coop, "W-3", CsvEncoding.SHIFT_JIS)))
                .isInstanceOf(Csv.UnencodableCharacterException.class)
                .hasMessageContaining("U+20BB7")
                .hasMessageContaining("record 2, field 3");
        // UTF-8 keeps it
        assertThat(Rfc4180Reader.parseUtf8WithBom(queries.handle(new ExportLedgerCsv(f.coop, "W-3", CsvEncoding.UTF8_BOM)))
                .get(1).get(2)).isEqualTo("𠮷田 太郎");
    }

    @Test
    void pdfHasOneSectionPerWorkerWithNamesClientsAndReiwaDates() throws IOException {
        LedgerFixture f = given();

        byte[] pdf = queries.handle(new ExportLedgerPdf(f.coop, null));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("派遣元管理台帳", "島前マルチワーク事業協同組合", "出力日 令和8年6月1日（2026-06-01）",
                    "佐藤 一郎（W-2）", "山田 花子（W-1）", "海士いわがき生産", "海士町役場", "西ノ島観光",
                    "令和8年4月1日（2026-04-01） 〜 令和8年7月31日（2026-07-31）", "昭和41年5月10日（1966-05-10）",
                    "月・水・金 各8時間（除外日3日）", "田中 太郎", "鈴木 次郎", "安全衛生教育", "キャリアコンサルティング",
                    "町の事業中止", "令和11年7月31日（2029-07-31）");
            assertThat(text).doesNotContain("遊歩道の整備"); // the secondment
            // one worker per page
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertThat(first.getText(doc)).contains("佐藤 一郎").doesNotContain("山田 花子");
        }
    }

    @Test
    void pdfOfOneWorkerAndOfAnEmptyLedger() throws IOException {
        LedgerFixture f = given();

        try (PDDocument doc = Loader.loadPDF(queries.handle(new ExportLedgerPdf(f.coop, "W-1")))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("山田 花子").doesNotContain("佐藤 一郎");
        }
        try (PDDocument doc = Loader.loadPDF(queries.handle(new ExportLedgerPdf(f.coop, "W-unknown")))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("台帳に記載する派遣はありません");
        }
    }
}
