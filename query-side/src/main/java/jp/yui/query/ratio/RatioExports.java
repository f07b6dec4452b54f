package jp.yui.query.ratio;

import java.math.BigDecimal;
import java.time.Instant;
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
import jp.yui.query.reports.ExportedFile;
import jp.yui.query.reports.Labels;

/**
 * The exports of the non-member ratio read model: a CSV file (through {@link Csv}: RFC 4180, CRLF, UTF-8 with BOM or
 * Shift_JIS) and an A4 landscape PDF (through {@link PdfReport}) of one {@link NonMemberRatio}, with the same content.
 * <p>
 * The CSV file is sections — a heading record ("■ …"), a header record, rows — separated by an empty record, in this
 * order: the summary (項目/値: the cooperative, 年度 in 令和 with the Western year, the period, the cap law in force,
 * the unit), M/R/O projected and actual-only, the shares in both units, the caps checked, the head-room, the twelve
 * months, the recorded breaches, the closes, the reopenings and notes. Figures are plain numbers (minutes, hours with
 * two decimals, integral yen, percent with one decimal, empty while M is zero); dates are ISO except in the summary,
 * which gives them in 令和 with the Western date beside; times are Japan time ({@code yyyy-MM-dd HH:mm}). Every text
 * the exports add is in Shift_JIS; a character of the data it lacks (e.g. in a name) is written as {@code ?} and
 * reported in {@link ExportedFile#warnings()}.
 */
public final class RatioExports {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static final String M = "組合員 M";
    static final String R = "関係市町村等 R";
    static final String O = "その他の員外 O";

    /** Notes in Japanese with English beside (both Shift_JIS-safe). */
    private static final List<List<String>> NOTES = List.of(
            List.of("見込み: 実績を記録した月はその実績、その他の月は計画で集計します（R-CAP-4）。実績のみ: 記録された実績だけで集計します。",
                    "Projected: months with recorded results count with them, other months with the plan (R-CAP-4). Actual-only: recorded results only."),
            List.of("派遣のみを算入し、在籍型出向は算入しません（R-DISP-2）。",
                    "Only dispatches count; secondments never do (R-DISP-2)."),
            List.of("割合は組合員の利用に対する百分率（小数1桁）です。組合員の利用がないときは空欄です。上限は等しい場合を含みます。",
                    "Shares are percent of member use (one decimal), empty while member use is zero. A cap holds when equal."),
            List.of("余裕は見込みの年度であと利用できる量です（分・円未満切り捨て、負にはなりません）。",
                    "Head-room is how much more use the projected year allows (rounded down, never negative)."));

    private RatioExports() {
    }

    /** The file name without extension, e.g. {@code non-member-ratio-coop-1-2026}. */
    static String baseName(NonMemberRatio r) {
        return "non-member-ratio-" + r.cooperativeId() + "-" + r.businessYear();
    }

    // ------------------------------------------------------------------ CSV

