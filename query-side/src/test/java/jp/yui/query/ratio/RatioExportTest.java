package jp.yui.query.ratio;

import static jp.yui.query.calendar.YuiTestEvents.AMA;
import static jp.yui.query.calendar.YuiTestEvents.NISHINOSHIMA;
import static jp.yui.query.calendar.YuiTestEvents.business;
import static jp.yui.query.calendar.YuiTestEvents.day;
import static jp.yui.query.calendar.YuiTestEvents.dispatch;
import static jp.yui.query.calendar.YuiTestEvents.member;
import static jp.yui.query.calendar.YuiTestEvents.municipality;
import static jp.yui.query.calendar.YuiTestEvents.newCooperativeId;
import static jp.yui.query.calendar.YuiTestEvents.onDays;
import static jp.yui.query.calendar.YuiTestEvents.period;
import static jp.yui.query.calendar.YuiTestEvents.registered;
import static jp.yui.query.calendar.YuiTestEvents.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.export.Rfc4180Reader;
import jp.yui.query.reports.ExportedFile;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.plan.PlanProjection;
import jp.yui.query.plan.PlanQueries;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The exports of the non-member ratio: CSV in UTF-8 with BOM and in Shift_JIS, and the PDF, read back. */
class RatioExportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-05-10T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final RatioQueries queries = new RatioQueries(jdbc, "2025-07-01");
    private final RatioProjection projection = new RatioProjection(jdbc, queries,
            SimpleQueryUpdateEmitter.builder().build());
    /** The plan projection keeps the day ledger the ratio reads, and tells the ratio when it changed. */
    private final PlanProjection plan = new PlanProjection(jdbc, new PlanQueries(jdbc, JapaneseHolidays.shared()),
            SimpleQueryUpdateEmitter.builder().build(), List.of(projection));
    private final RatioExportQueries exports = new RatioExportQueries(queries, CLOCK);
    private String coop;

    /**
     * A member (m1, 8 h weekdays 2026-04-06 .. 05-01 at ¥1,000/h, April recorded as 480 + 420 + 240 min), a business
     * non-member (hotel, 3 h at ¥1,500/h on 06-02) and a related municipality (town, 1 h at ¥1,000/h on 06-03); a
     * recorded breach, a close, its reopening.
     */
    @BeforeEach
    void feed() {
        coop = newCooperativeId("ratio-export");
        Events events = Events.to(plan, projection).as("manager-1").at(Instant.parse("2026-04-01T00:00:00Z"))
                .given(registered(coop), member(coop, "m1", day("2021-06-01")), business(coop, "hotel"),
                        municipality(coop, "town", AMA),
                        dispatch(coop, "a1", "w1", "m1", period("2026-04-06", "2026-05-01"), weekdays(480), 1000),
                        onDays(coop, "a-hotel", "w2", "hotel", 180, 1500, day("2026-06-02")),
                        onDays(coop, "a-town", "w2", "town", 60, 1000, day("2026-06-03")),
                        new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4),
                                Map.of(day("2026-04-06"), 480, day("2026-04-07"), 420, day("2026-04-11"), 240)));
        events.at(Instant.parse("2026-10-05T01:02:03Z")).given(new NonMemberCapBreached(coop, 2026, "R-CAP-2",
                CapUnit.HOURS, new UsageFigures(Usage.of(60_000, 1000), Usage.ZERO, Usage.of(12_780, 1000)),
                "other non-member use is 213 h = 21.3 % of member use 1,000 h; the cap is 20 %"));
        events.at(Instant.parse("2027-04-10T00:00:00Z")).given(new BusinessYearClosed(coop, 2026, day("2026-04-01"),
                day("2027-03-31"), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS,
                new UsageFigures(Usage.of(1620, 1000), Usage.of(60, 1000), Usage.of(180, 1500)),
                new BigDecimal("11.1"), new BigDecimal("14.8"), true, 1));
        events.at(Instant.parse("2027-04-20T00:00:00Z"))
                .given(new BusinessYearReopenedForCorrection(coop, 2026, "5月分の実績の計上漏れ"));
    }

    @Test
    void csvInUtf8WithBomHasEverySectionWithExactFigures() {
        ExportedFile f = exports.handle(new ExportNonMemberRatioCsv(coop, 2026, CsvEncoding.UTF8_BOM));
        assertThat(f.fileName()).isEqualTo("non-member-ratio-" + coop + "-2026-utf8.csv");
        assertThat(f.contentType()).isEqualTo(ExportedFile.CSV);
        assertThat(f.warnings()).isEmpty();
        assertThat(Arrays.copyOf(f.content(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> csv = Rfc4180Reader.parseUtf8WithBom(f.content());

        // summary
        assertThat(csv.get(0)).containsExactly("■ 員外利用比率 / Non-member ratio");
        assertThat(csv.get(1)).containsExactly("項目", "値");
        assertThat(row(csv, "組合名")).containsExactly("組合名", "テスト組合 " + coop);
        assertThat(row(csv, "事業年度")).containsExactly("事業年度", "令和8年度（2026年度）");
        assertThat(row(csv, "期間")).containsExactly("期間", "令和8年4月1日（2026-04-01）〜令和9年3月31日（2027-03-31）");
        assertThat(row(csv, "上限の版")).containsExactly("上限の版",
                "改正後（員外 ≦ 20%、員外＋関係市町村等 ≦ 50%） (R-CAP-2)");
        assertThat(row(csv, "適用される上限").get(1)).isEqualTo("その他の員外利用 ≦ 組合員利用の 20 %（R-CAP-2）、"
                + "員外利用（その他の員外＋関係市町村等） ≦ 組合員利用の 50 %（R-CAP-2）");
        assertThat(row(csv, "改正法の施行日")).containsExactly("改正法の施行日", "令和7年7月1日（2025-07-01）");
        assertThat(row(csv, "利用分量の単位")).containsExactly("利用分量の単位", "派遣時間 (HOURS)");
        assertThat(row(csv, "締めの状態")).containsExactly("締めの状態", "訂正のため再開中");
        assertThat(row(csv, "見込みで上限内")).containsExactly("見込みで上限内", "はい");
        assertThat(row(csv, "実績を記録した月")).containsExactly("実績を記録した月", "2026-04");

        // M/R/O: projected (April's actual 1,140 min + May's planned 480 min) and actual-only (April's record)
        assertThat(header(csv, "利用区分")).containsExactly("利用区分", "見込み（時間）", "見込み（分）", "見込み（円）",
                "実績のみ（時間）", "実績のみ（分）", "実績のみ（円）");
        assertThat(row(csv, "組合員 M")).containsExactly("組合員 M", "27.00", "1620", "27000", "19.00", "1140", "19000");
        assertThat(row(csv, "関係市町村等 R", 7)).containsExactly("関係市町村等 R", "1.00", "60", "1000", "0.00", "0", "0");
        assertThat(row(csv, "その他の員外 O", 7)).containsExactly("その他の員外 O", "3.00", "180", "4500", "0.00", "0", "0");

        // the shares: 180 / 1,620 min = 11.1 %, 240 / 1,620 = 14.8 %; ¥4,500 / ¥27,000 = 16.7 %, ¥5,500 / ¥27,000 = 20.4 %
        assertThat(rows(csv, "見込み")).contains(
                List.of("見込み", "派遣時間", "11.1", "14.8", "はい", "○"),
                List.of("見込み", "派遣料金", "16.7", "20.4", "はい", ""),
                List.of("見込み", "派遣時間", "R-CAP-2", "その他の員外利用 ≦ 組合員利用の 20 %", "11.1", "20", "上限内"),
                List.of("見込み", "派遣時間", "R-CAP-2", "員外利用（その他の員外＋関係市町村等） ≦ 組合員利用の 50 %", "14.8", "50",
                        "上限内"));
        assertThat(rows(csv, "実績のみ")).contains(List.of("実績のみ", "派遣時間", "0.0", "0.0", "はい", "○"));

        // head-room: R = 50 % × 1,620 − 240 = 570 min; O = min(20 % × 1,620 − 180, 570) = 144 min; in yen ¥8,000 / ¥900
        assertThat(row(csv, "関係市町村等 R", 5)).containsExactly("関係市町村等 R", "9.50", "570", "8000", "派遣時間");
        assertThat(row(csv, "その他の員外 O", 5)).containsExactly("その他の員外 O", "2.40", "144", "900", "派遣時間");

        // the twelve months with the cumulative shares
        assertThat(rows(csv, "20")).filteredOn(r -> r.get(0).matches("\\d{4}-\\d{2}")).hasSize(12);
        assertThat(row(csv, "2026-04")).containsExactly("2026-04", "令和8年4月", "実績", "19.00", "0.00", "0.00", "19000",
                "0", "0", "0.0", "0.0", "はい");
        assertThat(row(csv, "2026-05")).containsExactly("2026-05", "令和8年5月", "計画", "8.00", "0.00", "0.00", "8000",
                "0", "0", "0.0", "0.0", "はい");
        assertThat(row(csv, "2026-06")).containsExactly("2026-06", "令和8年6月", "計画", "0.00", "1.00", "3.00", "0", "1000",
                "4500", "11.1", "14.8", "はい");
        assertThat(row(csv, "2027-03")).containsExactly("2027-03", "令和9年3月", "計画", "0.00", "0.00", "0.00", "0", "0", "0",
                "11.1", "14.8", "はい");

        // breaches, closes, reopenings (Japan time)
        assertThat(row(csv, "2026-10-05 10:02")).containsExactly("2026-10-05 10:02", "manager-1", "R-CAP-2", "派遣時間",
                "1000.00", "0.00", "213.00", "1000000", "0", "213000", "21.3", "21.3",
                "2026年度: その他の員外利用が組合員利用の 21.3 % となり、上限 20 % を超えました（R-CAP-2、派遣時間で判定）",
                "other non-member use is 213 h = 21.3 % of member use 1,000 h; the cap is 20 %");
        assertThat(row(csv, "1")).containsExactly("1", "2027-04-10 09:00", "manager-1", "2026-04-01", "2027-03-31",
                "R-CAP-2", "派遣時間", "27.00", "1.00", "3.00", "27000", "1000", "4500", "11.1", "14.8", "はい");
        assertThat(row(csv, "2027-04-20 09:00")).containsExactly("2027-04-20 09:00", "manager-1", "1", "5月分の実績の計上漏れ");
        assertThat(csv).extracting(r -> r.isEmpty() ? "" : r.get(0)).filteredOn(s -> s.startsWith("■")).containsExactly(
                "■ 員外利用比率 / Non-member ratio", "■ 利用分量（見込み・実績のみ） / Usage (projected and actual-only)",
                "■ 組合員の利用に対する割合 / Shares in member use", "■ 上限の判定 / Caps checked",
                "■ 余裕（見込みの年度であと利用できる量） / Head-room", "■ 月別（見込み） / By month (projected)",
                "■ 上限超過の記録（R-DISP-4） / Recorded breaches", "■ 締め（R-CAP-6） / Closes",
                "■ 訂正のための再開 / Reopenings for correction", "■ 注記 / Notes");
    }

    @Test
    void csvInShiftJisDecodesToTheSameRecords() {
        ExportedFile utf8 = exports.handle(new ExportNonMemberRatioCsv(coop, 2026, CsvEncoding.UTF8_BOM));
        ExportedFile sjis = exports.handle(new ExportNonMemberRatioCsv(coop, 2026, CsvEncoding.SHIFT_JIS));
        assertThat(sjis.fileName()).isEqualTo("non-member-ratio-" + coop + "-2026-sjis.csv");
        assertThat(sjis.warnings()).isEmpty();
        assertThat(sjis.content()[0]).isNotEqualTo((byte) 0xEF); // no BOM
        List<List<String>> csv = Rfc4180Reader.parseShiftJis(sjis.content());
        assertThat(row(csv, "事業年度")).containsExactly("事業年度", "令和8年度（2026年度）");
        assertThat(row(csv, "組合員 M")).containsExactly("組合員 M", "27.00", "1620", "27000", "19.00", "1140", "19000");
        assertThat(row(csv, "2026-06")).containsExactly("2026-06", "令和8年6月", "計画", "0.00", "1.00", "3.00", "0", "1000",
                "4500", "11.1", "14.8", "はい");
        // the same records as the UTF-8 file, 〜 (U+301C) written in its Windows form ～ (U+FF5E)
        List<List<String>> expected = Rfc4180Reader.parseUtf8WithBom(utf8.content()).stream()
                .map(r -> r.stream().map(s -> s.replace('\u301C', '\uFF5E')).toList()).toList();
        assertThat(csv).isEqualTo(expected);
    }

    @Test
    void aNameShiftJisCannotHoldIsWrittenAsAQuestionMarkWithAWarning() {
        String c = newCooperativeId("ratio-export-kichi");
        Events.to(plan, projection).given(new CooperativeRegistered(c, "𠮷田事業協同組合", "32", Set.of(AMA, NISHINOSHIMA), 4,
                CapUnit.FEES, DayOfWeek.SUNDAY, OvertimeAgreement.standard()));

        ExportedFile sjis = exports.handle(new ExportNonMemberRatioCsv(c, 2026, CsvEncoding.SHIFT_JIS));
        assertThat(row(Rfc4180Reader.parseShiftJis(sjis.content()), "組合名")).containsExactly("組合名", "?田事業協同組合");
        assertThat(sjis.warnings()).singleElement().asString().contains("U+20BB7");
        ExportedFile utf8 = exports.handle(new ExportNonMemberRatioCsv(c, 2026, null));
        assertThat(utf8.fileName()).endsWith("-utf8.csv");
        assertThat(utf8.warnings()).isEmpty();
        List<List<String>> csv = Rfc4180Reader.parseUtf8WithBom(utf8.content());
        assertThat(row(csv, "組合名")).containsExactly("組合名", "𠮷田事業協同組合");
        assertThat(row(csv, "利用分量の単位")).containsExactly("利用分量の単位", "派遣料金 (FEES)");
        // no member use yet: the shares are empty, not zero
        assertThat(row(csv, "2026-04")).containsExactly("2026-04", "令和8年4月", "計画", "0.00", "0.00", "0.00", "0", "0", "0",
                "", "", "はい");
    }

    @Test
    void pdfIsLandscapeA4WithTheSameContent() throws IOException {
        ExportedFile f = exports.handle(new ExportNonMemberRatioPdf(coop, 2026));
        assertThat(f.fileName()).isEqualTo("non-member-ratio-" + coop + "-2026.pdf");
        assertThat(f.contentType()).isEqualTo(ExportedFile.PDF);
        String text;
        try (PDDocument doc = Loader.loadPDF(f.content())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("員外利用比率（令和8年度（2026年度））");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
            text = new PDFTextStripper().getText(doc);
        }
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains(("テスト組合" + coop), "員外利用比率（令和8年度（2026年度））",
                "令和8年4月1日（2026-04-01）〜令和9年3月31日（2027-03-31）", "出力日令和9年5月10日（2027-05-10）",
                "改正後（員外≦20%、員外＋関係市町村等≦50%）R-CAP-2", "締めの状態訂正のため再開中",
                // M/R/O projected and actual-only
                "組合員M27.00時間27,000円19.00時間19,000円", "関係市町村等R1.00時間1,000円0.00時間0円",
                "その他の員外O3.00時間4,500円0.00時間0円",
                // shares and caps, head-room
                "見込み派遣時間11.1%14.8%上限内○", "見込み派遣料金16.7%20.4%上限内",
                "関係市町村等R9.50時間8,000円", "その他の員外O2.40時間900円",
                // months, breach, close, reopening
                "令和8年4月（2026-04）実績19.00時間19,000円", "令和8年6月（2026-06）計画0.00時間0円1.00時間1,000円3.00時間4,500円11.1%14.8%",
                "令和8年10月5日（2026-10-05）10:02manager-1R-CAP-2派遣時間1,000.00時間1,000,000円",
                "第1版令和9年4月10日（2027-04-10）09:00manager-1", "5月分の実績の計上漏れ");
    }

    @Test
    void anUnknownCooperativeHasNoFile() {
        assertThat(exports.handle(new ExportNonMemberRatioCsv("no-such-coop", 2026, CsvEncoding.UTF8_BOM))).isNull();
        assertThat(exports.handle(new ExportNonMemberRatioPdf("no-such-coop", 2026))).isNull();
    }

    private static List<String> header(List<List<String>> csv, String first) {
        return row(csv, first);
    }

    /** The first record whose first field is {@code first}. */
    private static List<String> row(List<List<String>> csv, String first) {
        return csv.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + first));
    }

    /** The first record whose first field is {@code first} with {@code size} fields. */
    private static List<String> row(List<List<String>> csv, String first, int size) {
        return csv.stream().filter(r -> r.size() == size && r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + first + " of " + size + " fields"));
    }

    private static List<List<String>> rows(List<List<String>> csv, String first) {
        return csv.stream().filter(r -> !r.isEmpty() && r.get(0).startsWith(first)).toList();
    }
}
