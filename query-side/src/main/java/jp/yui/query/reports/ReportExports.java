package jp.yui.query.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.yui.query.export.Csv;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.export.PdfReport;
import jp.yui.query.export.Wareki;
import jp.yui.query.reports.AnnualReport.ClassFigures;
import jp.yui.query.reports.AnnualReport.ClientFigures;
import jp.yui.query.reports.AnnualReport.ClosedFigures;
import jp.yui.query.reports.AnnualReport.MonthFigures;
import jp.yui.query.reports.AnnualReport.Note;
import jp.yui.query.reports.AnnualReport.SecondmentFigures;
import jp.yui.query.reports.AnnualReport.Shares;

/**
 * The exports of the reports read model: CSV files (through {@link Csv}: RFC 4180, CRLF, UTF-8 with BOM or Shift_JIS)
 * and the PDF of the annual figures (through {@link PdfReport}, with 和暦 dates and the Western date beside). The CSV
 * files are sections — a heading record, a header record, rows — separated by an empty record; figures are plain
 * numbers (minutes, hours with two decimals, integral yen, percent with one decimal), dates ISO except in the first
 * section, which gives them in 令和 with the Western date beside.
 */
final class ReportExports {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportExports() {
    }

    // ------------------------------------------------------------------ annual report CSV

    static ExportedFile csv(AnnualReport r, CsvEncoding encoding) {
        List<List<String>> rows = new ArrayList<>();
        section(rows, "事業報告書 派遣事業の実績 / Annual dispatch figures", List.of("項目", "値"));
        rows.add(List.of("組合名", r.cooperativeName()));
        rows.add(List.of("組合ID", r.cooperativeId()));
        rows.add(List.of("認定番号", nz(r.certificationNumber())));
        rows.add(List.of("事業年度", Wareki.businessYear(r.businessYear())));
        rows.add(List.of("期間", Wareki.withWestern(r.firstDay()) + "〜" + Wareki.withWestern(r.lastDay())));
        rows.add(List.of("利用分量の単位", r.capUnitLabelJa() + " (" + r.capUnit() + ")"));
        rows.add(List.of("上限の版", r.ruleVersionLabelJa() + " (" + r.ruleVersion().ruleId() + ")"));
        rows.add(List.of("締めの状態", r.status().labelJa() + (r.reopenReason() == null ? "" : "（理由: " + r.reopenReason() + "）")));
        rows.add(List.of("実績の月", months(r.actualMonths())));
        rows.add(List.of("派遣職員数（実人数）", Integer.toString(r.dispatchedWorkers())));

        section(rows, "利用区分別 / By client class",
                List.of("利用区分", "派遣時間（時間）", "派遣時間（分）", "派遣料金（円）", "派遣職員数", "派遣先数"));
        for (ClassFigures c : r.classes()) {
            rows.add(List.of(c.labelJa(), plain(c.usage().hours()), Long.toString(c.usage().minutes()),
                    Long.toString(c.usage().feesYen()), Integer.toString(c.workers()), Integer.toString(c.clients())));
        }
        rows.add(List.of("合計", plain(r.total().hours()), Long.toString(r.total().minutes()),
                Long.toString(r.total().feesYen()), Integer.toString(r.dispatchedWorkers()), ""));

        section(rows, "組合員の利用に対する割合 / Shares in member use",
                List.of("単位", "その他の員外 O / M（%）", "員外合計 (O+R) / M（%）", "組合の単位"));
        for (Shares s : r.shares()) {
            rows.add(List.of(s.unit().name(), percent(s.otherSharePercent()), percent(s.nonMemberSharePercent()),
                    s.unit() == r.capUnit() ? "○" : ""));
        }

        section(rows, "派遣先別 / By client", List.of("派遣先ID", "派遣先名", "種別", "利用区分", "最初の派遣日", "最後の派遣日",
                "派遣時間（時間）", "派遣時間（分）", "派遣料金（円）", "派遣職員数", "実績の月", "計画の月"));
        for (ClientFigures c : r.clients()) {
            rows.add(List.of(c.clientId(), c.clientName(), c.kindLabelJa(), c.classLabelJa(), iso(c.firstDay()),
                    iso(c.lastDay()), plain(c.usage().hours()), Long.toString(c.usage().minutes()),
                    Long.toString(c.usage().feesYen()), Integer.toString(c.workers()), months(c.actualMonths()),
                    months(c.plannedMonths())));
        }

        section(rows, "月別 / By month", List.of("月", "集計の基礎", "組合員（時間）", "関係市町村等（時間）", "その他の員外（時間）",
                "組合員（円）", "関係市町村等（円）", "その他の員外（円）"));
        for (MonthFigures m : r.months()) {
            rows.add(List.of(m.month().toString(), m.basis().labelJa(), plain(m.member().hours()),
                    plain(m.related().hours()), plain(m.other().hours()), Long.toString(m.member().feesYen()),
                    Long.toString(m.related().feesYen()), Long.toString(m.other().feesYen())));
        }

        ClosedFigures c = r.closed();
        section(rows, "締めの確定値 / Closed figures (latest revision)", List.of("版", "締めた日時", "締めた人", "上限の版", "単位",
                "組合員（時間）", "関係市町村等（時間）", "その他の員外（時間）", "組合員（円）", "関係市町村等（円）", "その他の員外（円）",
                "O / M（%）", "(O+R) / M（%）", "上限内", "現在の集計と一致"));
        if (c != null) {
            rows.add(List.of(Integer.toString(c.revision()), STAMP.format(c.closedAt().atZone(TOKYO)), nz(c.closedBy()),
                    c.ruleVersion().ruleId(), c.unit().name(), plain(c.member().hours()), plain(c.related().hours()),
                    plain(c.other().hours()), Long.toString(c.member().feesYen()), Long.toString(c.related().feesYen()),
                    Long.toString(c.other().feesYen()), percent(c.otherSharePercent()),
                    percent(c.nonMemberSharePercent()), c.withinCaps() ? "はい" : "いいえ",
                    c.matchesCurrentFigures() ? "はい" : "いいえ"));
        }

        section(rows, "在籍型出向（派遣に算入しない R-DISP-2） / Secondments (never counted)",
                List.of("派遣ID", "職員", "出向先", "業務", "開始日", "終了日", "時間", "料金（円）"));
        for (SecondmentFigures s : r.secondments()) {
            rows.add(List.of(s.assignmentId(), s.workerName(), s.clientName(), s.work(), iso(s.from()), iso(s.to()),
                    plain(s.usage().hours()), Long.toString(s.usage().feesYen())));
        }

        notes(rows, r.notes());
        return csvFile("annual-report-" + r.cooperativeId() + "-" + r.businessYear(), rows, encoding);
    }

