package jp.yui.query.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.yui.query.export.Csv;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.export.PdfReport;
import jp.yui.query.export.Wareki;

/** The ledger as a CSV file and as a PDF. */
final class LedgerDocuments {

    /** The CSV columns, in order. */
    static final List<String> CSV_HEADER = List.of("派遣ID", "状態", "派遣労働者氏名", "無期雇用", "60歳以上（派遣開始日）",
            "60歳以上（出力日）", "派遣先", "就業場所（市町村）", "組織単位", "派遣期間（開始）", "派遣期間（終了）", "就業日",
            "予定就業日数", "実績就業日数", "実績就業時間", "始業時刻", "終業時刻", "休憩時間（分）", "業務内容", "責任の程度",
            "派遣元責任者", "派遣先責任者", "時間外労働の上限（36協定）", "苦情の処理状況", "社会保険・雇用保険",
            "教育訓練・キャリアコンサルティング", "取消理由", "保存期限");

    private LedgerDocuments() {
    }

    static byte[] csv(List<LedgerEntry> entries, CsvEncoding encoding) {
        List<List<String>> rows = new ArrayList<>();
        for (LedgerEntry e : entries) {
            rows.add(List.of(e.assignmentId(), e.status().labelJa(), e.workerName(), indefinite(e, false),
                    sixty(e.sixtyOrOverAtStart(), e.ageAtStart()), sixty(e.sixtyOrOverAsOf(), e.ageAsOf()), e.clientName(),
                    nz(e.workplaceMunicipalityName()), nz(e.organisationalUnit()), e.period().from().toString(),
                    e.period().to().toString(), nz(e.workingDays()), Integer.toString(e.plannedDays()),
                    Integer.toString(e.actualDays()), WorkingDays.duration(e.actualMinutes()), time(e.startTime()),
                    time(e.endTime()), e.breakMinutes() == null ? "" : e.breakMinutes().toString(), nz(e.work()),
                    nz(e.responsibility()), nz(e.dispatcherResponsiblePerson()), nz(e.clientResponsiblePerson()),
                    e.overtimeLimits() == null ? "" : e.overtimeLimits().labelJa(), complaints(e, false),
                    e.socialInsurance() == null ? "未記録" : e.socialInsurance().labelJa(), trainings(e, false),
                    nz(e.cancelReason()), e.retainUntil().toString()));
        }
        return Csv.write(CSV_HEADER, rows, encoding);
    }

