package jp.yui.query.subsidy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.Period;
import jp.yui.command.domain.Municipalities;
import jp.yui.query.subsidy.CooperativeSubsidy.DistrictMunicipality;
import jp.yui.query.subsidy.CooperativeSubsidy.Note;
import jp.yui.query.subsidy.CooperativeSubsidy.WorkerCost;

/** The arithmetic of R-REP-4 (see {@link CooperativeSubsidy} for the rules and the rounding). Pure; no database. */
final class SubsidyCalculator {

    /** The district from {@code effectiveFrom} on (null: as registered), in event order. */
    record DistrictVersion(LocalDate effectiveFrom, Set<String> municipalities) {
    }

    /** A worker's employment and recorded cost for the year. */
    record CostRow(String workerId, String name, LocalDate hiredOn, LocalDate fixedTermEndsOn, LocalDate indefiniteFrom,
                   LocalDate lastDay, long yen) {

        /** Last day employed as things stand (null when open-ended), as the aggregate's WorkerState says. */
        LocalDate employedThrough() {
            LocalDate end = lastDay;
            if (indefiniteFrom == null && fixedTermEndsOn != null && (end == null || fixedTermEndsOn.isBefore(end))) {
                end = fixedTermEndsOn;
            }
            return end;
        }
    }

    record Cooperative(String id, String name, String prefectureCode, int startMonth) {
    }

    /** How the figures are made (the same for every cooperative). */
    static final List<Note> RULE_NOTES = List.of(
            new Note("人件費の上限は1人当たり年400万円を、事業年度のうち雇用されていた日数で日割り（400万円 × 雇用日数 ÷ 年度の日数、円未満切捨て）。",
                    "The personnel cap is ¥4,000,000 per worker pro rata to the days employed in the business year"
                            + " (¥4,000,000 × days employed / days of the year, rounded down to the yen)."),
            new Note("事務局運営費の上限は年600万円。", "The office cost cap is ¥6,000,000 a year."),
            new Note("助成額は対象経費の1/2（円未満切捨て）。国の1/4はその1/2（円未満切捨て）、市町村の1/4は残り。",
                    "The subsidy is half of the eligible costs rounded down; the national quarter is half of it rounded"
                            + " down; the municipal quarter is the rest."));

    private final Municipalities municipalities;

    SubsidyCalculator(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    CooperativeSubsidy compute(Cooperative coop, int businessYear, List<DistrictVersion> districts, List<CostRow> costs,
                               Long officeCostYen) {
        BusinessYear year = new BusinessYear(businessYear, coop.startMonth());
        Period yearPeriod = year.period();
        long yearDays = yearPeriod.length();

        List<WorkerCost> workers = new ArrayList<>();
        long recorded = 0;
        long eligible = 0;
        for (CostRow c : costs) {
            LocalDate from = c.hiredOn() == null ? year.firstDay() : c.hiredOn();
            LocalDate through = c.employedThrough() == null ? year.lastDay() : c.employedThrough();
            Period employed = from.isAfter(through) ? null : new Period(from, through).intersection(yearPeriod);
            long days = employed == null ? 0 : employed.length();
            long cap = BigInteger.valueOf(CooperativeSubsidy.PERSONNEL_CAP_YEN).multiply(BigInteger.valueOf(days))
                    .divide(BigInteger.valueOf(yearDays)).longValueExact();
            long el = Math.min(c.yen(), cap);
            boolean indefinite = c.indefiniteFrom() != null && employed != null && !c.indefiniteFrom().isAfter(employed.to());
            workers.add(new WorkerCost(c.workerId(), c.name(), employed == null ? null : employed.from(),
                    employed == null ? null : employed.to(), days, yearDays, cap, c.yen(), el, c.yen() > cap, indefinite));
            recorded += c.yen();
            eligible += el;
        }
        long officeEligible = officeCostYen == null ? 0 : Math.min(officeCostYen, CooperativeSubsidy.OFFICE_CAP_YEN);
        long total = eligible + officeEligible;
        long subsidy = total / 2;
        long national = subsidy / 2;
        long municipal = subsidy - national;

        List<DistrictMunicipality> district = districtDuring(districts, yearPeriod);
        List<Note> notes = new ArrayList<>(RULE_NOTES);
        if (district.size() > 1) {
            notes.add(new Note("地区に複数の市町村があるため、市町村の1/4は合計で示す。市町村間の分担は協定によるもので、記録されていない。",
                    "Several municipalities share this cooperative: the municipal quarter is shown in total; how they"
                            + " divide it is their agreement, which is not in the events."));
        }
        notes.add(new Note("年度は組合の事業年度（" + year.firstDay() + "〜" + year.lastDay() + "）。",
                "The year is the cooperative's business year."));

        return new CooperativeSubsidy(coop.id(), coop.name(), coop.prefectureCode(), businessYear, year.firstDay(),
                year.lastDay(), district, district.size() > 1, List.copyOf(workers), recorded, eligible, officeCostYen,
                officeEligible, officeCostYen != null && officeCostYen > CooperativeSubsidy.OFFICE_CAP_YEN, total,
                subsidy, national, municipal, List.copyOf(notes));
    }

    /** Each municipality in the district on some day of the period, with its first and last such day (aggregate's per-day rule). */
    List<DistrictMunicipality> districtDuring(List<DistrictVersion> districts, Period period) {
        Map<String, LocalDate[]> spans = new TreeMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            for (String code : districtOn(districts, d)) {
                LocalDate[] s = spans.computeIfAbsent(code, k -> new LocalDate[2]);
                if (s[0] == null) {
                    s[0] = d;
                }
                s[1] = d;
            }
        }
        Map<String, DistrictMunicipality> out = new LinkedHashMap<>();
        spans.forEach((code, s) -> out.put(code, new DistrictMunicipality(code, name(code), s[0], s[1])));
        return List.copyOf(out.values());
    }

    String name(String code) {
        return municipalities.find(code).map(m -> m.fullName()).orElse(code);
    }

    static Set<String> districtOn(List<DistrictVersion> districts, LocalDate day) {
        Set<String> current = Set.of();
        for (DistrictVersion v : districts) {
            if (v.effectiveFrom() == null || !v.effectiveFrom().isAfter(day)) {
                current = v.municipalities();
            }
        }
        return current;
    }
}