    // ------------------------------------------------------------------ 様式第11号 CSV

    static ExportedFile csv(DispatchBusinessReport r, CsvEncoding encoding) {
        List<List<String>> rows = new ArrayList<>();
        section(rows, "労働者派遣事業報告書（様式第11号）の数値 / Dispatch business report figures", List.of("項目", "値"));
        rows.add(List.of("組合名", r.cooperativeName()));
        rows.add(List.of("組合ID", r.cooperativeId()));
        rows.add(List.of("認定番号", nz(r.certificationNumber())));
        rows.add(List.of("事業年度", Wareki.businessYear(r.businessYear())));
        rows.add(List.of("報告対象期間", Wareki.withWestern(r.periodFrom()) + "〜" + Wareki.withWestern(r.periodTo())));
        rows.add(List.of("派遣労働者数（実人数）", Integer.toString(r.dispatchedWorkers())));
        rows.add(List.of("うち無期雇用", Integer.toString(r.indefiniteTermWorkers())));
        rows.add(List.of("うち有期雇用", Integer.toString(r.fixedTermWorkers())));
        rows.add(List.of("派遣先数", Integer.toString(r.clients())));
        rows.add(List.of("延べ派遣日数", Long.toString(r.dispatchedPersonDays())));
        rows.add(List.of("総派遣時間（時間）", plain(r.dispatchedHours())));
        rows.add(List.of("総派遣時間（分）", Long.toString(r.dispatchedMinutes())));
        rows.add(List.of("派遣料金の総額（円）", Long.toString(r.feesYen())));
        rows.add(List.of("1時間当たりの派遣料金の平均額（円）", nz(r.averageFeePerHourYen())));
        rows.add(List.of("1日（8時間）当たりの派遣料金の平均額（円）", nz(r.averageFeePerDayYen())));
        rows.add(List.of("1日（8時間）当たりの賃金の平均額（円）", r.averageWagePerDayYen() == null
                ? "記載なし（賃金はイベントに記録されない）" : r.averageWagePerDayYen().toString()));
        rows.add(List.of("実績の月", months(r.actualMonths())));

        section(rows, "業務別（年度） / By work (the year)",
                List.of("業務", "派遣労働者数", "派遣先数", "延べ派遣日数", "派遣時間（時間）", "派遣料金（円）"));
        for (DispatchBusinessReport.WorkTypeFigures w : r.byWorkType()) {
            rows.add(List.of(w.work(), Integer.toString(w.workers()), Integer.toString(w.clients()),
                    Long.toString(w.personDays()), plain(w.usage().hours()), Long.toString(w.usage().feesYen())));
        }

        DispatchBusinessReport.JuneFirstStatus j = r.juneFirst();
        section(rows, "6月1日現在の状況 / Status on 1 June", List.of("項目", "値"));
        rows.add(List.of("基準日", Wareki.withWestern(j.date())));
        rows.add(List.of("派遣中の労働者数", Integer.toString(j.workersUnderDispatch())));
        rows.add(List.of("派遣先数", Integer.toString(j.clients())));
        section(rows, "6月1日現在の業務別 / By work on 1 June", List.of("業務", "派遣中の労働者数", "派遣先数"));
        for (DispatchBusinessReport.WorkTypeStatus w : j.byWorkType()) {
            rows.add(List.of(w.work(), Integer.toString(w.workers()), Integer.toString(w.clients())));
        }
        notes(rows, r.notes());
        return csvFile("dispatch-business-report-" + r.cooperativeId() + "-" + r.businessYear(), rows, encoding);
    }