    /** The ratio as a CSV file ({@code null} encoding: UTF-8 with BOM). */
    public static ExportedFile csv(NonMemberRatio r, CsvEncoding encoding) {
        List<List<String>> rows = new ArrayList<>();
        section(rows, "員外利用比率 / Non-member ratio", List.of("項目", "値"));
        rows.add(List.of("組合名", nz(r.cooperativeName())));
        rows.add(List.of("組合ID", r.cooperativeId()));
        rows.add(List.of("事業年度", Wareki.businessYear(r.businessYear())));
        rows.add(List.of("期間", Wareki.withWestern(r.firstDay()) + "〜" + Wareki.withWestern(r.lastDay())));
        rows.add(List.of("上限の版", Labels.ja(r.ruleVersion()) + " (" + r.ruleId() + ")"));
        rows.add(List.of("適用される上限", capLabels(r)));
        rows.add(List.of("改正法の施行日", Wareki.withWestern(r.amendmentCommencement())));
        rows.add(List.of("利用分量の単位", Labels.ja(r.capUnit()) + " (" + r.capUnit() + ")"));
        rows.add(List.of("締めの状態", r.status().labelJa()));
        rows.add(List.of("見込みで上限内", yesNo(r.projected().inCapUnit().withinCaps())));
        rows.add(List.of("実績を記録した月", actualMonths(r)));

        section(rows, "利用分量（見込み・実績のみ） / Usage (projected and actual-only)", List.of("利用区分",
                "見込み（時間）", "見込み（分）", "見込み（円）", "実績のみ（時間）", "実績のみ（分）", "実績のみ（円）"));
        rows.add(usageRow(M, r.projected().member(), r.actualOnly().member()));
        rows.add(usageRow(R, r.projected().related(), r.actualOnly().related()));
        rows.add(usageRow(O, r.projected().other(), r.actualOnly().other()));

        section(rows, "組合員の利用に対する割合 / Shares in member use", List.of("集計", "単位",
                "その他の員外 O / M（%）", "員外合計 (O+R) / M（%）", "上限内", "組合の単位"));
        for (Basis b : bases(r)) {
            for (Shares s : List.of(b.figures().byHours(), b.figures().byFees())) {
                rows.add(List.of(b.labelJa(), Labels.ja(s.unit()), percent(s.otherSharePercent()),
                        percent(s.nonMemberSharePercent()), yesNo(s.withinCaps()), s.unit() == r.capUnit() ? "○" : ""));
            }
        }

        section(rows, "上限の判定 / Caps checked", List.of("集計", "単位", "規定", "上限", "割合（%）", "上限（%）", "判定"));
        for (Basis b : bases(r)) {
            for (Shares s : List.of(b.figures().byHours(), b.figures().byFees())) {
                for (CapCheck c : s.caps()) {
                    rows.add(List.of(b.labelJa(), Labels.ja(s.unit()), c.ruleId(), c.labelJa(),
                            percent(c.sharePercent()), Integer.toString(c.capPercent()), c.holds() ? "上限内" : "超過"));
                }
            }
        }

        HeadRoom h = r.headRoom();
        section(rows, "余裕（見込みの年度であと利用できる量） / Head-room", List.of("対象", "派遣時間（時間）", "派遣時間（分）",
                "派遣料金（円）", "判定の単位"));
        rows.add(List.of(R, plain(h.relatedHours()), Long.toString(h.relatedMinutes()),
                Long.toString(h.relatedFeesYen()), Labels.ja(h.unit())));
        rows.add(List.of(O, plain(h.otherHours()), Long.toString(h.otherMinutes()), Long.toString(h.otherFeesYen()),
                Labels.ja(h.unit())));

        section(rows, "月別（見込み） / By month (projected)", List.of("月", "和暦", "集計の基礎", "組合員（時間）",
                "関係市町村等（時間）", "その他の員外（時間）", "組合員（円）", "関係市町村等（円）", "その他の員外（円）",
                "累計 O / M（%）", "累計 (O+R) / M（%）", "累計で上限内"));
        for (MonthRatio m : r.months()) {
            UsageBreakdown p = m.projected();
            Shares cum = m.cumulativeProjected().inCapUnit();
            rows.add(List.of(m.month().toString(), monthJa(m.month()), basis(m), plain(p.member().hours()),
                    plain(p.related().hours()), plain(p.other().hours()), Long.toString(p.member().feesYen()),
                    Long.toString(p.related().feesYen()), Long.toString(p.other().feesYen()),
                    percent(cum.otherSharePercent()), percent(cum.nonMemberSharePercent()), yesNo(cum.withinCaps())));
        }

        section(rows, "上限超過の記録（R-DISP-4） / Recorded breaches", List.of("記録日時", "記録した人", "規定", "判定の単位",
                "組合員（時間）", "関係市町村等（時間）", "その他の員外（時間）", "組合員（円）", "関係市町村等（円）", "その他の員外（円）",
                "O / M（%）", "(O+R) / M（%）", "内容", "記録された説明"));
        for (RecordedBreach b : r.breaches()) {
            UsageBreakdown f = b.figures();
            rows.add(List.of(stamp(b.occurredAt()), nz(b.userId()), b.ruleId(), Labels.ja(b.unit()),
                    plain(f.member().hours()), plain(f.related().hours()), plain(f.other().hours()),
                    Long.toString(f.member().feesYen()), Long.toString(f.related().feesYen()),
                    Long.toString(f.other().feesYen()), percent(f.inCapUnit().otherSharePercent()),
                    percent(f.inCapUnit().nonMemberSharePercent()), nz(b.descriptionJa()), nz(b.descriptionEn())));
        }

        section(rows, "締め（R-CAP-6） / Closes", List.of("版", "締めた日時", "締めた人", "開始日", "終了日", "上限の版",
                "判定の単位", "組合員（時間）", "関係市町村等（時間）", "その他の員外（時間）", "組合員（円）", "関係市町村等（円）",
                "その他の員外（円）", "O / M（%）", "(O+R) / M（%）", "上限内"));
        for (ClosedYear c : r.closes()) {
            UsageBreakdown f = c.figures();
            rows.add(List.of(Integer.toString(c.revision()), stamp(c.closedAt()), nz(c.closedBy()), iso(c.firstDay()),
                    iso(c.lastDay()), c.ruleVersion().ruleId(), Labels.ja(c.unit()), plain(f.member().hours()),
                    plain(f.related().hours()), plain(f.other().hours()), Long.toString(f.member().feesYen()),
                    Long.toString(f.related().feesYen()), Long.toString(f.other().feesYen()),
                    percent(c.otherSharePercent()), percent(c.nonMemberSharePercent()), yesNo(c.withinCaps())));
        }

        section(rows, "訂正のための再開 / Reopenings for correction", List.of("再開日時", "再開した人", "再開した版", "理由"));
        for (Reopening o : r.reopenings()) {
            rows.add(List.of(stamp(o.reopenedAt()), nz(o.reopenedBy()), Integer.toString(o.reopenedRevision()),
                    nz(o.reason())));
        }

        section(rows, "注記 / Notes", List.of("注記", "Note"));
        rows.addAll(NOTES);

        CsvEncoding enc = encoding == null ? CsvEncoding.UTF8_BOM : encoding;
        Csv.Written written = Csv.writeReplacing(null, rows, enc);
        List<String> warnings = written.replacements().stream()
                .map(x -> "この文字は " + enc + " で書き出せないため ? にしました / written as ?: " + x.describe())
                .toList();
        return new ExportedFile(baseName(r) + "-" + enc.suffix() + ".csv", ExportedFile.CSV, written.bytes(), warnings);
    }

