package jp.yui.query.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.Period;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.reports.AnnualReport.ClassFigures;
import jp.yui.query.reports.AnnualReport.ClientFigures;
import jp.yui.query.reports.AnnualReport.ClosedFigures;
import jp.yui.query.reports.AnnualReport.MonthBasis;
import jp.yui.query.reports.AnnualReport.MonthFigures;
import jp.yui.query.reports.AnnualReport.Note;
import jp.yui.query.reports.AnnualReport.SecondmentFigures;
import jp.yui.query.reports.AnnualReport.Shares;
import jp.yui.query.reports.AnnualReport.YearStatus;
import jp.yui.query.reports.DispatchBusinessReport.JuneFirstStatus;
import jp.yui.query.reports.DispatchBusinessReport.WorkTypeFigures;
import jp.yui.query.reports.DispatchBusinessReport.WorkTypeStatus;

/** Builds the answers of the reports queries from the facts ({@link ReportsFacts}) and one pass over the year ({@link YearTally}). */
final class AnnualReports {

    static final String SECONDMENT_NOTE = "在籍型出向：派遣に算入しない（R-DISP-2） / secondment: never counted as dispatch";

    private final ReportsFacts facts;
    private final CapLaw capLaw;

    AnnualReports(ReportsFacts facts, CapLaw capLaw) {
        this.facts = facts;
        this.capLaw = capLaw;
    }

    /** The first 1 June after the business year: the day of the 様式第11号 status of the report on this year. */
    static LocalDate juneFirstAfter(BusinessYear year) {
        LocalDate june = LocalDate.of(year.lastDay().getYear(), 6, 1);
        return june.isAfter(year.lastDay()) ? june : june.plusYears(1);
    }

    Optional<AnnualReport> annualReport(String cooperativeId, int businessYear) {
        Optional<CooperativeFacts> loaded = facts.load(cooperativeId, yearWindow(cooperativeId, businessYear));
        return loaded.map(f -> annualReport(f, new BusinessYear(businessYear, f.businessYearStartMonth())));
    }

    Optional<DispatchBusinessReport> dispatchBusinessReport(String cooperativeId, int businessYear) {
        return facts.load(cooperativeId, yearWindow(cooperativeId, businessYear))
                .map(f -> dispatchBusinessReport(f, new BusinessYear(businessYear, f.businessYearStartMonth())));
    }

    /** The business year and the following 1 June (start month from the table; April if the cooperative is unknown). */
    private Period yearWindow(String cooperativeId, int businessYear) {
        List<Integer> month = facts.startMonth(cooperativeId);
        BusinessYear year = new BusinessYear(businessYear, month.isEmpty() ? 4 : month.get(0));
        return new Period(year.firstDay(), juneFirstAfter(year));
    }