    static byte[] pdf(String cooperativeName, List<LedgerEntry> entries, LocalDate today) {
        PdfReport report = PdfReport.titled("派遣元管理台帳")
                .subtitle(cooperativeName)
                .subtitle("出力日 " + Wareki.withWestern(today))
                .subtitle("労働者派遣法第37条による派遣元管理台帳（派遣終了の日から3年間保存） ／ Dispatcher's ledger, kept 3 years after each assignment ends")
                .footer("派遣元管理台帳 ／ " + cooperativeName);
        if (entries.isEmpty()) {
            report.text("台帳に記載する派遣はありません。 / No dispatch to list.");
            return report.render();
        }
        Map<String, List<LedgerEntry>> byWorker = entries.stream()
                .collect(Collectors.groupingBy(LedgerEntry::workerId, LinkedHashMap::new, Collectors.toList()));
        boolean first = true;
        for (List<LedgerEntry> mine : byWorker.values()) {
            LedgerEntry w = mine.get(0);
            if (!first) {
                report.pageBreak();
            }
            first = false;
            report.section(w.workerName() + "（" + w.workerId() + "）");
            report.text("生年月日: " + (w.birthDate() == null ? "未記録" : Wareki.withWestern(w.birthDate()))
                    + "　　雇用期間: " + indefinite(w, true));
            report.text("社会保険・雇用保険: " + (w.socialInsurance() == null ? "未記録" : w.socialInsurance().labelJa()));
            report.text("時間外労働の上限（36協定）: " + (w.overtimeLimits() == null ? "未記録" : w.overtimeLimits().labelJa()));
            for (LedgerEntry e : mine) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("派遣", e.assignmentId() + "（" + e.status().labelJa() + "）"));
                rows.add(List.of("派遣先", e.clientName()));
                rows.add(List.of("就業場所・組織単位", nz(e.workplaceMunicipalityName())
                        + (e.organisationalUnit() == null ? "" : "　" + e.organisationalUnit())));
                rows.add(List.of("派遣期間", Wareki.withWestern(e.period().from()) + " 〜 " + Wareki.withWestern(e.period().to())));
                rows.add(List.of("就業日", nz(e.workingDays()) + "（予定 " + e.plannedDays() + "日）"));
                rows.add(List.of("実績就業日数", e.actualDays() + "日（" + WorkingDays.duration(e.actualMinutes()) + "）"));
                rows.add(List.of("始業・終業時刻", e.startTime() == null ? "未記録"
                        : time(e.startTime()) + "〜" + time(e.endTime()) + "（休憩 " + e.breakMinutes() + "分）"));
                rows.add(List.of("業務内容", nz(e.work())));
                rows.add(List.of("責任の程度", nz(e.responsibility())));
                rows.add(List.of("派遣元責任者", nz(e.dispatcherResponsiblePerson())));
                rows.add(List.of("派遣先責任者", nz(e.clientResponsiblePerson())));
                rows.add(List.of("60歳以上", "派遣開始日: " + sixty(e.sixtyOrOverAtStart(), e.ageAtStart())
                        + "　出力日: " + sixty(e.sixtyOrOverAsOf(), e.ageAsOf())));
                rows.add(List.of("苦情の処理状況", e.complaints().isEmpty() ? "なし" : complaints(e, true)));
                if (e.status() == LedgerStatus.CANCELLED) {
                    rows.add(List.of("取消理由", nz(e.cancelReason())));
                }
                rows.add(List.of("保存期限", Wareki.withWestern(e.retainUntil())));
                report.table(List.of("項目", "内容"), List.of(1f, 3.4f), rows);
            }
            List<List<String>> training = new ArrayList<>();
            for (LedgerTraining t : w.trainings()) {
                training.add(List.of(Wareki.withWestern(t.heldOn()), t.kindJa(), t.content(), WorkingDays.duration(t.minutes())));
            }
            if (training.isEmpty()) {
                training.add(List.of("なし", "", "", ""));
            }
            report.text("教育訓練・キャリアコンサルティング");
            report.table(List.of("実施日", "種別", "内容", "時間"), List.of(1.6f, 1.3f, 2.6f, 0.7f), training);
        }
        return report.render();
    }

    private static String indefinite(LedgerEntry e, boolean wareki) {
        if (!e.indefiniteTerm()) {
            return "有期雇用";
        }
        LocalDate since = e.indefiniteSince();
        return "無期雇用（" + (wareki ? Wareki.withWestern(since) : since.toString()) + "から）";
    }

    private static String sixty(Boolean over, Integer age) {
        if (over == null) {
            return "不明";
        }
        return (over ? "該当" : "非該当") + "（" + age + "歳）";
    }

    private static String complaints(LedgerEntry e, boolean wareki) {
        return e.complaints().stream()
                .map(c -> (wareki ? Wareki.withWestern(c.receivedOn()) : c.receivedOn().toString()) + " 受付: " + c.content()
                        + " ／ 処理: " + (c.handling() == null ? "未記録" : c.handling()))
                .collect(Collectors.joining("\n"));
    }

    private static String trainings(LedgerEntry e, boolean wareki) {
        return e.trainings().stream()
                .map(t -> (wareki ? Wareki.withWestern(t.heldOn()) : t.heldOn().toString()) + " " + t.kindJa() + " "
                        + t.content() + "（" + WorkingDays.duration(t.minutes()) + "）")
                .collect(Collectors.joining("\n"));
    }

    private static String time(LocalTime t) {
        return t == null ? "" : String.format("%d:%02d", t.getHour(), t.getMinute());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