    // ------------------------------------------------------------------ PDF

    /** The ratio as an A4 landscape PDF, issued on {@code today}. */
    public static ExportedFile pdf(NonMemberRatio r, LocalDate today) {
        PdfReport pdf = PdfReport.titled("員外利用比率（" + Wareki.businessYear(r.businessYear()) + "）")
                .landscape()
                .subtitle(nz(r.cooperativeName()) + "（組合ID " + r.cooperativeId() + "）")
                .subtitle("事業年度 " + Wareki.withWestern(r.firstDay()) + " 〜 " + Wareki.withWestern(r.lastDay()))
                .subtitle("上限 " + Labels.ja(r.ruleVersion()) + " " + r.ruleId() + "　改正法の施行日 "
                        + Wareki.withWestern(r.amendmentCommencement()))
                .subtitle("利用分量の単位 " + Labels.ja(r.capUnit()) + "　締めの状態 " + r.status().labelJa()
                        + "　見込みで" + (r.projected().inCapUnit().withinCaps() ? "上限内" : "上限超過"))
                .subtitle("出力日 " + Wareki.withWestern(today))
                .footer("員外利用比率 / Non-member ratio — " + nz(r.cooperativeName()));

        pdf.section("利用分量（見込み・実績のみ）")
                .table(List.of("利用区分", "見込み 派遣時間", "見込み 派遣料金", "実績のみ 派遣時間", "実績のみ 派遣料金"),
                        List.of(
                                pdfUsageRow(M, r.projected().member(), r.actualOnly().member()),
                                pdfUsageRow(R, r.projected().related(), r.actualOnly().related()),
                                pdfUsageRow(O, r.projected().other(), r.actualOnly().other())));

        List<List<String>> shares = new ArrayList<>();
        List<List<String>> caps = new ArrayList<>();
        for (Basis b : bases(r)) {
            for (Shares s : List.of(b.figures().byHours(), b.figures().byFees())) {
                shares.add(List.of(b.labelJa(), Labels.ja(s.unit()), percentLabel(s.otherSharePercent()),
                        percentLabel(s.nonMemberSharePercent()), s.withinCaps() ? "上限内" : "上限超過",
                        s.unit() == r.capUnit() ? "○" : ""));
                for (CapCheck c : s.caps()) {
                    caps.add(List.of(b.labelJa(), Labels.ja(s.unit()), c.ruleId(), c.labelJa(),
                            percentLabel(c.sharePercent()), c.capPercent() + "%", c.holds() ? "上限内" : "超過"));
                }
            }
        }
        pdf.section("組合員の利用に対する割合")
                .table(List.of("集計", "単位", "その他の員外 O / M", "員外合計 (O+R) / M", "判定", "組合の単位"), shares);
        pdf.section("上限の判定")
                .table(List.of("集計", "単位", "規定", "上限", "割合", "上限", "判定"),
                        List.of(1f, 1f, 0.8f, 3.6f, 1.2f, 0.7f, 0.8f), caps);

        HeadRoom h = r.headRoom();
        pdf.section("余裕（見込みの年度であと利用できる量、判定の単位 " + Labels.ja(h.unit()) + "）")
                .table(List.of("対象", "派遣時間", "派遣料金"), List.of(
                        List.of(R, hours(h.relatedHours()), yen(h.relatedFeesYen())),
                        List.of(O, hours(h.otherHours()), yen(h.otherFeesYen()))));

        List<List<String>> months = new ArrayList<>();
        for (MonthRatio m : r.months()) {
            UsageBreakdown p = m.projected();
            Shares cum = m.cumulativeProjected().inCapUnit();
            months.add(List.of(monthJa(m.month()) + "\n（" + m.month() + "）", basis(m),
                    hours(p.member().hours()) + "\n" + yen(p.member().feesYen()),
                    hours(p.related().hours()) + "\n" + yen(p.related().feesYen()),
                    hours(p.other().hours()) + "\n" + yen(p.other().feesYen()),
                    percentLabel(cum.otherSharePercent()), percentLabel(cum.nonMemberSharePercent()),
                    cum.withinCaps() ? "上限内" : "超過"));
        }
        pdf.section("月別（見込み：実績を記録した月は実績、その他は計画）")
                .table(List.of("月", "集計の基礎", "組合員 M", "関係市町村等 R", "その他の員外 O", "累計 O / M",
                        "累計 (O+R) / M", "累計の判定"), List.of(1.3f, 0.8f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 0.9f), months);

        pdf.section("上限超過の記録（R-DISP-4）");
        if (r.breaches().isEmpty()) {
            pdf.text("なし");
        } else {
            List<List<String>> breaches = new ArrayList<>();
            for (RecordedBreach b : r.breaches()) {
                UsageBreakdown f = b.figures();
                breaches.add(List.of(when(b.occurredAt()) + "\n" + nz(b.userId()), b.ruleId() + "\n" + Labels.ja(b.unit()),
                        hours(f.member().hours()) + "\n" + yen(f.member().feesYen()),
                        hours(f.related().hours()) + "\n" + yen(f.related().feesYen()),
                        hours(f.other().hours()) + "\n" + yen(f.other().feesYen()),
                        percentLabel(f.inCapUnit().otherSharePercent()) + "\n"
                                + percentLabel(f.inCapUnit().nonMemberSharePercent()),
                        nz(b.descriptionJa())));
            }
            pdf.table(List.of("記録日時・記録した人", "規定・単位", "組合員 M", "関係市町村等 R", "その他の員外 O",
                    "O / M\n(O+R) / M", "内容"), List.of(1.6f, 0.9f, 1.1f, 1.1f, 1.1f, 1f, 3.2f), breaches);
        }

        pdf.section("締め（R-CAP-6）");
        if (r.closes().isEmpty()) {
            pdf.text("この年度はまだ締められていません。上の数値は現在の見込みです。");
        } else {
            List<List<String>> closes = new ArrayList<>();
            for (ClosedYear c : r.closes()) {
                UsageBreakdown f = c.figures();
                closes.add(List.of("第" + c.revision() + "版", when(c.closedAt()) + "\n" + nz(c.closedBy()),
                        c.ruleVersion().ruleId() + "\n" + Labels.ja(c.unit()),
                        hours(f.member().hours()) + "\n" + yen(f.member().feesYen()),
                        hours(f.related().hours()) + "\n" + yen(f.related().feesYen()),
                        hours(f.other().hours()) + "\n" + yen(f.other().feesYen()),
                        percentLabel(c.otherSharePercent()), percentLabel(c.nonMemberSharePercent()),
                        c.withinCaps() ? "上限内" : "上限超過"));
            }
            pdf.table(List.of("版", "締めた日時・締めた人", "規定・単位", "組合員 M", "関係市町村等 R", "その他の員外 O", "O / M",
                    "(O+R) / M", "判定"), List.of(0.6f, 1.8f, 0.9f, 1.2f, 1.2f, 1.2f, 1f, 1f, 0.8f), closes);
        }

        pdf.section("訂正のための再開");
        if (r.reopenings().isEmpty()) {
            pdf.text("なし");
        } else {
            List<List<String>> reopenings = new ArrayList<>();
            for (Reopening o : r.reopenings()) {
                reopenings.add(List.of(when(o.reopenedAt()), nz(o.reopenedBy()), "第" + o.reopenedRevision() + "版の後",
                        nz(o.reason())));
            }
            pdf.table(List.of("再開日時", "再開した人", "再開した版", "理由"), List.of(1.6f, 1f, 1f, 4f), reopenings);
        }

        pdf.section("注記");
        pdf.text(NOTES.stream().map(n -> "・" + n.get(0)).collect(Collectors.joining("\n")));
        return new ExportedFile(baseName(r) + ".pdf", ExportedFile.PDF, pdf.render(), List.of());
    }