    // ------------------------------------------------------------------ annual report PDF

    static ExportedFile pdf(AnnualReport r, LocalDate today) {
        PdfReport pdf = PdfReport.titled("事業報告書　派遣事業の実績（" + Wareki.businessYear(r.businessYear()) + "）")
                .landscape()
                .subtitle(r.cooperativeName() + (r.certificationNumber() == null ? "" : "　認定番号 " + r.certificationNumber()))
                .subtitle("事業年度 " + Wareki.withWestern(r.firstDay()) + " 〜 " + Wareki.withWestern(r.lastDay()))
                .subtitle("締めの状態 " + r.status().labelJa() + "　利用分量の単位 " + r.capUnitLabelJa() + "　上限 "
                        + r.ruleVersionLabelJa())
                .subtitle("出力日 " + Wareki.withWestern(today))
                .footer("事業報告書 派遣事業の実績 / Annual dispatch figures — " + r.cooperativeName());

        List<List<String>> classes = new ArrayList<>();
        for (ClassFigures c : r.classes()) {
            classes.add(List.of(c.labelJa(), hours(c.usage().hours()), yen(c.usage().feesYen()), c.workers() + "人",
                    Integer.toString(c.clients())));
        }
        classes.add(List.of("合計", hours(r.total().hours()), yen(r.total().feesYen()), r.dispatchedWorkers() + "人", ""));
        pdf.section("利用区分別の派遣実績")
                .table(List.of("利用区分", "派遣時間", "派遣料金", "派遣職員数", "派遣先数"), List.of(2f, 1.5f, 1.5f, 1f, 1f), classes);

        List<List<String>> shares = new ArrayList<>();
        for (Shares s : r.shares()) {
            shares.add(List.of(s.unit() == jp.yui.command.api.CapUnit.HOURS ? "派遣時間" : "派遣料金",
                    percentLabel(s.otherSharePercent()), percentLabel(s.nonMemberSharePercent()),
                    s.unit() == r.capUnit() ? "○" : ""));
        }
        pdf.section("組合員の利用に対する員外利用の割合")
                .table(List.of("単位", "その他の員外 O / M", "員外合計 (O+R) / M", "組合の単位"), shares);

        List<List<String>> clients = new ArrayList<>();
        for (ClientFigures c : r.clients()) {
            clients.add(List.of(c.clientName(), c.classLabelJa(), Wareki.withWestern(c.firstDay()) + "〜\n"
                            + Wareki.withWestern(c.lastDay()), hours(c.usage().hours()), yen(c.usage().feesYen()),
                    c.workers() + "人", months(c.actualMonths())));
        }
        pdf.section("派遣先別の派遣実績")
                .table(List.of("派遣先", "利用区分", "派遣した期間", "派遣時間", "派遣料金", "職員数", "実績の月"),
                        List.of(2.2f, 1.2f, 2.4f, 1f, 1.1f, 0.7f, 2f), clients);

        List<List<String>> months = new ArrayList<>();
        for (MonthFigures m : r.months()) {
            months.add(List.of(Wareki.eraYear(m.month().atDay(1)) + m.month().getMonthValue() + "月（" + m.month() + "）",
                    m.basis().labelJa(), hours(m.member().hours()), hours(m.related().hours()), hours(m.other().hours())));
        }
        pdf.section("月別（実績の月は実績、その他は計画）")
                .table(List.of("月", "集計の基礎", "組合員", "関係市町村等", "その他の員外"), months);

        pdf.section("締めの確定値");
        ClosedFigures c = r.closed();
        if (c == null) {
            pdf.text("この年度はまだ締められていません。上の数値は現在の見込みです。");
        } else {
            pdf.text("第" + c.revision() + "版（全" + c.revisions() + "版のうち最新）　締めた日 "
                    + Wareki.withWestern(c.closedAt().atZone(TOKYO).toLocalDate()) + "　"
                    + (c.withinCaps() ? "上限内" : "上限超過") + "　"
                    + (c.matchesCurrentFigures() ? "現在の集計と一致" : "現在の集計と異なる")
                    + (r.reopenReason() == null ? "" : "\n訂正のため再開中：" + r.reopenReason()));
            pdf.table(List.of("組合員", "関係市町村等", "その他の員外", "O / M", "(O+R) / M"),
                    List.of(List.of(hours(c.member().hours()) + "\n" + yen(c.member().feesYen()),
                            hours(c.related().hours()) + "\n" + yen(c.related().feesYen()),
                            hours(c.other().hours()) + "\n" + yen(c.other().feesYen()),
                            percentLabel(c.otherSharePercent()), percentLabel(c.nonMemberSharePercent()))));
        }

        pdf.section("在籍型出向（派遣に算入しない）");
        if (r.secondments().isEmpty()) {
            pdf.text("なし");
        } else {
            List<List<String>> sec = new ArrayList<>();
            for (SecondmentFigures s : r.secondments()) {
                sec.add(List.of(s.workerName(), s.clientName(), s.work(), Wareki.withWestern(s.from()) + "〜\n"
                        + Wareki.withWestern(s.to()), hours(s.usage().hours())));
            }
            pdf.table(List.of("職員", "出向先", "業務", "期間", "時間"), List.of(1.2f, 1.8f, 1.5f, 2.4f, 1f), sec);
        }

        pdf.section("注記");
        pdf.text(r.notes().stream().map(n -> "・" + n.ja()).collect(Collectors.joining("\n")));
        byte[] bytes = pdf.render();
        return new ExportedFile("annual-report-" + r.cooperativeId() + "-" + r.businessYear() + ".pdf", ExportedFile.PDF,
                bytes, List.of());
    }