    AnnualReport annualReport(CooperativeFacts f, BusinessYear year) {
        YearTally t = YearTally.of(f, year);
        UsageFigures figures = t.figures();

        List<ClassFigures> classes = new ArrayList<>();
        for (ClientClass c : ClientClass.values()) {
            YearTally.Acc a = t.byClass.get(c);
            classes.add(new ClassFigures(c, Labels.ja(c), Labels.en(c), a.usage(), a.workers.size(), a.clients.size()));
        }

        List<ClientFigures> clients = new ArrayList<>();
        t.byClient.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<YearTally.ClientKey, YearTally.Acc> e) -> e.getKey().clientClass())
                        .thenComparing(e -> e.getValue().first)
                        .thenComparing(e -> e.getKey().clientId()))
                .forEach(e -> {
                    CooperativeFacts.Client client = f.clients().get(e.getKey().clientId());
                    YearTally.Acc a = e.getValue();
                    clients.add(new ClientFigures(e.getKey().clientId(), client == null ? e.getKey().clientId() : client.name(),
                            client == null ? null : client.kind(), client == null ? "" : Labels.ja(client.kind()),
                            e.getKey().clientClass(), Labels.ja(e.getKey().clientClass()), a.usage(), a.workers.size(),
                            a.first, a.last, List.copyOf(a.actualMonths), List.copyOf(a.plannedMonths)));
                });

        List<Shares> shares = List.of(shares(figures, CapUnit.HOURS), shares(figures, CapUnit.FEES));

        List<MonthFigures> months = new ArrayList<>();
        t.byMonth.forEach((m, byClass) -> {
            int[] n = t.monthAssignments.get(m);
            MonthBasis basis = n[0] + n[1] == 0 ? MonthBasis.NONE
                    : n[1] == 0 ? MonthBasis.ACTUAL : n[0] == 0 ? MonthBasis.PLANNED : MonthBasis.MIXED;
            months.add(new MonthFigures(m, basis, byClass.get(ClientClass.MEMBER).usage(),
                    byClass.get(ClientClass.RELATED_MUNICIPALITY).usage(), byClass.get(ClientClass.OTHER_NON_MEMBER).usage(),
                    n[0], n[1]));
        });

        List<CooperativeFacts.Close> closes = f.closes().stream().filter(c -> c.businessYear() == year.startYear()).toList();
        CooperativeFacts.Close latest = closes.stream().max(Comparator.comparingInt(CooperativeFacts.Close::revision))
                .orElse(null);
        CooperativeFacts.Reopen reopen = f.reopens().stream().filter(r -> r.businessYear() == year.startYear())
                .max(Comparator.comparingLong(CooperativeFacts.Reopen::eventSeq)).orElse(null);
        YearStatus status = latest == null ? YearStatus.OPEN
                : reopen != null && reopen.eventSeq() > latest.eventSeq() ? YearStatus.REOPENED_FOR_CORRECTION
                : YearStatus.CLOSED;
        ClosedFigures closed = latest == null ? null : new ClosedFigures(latest.revision(), closes.size(),
                latest.ruleVersion(), latest.unit(), UsageAmount.of(latest.figures().member()),
                UsageAmount.of(latest.figures().related()), UsageAmount.of(latest.figures().other()),
                latest.otherSharePercent(), latest.nonMemberSharePercent(), latest.withinCaps(), latest.closedAt(),
                latest.closedBy(), latest.figures().equals(figures));
        CapRuleVersion version = latest != null ? latest.ruleVersion() : capLaw.versionFor(year);

        List<SecondmentFigures> secondments = new ArrayList<>();
        for (CooperativeFacts.Assignment a : f.assignments()) {
            YearTally.Acc s = t.secondments.get(a.id());
            if (s == null) {
                continue;
            }
            CooperativeFacts.Worker w = f.workers().get(a.workerId());
            CooperativeFacts.Client c = f.clients().get(a.clientId());
            secondments.add(new SecondmentFigures(a.id(), a.kind(), a.workerId(), w == null ? a.workerId() : w.name(),
                    a.clientId(), c == null ? a.clientId() : c.name(), a.work(), a.category(), a.period().from(),
                    a.period().to(), s.usage(), SECONDMENT_NOTE));
        }

        Set<YearMonth> actualMonths = t.actualMonths();
        List<Note> notes = new ArrayList<>();
        notes.add(new Note("実績が記録された月は実績の時間・料金、その他の月は計画で集計（上限判定と同じ「見込みの年度」R-CAP-4）。実績の月: "
                + months(actualMonths),
                "Months with recorded actual results count with the actual minutes and fees, other months with the plan"
                        + " (the projected year of R-CAP-4). Actual months: " + months(actualMonths)));
        notes.add(new Note("利用区分は日ごとに判定：年度途中の加入・脱退はその日から、地区の変更は効力日から適用。",
                "The client class is decided per day: joining or leaving mid-year applies from that day, a district change"
                        + " from its effective date."));
        notes.add(new Note("派遣のみ集計。在籍型出向は別掲し、派遣に算入しない（R-DISP-2）。取り消された派遣は算入しない。",
                "Dispatch only; secondments are listed apart and never counted (R-DISP-2); cancelled assignments count nothing."));
        notes.add(new Note("料金は「分 × 時間単価」の正確な値から円未満を四捨五入。行ごとに丸めるため、行の和と合計が1円程度ずれることがある。",
                "Fees are rounded half up to the yen from exact minute × yen/h figures; rows are rounded one by one, so"
                        + " their sum can differ from the total by a yen or so."));
        if (closed != null) {
            notes.add(new Note("締めの確定値は最新の版（第" + closed.revision() + "版）。" + (closed.matchesCurrentFigures()
                    ? "現在の集計と一致。" : "現在の集計と異なる（締め後の訂正・実績による）。"),
                    "The closed figures are the latest revision (" + closed.revision() + "); they "
                            + (closed.matchesCurrentFigures() ? "match" : "differ from") + " the current figures."));
        }

        return new AnnualReport(f.cooperativeId(), f.name(), f.prefectureCode(), f.certificationNumber(),
                year.startYear(), year.firstDay(), year.lastDay(), f.capUnit(), Labels.ja(f.capUnit()), version,
                Labels.ja(version), List.copyOf(classes), t.total.usage(), List.copyOf(clients), shares,
                shares(figures, f.capUnit()), List.copyOf(months), List.copyOf(actualMonths), status,
                status == YearStatus.REOPENED_FOR_CORRECTION ? reopen.reason() : null, closed,
                List.copyOf(secondments), t.total.workers.size(), List.copyOf(notes));
    }

    DispatchBusinessReport dispatchBusinessReport(CooperativeFacts f, BusinessYear year) {
        YearTally t = YearTally.of(f, year);
        YearTally.Acc total = t.total;
        int indefinite = 0;
        int fixed = 0;
        for (Map.Entry<String, Set<LocalDate>> e : total.workerDays.entrySet()) {
            CooperativeFacts.Worker w = f.workers().get(e.getKey());
            LocalDate first = ((TreeSet<LocalDate>) e.getValue()).first();
            if (w != null && !w.isIndefiniteOn(first)) {
                fixed++;
            } else {
                indefinite++;
            }
        }
        Long perHour = total.minutes == 0 ? null : divideHalfUp(total.feeMinutes, total.minutes);
        Long perDay = total.minutes == 0 ? null : divideHalfUp(8 * total.feeMinutes, total.minutes);

        List<WorkTypeFigures> byWork = new ArrayList<>();
        t.byWork.forEach((work, a) -> byWork.add(new WorkTypeFigures(work, a.workers.size(), a.clients.size(),
                a.personDays(), a.usage())));

        LocalDate june = juneFirstAfter(year);
        Set<String> workers = new TreeSet<>();
        Set<String> clients = new TreeSet<>();
        Map<String, Set<String>[]> works = new TreeMap<>();
        for (CooperativeFacts.Assignment a : f.assignments()) {
            if (!a.isDispatch() || a.cancelled() || !a.period().contains(june)) {
                continue;
            }
            workers.add(a.workerId());
            clients.add(a.clientId());
            @SuppressWarnings("unchecked")
            Set<String>[] sets = works.computeIfAbsent(a.work(), k -> new Set[] {new TreeSet<>(), new TreeSet<>()});
            sets[0].add(a.workerId());
            sets[1].add(a.clientId());
        }
        List<WorkTypeStatus> juneWorks = new ArrayList<>();
        works.forEach((work, sets) -> juneWorks.add(new WorkTypeStatus(work, sets[0].size(), sets[1].size())));

        Set<YearMonth> actualMonths = t.actualMonths();
        List<Note> notes = List.of(
                new Note("報告対象期間は組合の事業年度（" + year.firstDay() + "〜" + year.lastDay() + "）、6月1日現在の状況は"
                        + june + "（報告年の6月1日）。",
                        "The reporting period is the cooperative's business year; the status is on " + june
                                + ", 1 June of the reporting year."),
                new Note("派遣のみ（在籍型出向を除く）。実績が記録された月は実績、その他の月は計画で集計。実績の月: " + months(actualMonths),
                        "Dispatch only (no secondments); actual months with actual results, others with the plan. Actual"
                                + " months: " + months(actualMonths)),
                new Note("1日（8時間）当たりの派遣料金の平均額 = 派遣料金の総額 ÷ 総派遣時間 × 8（円未満四捨五入）。",
                        "Average fee per day (8 h) = total fees / total hours × 8, half up to the yen."),
                new Note("派遣労働者の賃金はイベントに記録されないため、賃金の平均額は記載しない。",
                        "Wages are not in the events, so the average wage is left out."),
                new Note("6月1日現在の派遣中の労働者：その日を期間に含む派遣（取消しを除く）がある労働者。その日が就業日かは問わない。",
                        "Workers under dispatch on 1 June: those with a dispatch (not cancelled) whose period contains the"
                                + " day, whether or not it is a working day."));

        return new DispatchBusinessReport(f.cooperativeId(), f.name(), f.prefectureCode(), f.certificationNumber(),
                year.startYear(), year.firstDay(), year.lastDay(), total.workers.size(), indefinite, fixed,
                total.clients.size(), total.personDays(), total.minutes, UsageAmount.hours(total.minutes),
                UsageAmount.yen(total.feeMinutes), perHour, perDay, null, List.copyOf(byWork), List.copyOf(actualMonths),
                new JuneFirstStatus(june, workers.size(), clients.size(), List.copyOf(juneWorks)), notes);
    }

    private static Shares shares(UsageFigures figures, CapUnit unit) {
        return new Shares(unit, figures.otherShare(unit), figures.nonMemberShare(unit));
    }

    private static long divideHalfUp(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String months(Set<YearMonth> months) {
        return months.isEmpty() ? "なし / none" : months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }
}