    // ------------------------------------------------------------------ helpers

    private record Basis(String labelJa, UsageBreakdown figures) {
    }

    private static List<Basis> bases(NonMemberRatio r) {
        return List.of(new Basis("見込み", r.projected()), new Basis("実績のみ", r.actualOnly()));
    }

    private static List<String> usageRow(String label, RatioAmount projected, RatioAmount actual) {
        return List.of(label, plain(projected.hours()), Long.toString(projected.minutes()),
                Long.toString(projected.feesYen()), plain(actual.hours()), Long.toString(actual.minutes()),
                Long.toString(actual.feesYen()));
    }

    private static List<String> pdfUsageRow(String label, RatioAmount projected, RatioAmount actual) {
        return List.of(label, hours(projected.hours()), yen(projected.feesYen()), hours(actual.hours()),
                yen(actual.feesYen()));
    }

    private static String capLabels(NonMemberRatio r) {
        return RatioMath.caps(r.ruleVersion()).stream().map(c -> RatioMath.labelJa(c) + "（" + c.ruleId() + "）")
                .collect(Collectors.joining("、"));
    }

    private static String actualMonths(NonMemberRatio r) {
        return r.months().stream().filter(MonthRatio::actualsRecorded).map(m -> m.month().toString())
                .collect(Collectors.joining(" "));
    }