    // ------------------------------------------------------------------ helpers

    static ExportedFile csvFile(String baseName, List<List<String>> rows, CsvEncoding encoding) {
        CsvEncoding enc = encoding == null ? CsvEncoding.UTF8_BOM : encoding;
        Csv.Written written = Csv.writeReplacing(null, rows, enc);
        List<String> warnings = written.replacements().stream()
                .map(x -> "この文字は " + enc + " で書き出せないため ? にしました / written as ?: " + x.describe())
                .toList();
        return new ExportedFile(baseName + "-" + enc.suffix() + ".csv", ExportedFile.CSV, written.bytes(), warnings);
    }

    /** An empty record between sections (not before the first), the section's heading record, its header record. */
    static void section(List<List<String>> rows, String heading, List<String> header) {
        if (!rows.isEmpty()) {
            rows.add(List.of());
        }
        rows.add(List.of("■ " + heading));
        rows.add(header);
    }

    static void notes(List<List<String>> rows, List<Note> notes) {
        section(rows, "注記 / Notes", List.of("注記", "Note"));
        for (Note n : notes) {
            rows.add(List.of(n.ja(), n.en()));
        }
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    static String percent(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    static String percentLabel(BigDecimal d) {
        return d == null ? "—（組合員の利用なし）" : d.toPlainString() + "%";
    }

    static String hours(BigDecimal h) {
        return String.format("%,.2f時間", h);
    }

    static String yen(long yen) {
        return String.format("%,d円", yen);
    }

    static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    static String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(" "));
    }
}
