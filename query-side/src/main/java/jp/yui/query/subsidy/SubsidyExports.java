package jp.yui.query.subsidy;

import java.util.ArrayList;
import java.util.List;
import jp.yui.query.export.Csv;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.export.Wareki;
import jp.yui.query.reports.ExportedFile;

/**
 * CSV files of the subsidy figures (through {@link Csv}): sections — a heading record, a header record, rows —
 * separated by an empty record; amounts in integral yen, dates ISO (the business year also in 令和).
 */
final class SubsidyExports {

    private static final List<String> COOPERATIVE_HEADER = List.of("組合ID", "組合名", "事業年度", "開始日", "終了日",
            "人件費（計上）", "人件費（対象）", "事務局運営費（計上）", "事務局運営費（対象）", "対象経費合計", "助成額（1/2）",
            "国（1/4）", "市町村（1/4・合計）", "地区の市町村");
    private static final List<String> WORKER_HEADER = List.of("組合ID", "職員ID", "職員名", "雇用開始（年度内）",
            "雇用終了（年度内）", "雇用日数", "年度の日数", "上限（円）", "人件費（計上）", "人件費（対象）", "上限適用", "無期雇用");

    private SubsidyExports() {
    }

    static ExportedFile csv(SubsidyFigures f, CsvEncoding encoding) {
        List<List<String>> rows = new ArrayList<>();
        section(rows, "特定地域づくり事業の助成額 / Subsidy figures", List.of("項目", "値"));
        rows.add(List.of("市町村", f.municipalityName() + "（" + f.municipalityCode() + "）"));
        rows.add(List.of("事業年度", Wareki.businessYear(f.businessYear())));
        rows.add(List.of("組合数", Integer.toString(f.cooperatives().size())));
        rows.add(List.of("対象経費合計", Long.toString(f.eligibleTotalYen())));
        rows.add(List.of("助成額（1/2）", Long.toString(f.subsidyYen())));
        rows.add(List.of("国（1/4）", Long.toString(f.nationalQuarterYen())));
        rows.add(List.of("市町村（1/4・分担前の合計）", Long.toString(f.municipalQuarterYen())));
        section(rows, "組合別 / By cooperative", COOPERATIVE_HEADER);
        for (CooperativeSubsidy c : f.cooperatives()) {
            rows.add(cooperativeRow(c));
        }
        section(rows, "職員別の人件費 / Personnel cost per worker", WORKER_HEADER);
        for (CooperativeSubsidy c : f.cooperatives()) {
            workerRows(rows, c);
        }
        notes(rows, f.notes());
        return file("subsidy-" + f.municipalityCode() + "-" + f.businessYear(), rows, encoding);
    }

    static ExportedFile csv(CooperativeSubsidy c, CsvEncoding encoding) {
        List<List<String>> rows = new ArrayList<>();
        section(rows, "特定地域づくり事業の助成額 / Subsidy figures", COOPERATIVE_HEADER);
        rows.add(cooperativeRow(c));
        section(rows, "職員別の人件費 / Personnel cost per worker", WORKER_HEADER);
        workerRows(rows, c);
        section(rows, "地区の市町村 / District municipalities", List.of("コード", "名称", "地区に含まれた最初の日", "最後の日"));
        for (CooperativeSubsidy.DistrictMunicipality m : c.districtMunicipalities()) {
            rows.add(List.of(m.code(), m.name(), m.inDistrictFrom().toString(), m.inDistrictThrough().toString()));
        }
        notes(rows, c.notes());
        return file("subsidy-" + c.cooperativeId() + "-" + c.businessYear(), rows, encoding);
    }

    private static List<String> cooperativeRow(CooperativeSubsidy c) {
        return List.of(c.cooperativeId(), c.cooperativeName(), Wareki.businessYear(c.businessYear()),
                c.firstDay().toString(), c.lastDay().toString(), Long.toString(c.personnelCostRecordedYen()),
                Long.toString(c.personnelCostEligibleYen()),
                c.officeCostRecordedYen() == null ? "未記録" : c.officeCostRecordedYen().toString(),
                Long.toString(c.officeCostEligibleYen()), Long.toString(c.eligibleTotalYen()),
                Long.toString(c.subsidyYen()), Long.toString(c.nationalQuarterYen()),
                Long.toString(c.municipalQuarterYen()),
                String.join(" ", c.districtMunicipalities().stream().map(CooperativeSubsidy.DistrictMunicipality::name).toList()));
    }

    private static void workerRows(List<List<String>> rows, CooperativeSubsidy c) {
        for (CooperativeSubsidy.WorkerCost w : c.workers()) {
            rows.add(List.of(c.cooperativeId(), w.workerId(), w.name(),
                    w.employedFrom() == null ? "" : w.employedFrom().toString(),
                    w.employedThrough() == null ? "" : w.employedThrough().toString(), Long.toString(w.employedDays()),
                    Long.toString(w.yearDays()), Long.toString(w.capYen()), Long.toString(w.recordedYen()),
                    Long.toString(w.eligibleYen()), w.capped() ? "はい" : "いいえ", w.indefiniteTerm() ? "はい" : "いいえ"));
        }
    }

    private static void section(List<List<String>> rows, String heading, List<String> header) {
        if (!rows.isEmpty()) {
            rows.add(List.of());
        }
        rows.add(List.of("■ " + heading));
        rows.add(header);
    }

    private static void notes(List<List<String>> rows, List<CooperativeSubsidy.Note> notes) {
        section(rows, "注記 / Notes", List.of("注記", "Note"));
        for (CooperativeSubsidy.Note n : notes) {
            rows.add(List.of(n.ja(), n.en()));
        }
    }

    private static ExportedFile file(String baseName, List<List<String>> rows, CsvEncoding encoding) {
        CsvEncoding enc = SubsidyQueryHandler.orDefault(encoding);
        Csv.Written written = Csv.writeReplacing(null, rows, enc);
        List<String> warnings = written.replacements().stream()
                .map(x -> "この文字は " + enc + " で書き出せないため ? にしました / written as ?: " + x.describe())
                .toList();
        return new ExportedFile(baseName + "-" + enc.suffix() + ".csv", ExportedFile.CSV, written.bytes(), warnings);
    }
}
