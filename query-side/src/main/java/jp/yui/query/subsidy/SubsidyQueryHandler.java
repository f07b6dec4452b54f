package jp.yui.query.subsidy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.yui.command.domain.Municipalities;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.reports.ExportedFile;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the subsidy queries (R-REP-4) from the {@code sub_*} tables of {@link SubsidyProjection}. */
@Component
public class SubsidyQueryHandler {

    private final JdbcTemplate jdbc;
    private final SubsidyCalculator calculator;

    public SubsidyQueryHandler(JdbcTemplate jdbc, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.calculator = new SubsidyCalculator(municipalities);
    }

    @QueryHandler
    public CooperativeSubsidy handle(FindCooperativeSubsidy q) {
        return cooperativeSubsidy(q.cooperativeId(), q.businessYear()).orElse(null);
    }

    @QueryHandler
    public SubsidyFigures handle(FindSubsidyFigures q) {
        List<String> candidates = jdbc.queryForList("""
                select distinct cooperative_id from sub_district_version where ? = any(municipalities)
                order by cooperative_id""", String.class, q.municipalityCode());
        List<CooperativeSubsidy> cooperatives = new ArrayList<>();
        for (String id : candidates) {
            cooperativeSubsidy(id, q.businessYear())
                    .filter(c -> c.districtMunicipalities().stream().anyMatch(m -> m.code().equals(q.municipalityCode())))
                    .ifPresent(cooperatives::add);
        }
        long eligible = 0;
        long subsidy = 0;
        long national = 0;
        long municipal = 0;
        for (CooperativeSubsidy c : cooperatives) {
            eligible += c.eligibleTotalYen();
            subsidy += c.subsidyYen();
            national += c.nationalQuarterYen();
            municipal += c.municipalQuarterYen();
        }
        List<CooperativeSubsidy.Note> notes = new ArrayList<>(List.of(
                new CooperativeSubsidy.Note("この市町村を地区に含む組合（その事業年度のいずれかの日に含むもの）を表示。",
                        "Cooperatives whose district contains this municipality on at least one day of the business year."),
                new CooperativeSubsidy.Note("合計は各組合の数値の和。複数の市町村が地区を共有する組合の市町村の1/4は、分担前の合計。",
                        "Totals add up the cooperatives; a shared cooperative's municipal quarter is its total before"
                                + " any division between the municipalities (their agreement, not in the events)."),
                new CooperativeSubsidy.Note("年度は各組合の事業年度（開始月は組合ごと）。",
                        "The year is each cooperative's own business year (its start month may differ).")));
        notes.addAll(SubsidyCalculator.RULE_NOTES);
        return new SubsidyFigures(q.municipalityCode(), calculator.name(q.municipalityCode()), q.businessYear(),
                List.copyOf(cooperatives), eligible, subsidy, national, municipal, List.copyOf(notes));
    }

    @QueryHandler
    public ExportedFile handle(ExportSubsidyFiguresCsv q) {
        return SubsidyExports.csv(handle(new FindSubsidyFigures(q.municipalityCode(), q.businessYear())), q.encoding());
    }

    @QueryHandler
    public ExportedFile handle(ExportCooperativeSubsidyCsv q) {
        return cooperativeSubsidy(q.cooperativeId(), q.businessYear())
                .map(c -> SubsidyExports.csv(c, q.encoding())).orElse(null);
    }

    Optional<CooperativeSubsidy> cooperativeSubsidy(String cooperativeId, int businessYear) {
        List<SubsidyCalculator.Cooperative> coop = jdbc.query("select * from sub_cooperative where cooperative_id = ?",
                (rs, i) -> new SubsidyCalculator.Cooperative(rs.getString("cooperative_id"), rs.getString("name"),
                        rs.getString("prefecture_code"), rs.getInt("business_year_start_month")),
                cooperativeId);
        if (coop.isEmpty()) {
            return Optional.empty();
        }
        List<SubsidyCalculator.DistrictVersion> districts = jdbc.query("""
                select effective_from, municipalities from sub_district_version where cooperative_id = ?
                order by event_seq""",
                (rs, i) -> new SubsidyCalculator.DistrictVersion(date(rs, "effective_from"), codes(rs.getArray("municipalities"))),
                cooperativeId);
        List<SubsidyCalculator.CostRow> costs = jdbc.query("""
                select p.worker_id, coalesce(w.name, p.worker_id) as name, w.hired_on, w.fixed_term_ends_on,
                       w.indefinite_from, w.last_day, p.yen
                from sub_personnel_cost p
                left join sub_worker w on w.cooperative_id = p.cooperative_id and w.worker_id = p.worker_id
                where p.cooperative_id = ? and p.business_year = ?
                order by w.hired_on nulls last, p.worker_id""",
                (rs, i) -> new SubsidyCalculator.CostRow(rs.getString("worker_id"), rs.getString("name"),
                        date(rs, "hired_on"), date(rs, "fixed_term_ends_on"), date(rs, "indefinite_from"),
                        date(rs, "last_day"), rs.getLong("yen")),
                cooperativeId, businessYear);
        List<Long> office = jdbc.queryForList(
                "select yen from sub_office_cost where cooperative_id = ? and business_year = ?", Long.class,
                cooperativeId, businessYear);
        return Optional.of(calculator.compute(coop.get(0), businessYear, districts, costs,
                office.isEmpty() ? null : office.get(0)));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Set<String> codes(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    static CsvEncoding orDefault(CsvEncoding e) {
        return e == null ? CsvEncoding.UTF8_BOM : e;
    }
}