    private static String basis(MonthRatio m) {
        return m.actualsRecorded() ? "実績" : "計画";
    }

    /** e.g. "令和8年4月". */
    static String monthJa(YearMonth month) {
        return Wareki.eraYear(month.atDay(1)) + month.getMonthValue() + "月";
    }

    /** An empty record between sections (not before the first), the section's heading record, its header record. */
    private static void section(List<List<String>> rows, String heading, List<String> header) {
        if (!rows.isEmpty()) {
            rows.add(List.of());
        }
        rows.add(List.of("■ " + heading));
        rows.add(header);
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String percent(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String percentLabel(BigDecimal d) {
        return d == null ? "—（組合員の利用なし）" : d.toPlainString() + "%";
    }

    private static String hours(BigDecimal h) {
        return String.format("%,.2f時間", h);
    }

    private static String yen(long yen) {
        return String.format("%,d円", yen);
    }

    private static String yesNo(boolean b) {
        return b ? "はい" : "いいえ";
    }

    private static String stamp(Instant at) {
        return at == null ? "" : STAMP.format(at.atZone(TOKYO));
    }

    /** e.g. "令和8年10月5日（2026-10-05）" and "10:02" on the next line (Japan time), for table cells. */
    private static String when(Instant at) {
        return at == null ? "" : Wareki.withWestern(at.atZone(TOKYO).toLocalDate()) + "\n"
                + TIME.format(at.atZone(TOKYO));
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
