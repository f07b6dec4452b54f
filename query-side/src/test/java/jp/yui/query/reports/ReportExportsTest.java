package jp.yui.query.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.export.Csv;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The CSV files (UTF-8 with BOM, Shift_JIS) and the PDF of the annual figures, read back. */
class ReportExportsTest {

    static final String COOP = "rpt-export";

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private ReportsQueryHandler queries;

    @BeforeEach
    void setUp() {
        ReportsProjection projection = new ReportsProjection(jdbc);
        projection.reset();
        queries = new ReportsQueryHandler(jdbc, CapLaw.defaults(), AnnualReportTest.CLOCK);
        Events feed = Events.to(projection).as("manager").at(Instant.parse("2027-04-05T00:00:00Z"));
        feed.given(ReportEvents.year2026(COOP).toArray());
        feed.given(new BusinessYearClosed(COOP, 2026, ReportEvents.d("2026-04-01"), ReportEvents.d("2027-03-31"),
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS,
                new UsageFigures(new Usage(31_980, 34_122_000), new Usage(1_680, 2_016_000), new Usage(14_280, 15_744_000)),
                new BigDecimal("44.7"), new BigDecimal("49.9"), false, 1));
    }

    @Test
    @DisplayName("annual report CSV, UTF-8 with BOM: the figures read back exactly")
    void annualCsvUtf8() {
        ExportedFile f = queries.handle(new ExportAnnualReportCsv(COOP, 2026, CsvEncoding.UTF8_BOM));
        assertThat(f.fileName()).isEqualTo("annual-report-rpt-export-2026-utf8.csv");
        assertThat(f.contentType()).isEqualTo("text/csv");
        assertThat(f.warnings()).isEmpty();
        assertThat(Arrays.copyOf(f.content(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(f.content(), 3, f.content().length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<List<String>> csv = CsvReader.parse(text);

        List<List<String>> head = CsvReader.section(csv, "事業報告書");
        assertThat(head).contains(List.of("組合名", "島前テスト事業協同組合"),
                List.of("事業年度", "令和8年度（2026年度）"),
                List.of("期間", "令和8年4月1日（2026-04-01）〜令和9年3月31日（2027-03-31）"),
                List.of("締めの状態", "締め済み"),
                List.of("実績の月", "2026-04 2027-01"));
        assertThat(CsvReader.section(csv, "利用区分別")).containsExactly(
                List.of("利用区分", "派遣時間（時間）", "派遣時間（分）", "派遣料金（円）", "派遣職員数", "派遣先数"),
                List.of("組合員", "533.00", "31980", "568700", "2", "2"),
                List.of("関係市町村等", "28.00", "1680", "33600", "1", "1"),
                List.of("その他の員外", "238.00", "14280", "262400", "2", "3"),
                List.of("合計", "799.00", "47940", "864700", "3", ""));
        assertThat(CsvReader.section(csv, "組合員の利用に対する割合")).contains(
                List.of("HOURS", "44.7", "49.9", "○"), List.of("FEES", "46.1", "52.0", ""));
        assertThat(CsvReader.section(csv, "派遣先別")).contains(
                List.of("salt", "海士の塩工房", "事業者", "その他の員外", "2026-09-01", "2026-09-30", "176.00", "10560",
                        "176000", "1", "", "2026-09"),
                List.of("salt", "海士の塩工房", "事業者", "組合員", "2026-10-01", "2026-10-30", "176.00", "10560",
                        "176000", "1", "", "2026-10"));
        assertThat(CsvReader.section(csv, "月別")).hasSize(13).contains(
                List.of("2026-04", "実績", "13.00", "0.00", "0.00", "14300", "0", "0"));
        assertThat(CsvReader.section(csv, "締めの確定値").get(1)).startsWith("1", "2027-04-05 09:00", "manager",
                "R-CAP-2", "HOURS", "533.00", "28.00", "238.00");
        assertThat(CsvReader.section(csv, "在籍型出向")).containsExactly(
                List.of("派遣ID", "職員", "出向先", "業務", "開始日", "終了日", "時間", "料金（円）"),
                List.of("a6", "高橋 美咲", "西ノ島建設 株式会社", "林業の地拵え", "2026-10-01", "2026-10-31", "176.00", "228800"));
    }

    @Test
    @DisplayName("annual report CSV, Shift_JIS: decodes as windows-31j, 〜 written in its Windows form")
    void annualCsvShiftJis() {
        ExportedFile f = queries.handle(new ExportAnnualReportCsv(COOP, 2026, CsvEncoding.SHIFT_JIS));
        assertThat(f.fileName()).endsWith("-sjis.csv");
        assertThat(f.content()[0]).isNotEqualTo((byte) 0xEF);
        List<List<String>> csv = CsvReader.parse(new String(f.content(), Csv.SHIFT_JIS));
        assertThat(CsvReader.section(csv, "事業報告書")).contains(
                List.of("期間", "令和8年4月1日（2026-04-01）～令和9年3月31日（2027-03-31）"));
        assertThat(CsvReader.section(csv, "利用区分別")).contains(List.of("組合員", "533.00", "31980", "568700", "2", "2"));
    }

    @Test
    @DisplayName("様式第11号 CSV: the year, the averages and the status on 1 June read back")
    void form11Csv() {
        ExportedFile f = queries.handle(new ExportDispatchBusinessReportCsv(COOP, 2026, CsvEncoding.UTF8_BOM));
        assertThat(f.fileName()).isEqualTo("dispatch-business-report-rpt-export-2026-utf8.csv");
        List<List<String>> csv = CsvReader.parse(new String(f.content(), 3, f.content().length - 3, StandardCharsets.UTF_8));
        assertThat(CsvReader.section(csv, "労働者派遣事業報告書")).contains(
                List.of("報告対象期間", "令和8年4月1日（2026-04-01）〜令和9年3月31日（2027-03-31）"),
                List.of("派遣労働者数（実人数）", "3"), List.of("うち無期雇用", "3"), List.of("派遣先数", "4"),
                List.of("延べ派遣日数", "104"), List.of("総派遣時間（時間）", "799.00"),
                List.of("派遣料金の総額（円）", "864700"), List.of("1日（8時間）当たりの派遣料金の平均額（円）", "8658"),
                List.of("1日（8時間）当たりの賃金の平均額（円）", "記載なし（賃金はイベントに記録されない）"));
        assertThat(CsvReader.section(csv, "6月1日現在の状況")).contains(
                List.of("基準日", "令和9年6月1日（2027-06-01）"), List.of("派遣中の労働者数", "2"), List.of("派遣先数", "2"));
        assertThat(CsvReader.section(csv, "6月1日現在の業務別")).containsExactly(
                List.of("業務", "派遣中の労働者数", "派遣先数"), List.of("事務補助", "1", "1"), List.of("定置網漁業", "1", "1"));
    }

    @Test
    @DisplayName("annual report PDF: 令和 dates with the Western date beside, the figures, the closed revision, the secondment")
    void annualPdf() throws IOException {
        ExportedFile f = queries.handle(new ExportAnnualReportPdf(COOP, 2026));
        assertThat(f.fileName()).isEqualTo("annual-report-rpt-export-2026.pdf");
        assertThat(f.contentType()).isEqualTo("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(f.content())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("事業報告書　派遣事業の実績（令和8年度（2026年度））");
            text = new PDFTextStripper().getText(doc);
        }
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("島前テスト事業協同組合", "認定番号島根県指令地第99号",
                "令和8年4月1日（2026-04-01）〜令和9年3月31日（2027-03-31）", "出力日令和9年5月10日（2027-05-10）",
                "組合員533.00時間568,700円2人2", "関係市町村等28.00時間33,600円1人1", "その他の員外238.00時間262,400円2人3",
                "合計799.00時間864,700円3人", "44.7%", "49.9%", "第1版", "上限超過", "現在の集計と一致",
                "高橋美咲西ノ島建設株式会社林業の地拵え", "派遣に算入しない", "令和8年4月（2026-04）実績13.00時間");
    }
}
