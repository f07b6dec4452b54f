package jp.yui.query.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.PersonnelCostRecorded;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.command.domain.Municipalities;
import jp.yui.query.export.Csv;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.reports.CsvReader;
import jp.yui.query.reports.ExportedFile;
import jp.yui.query.subsidy.CooperativeSubsidy.DistrictMunicipality;
import jp.yui.query.subsidy.CooperativeSubsidy.WorkerCost;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-REP-4: the subsidy figures — caps, pro-rating, quarters, the municipalities' view, idempotency, reset, CSV. */
class SubsidyTest {

    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final String CHIBU = "325279";

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private SubsidyProjection projection;
    private SubsidyQueryHandler queries;

    @BeforeEach
    void setUp() {
        projection = new SubsidyProjection(jdbc);
        projection.reset();
        queries = new SubsidyQueryHandler(jdbc, Municipalities.officialList());
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static CooperativeRegistered coop(String id, String name, Set<String> district) {
        return new CooperativeRegistered(id, name, "32", district, 4, CapUnit.HOURS, DayOfWeek.SUNDAY,
                OvertimeAgreement.standard());
    }

    static WorkerHired worker(String coop, String id, String name, String hiredOn) {
        return new WorkerHired(coop, id, name, d("1999-01-01"), d(hiredOn), EmploymentType.INDEFINITE, null, AMA, Set.of());
    }

    @Test
    @DisplayName("caps: a ¥4.5M worker counts ¥4M, ¥7.5M office costs count ¥6M; half of ¥10M, a quarter each")
    void caps() {
        Events.to(projection).given(
                coop("sub-caps", "海士マルチワーク事業協同組合", Set.of(AMA)),
                worker("sub-caps", "w1", "佐藤 陽菜", "2022-04-01"),
                new PersonnelCostRecorded("sub-caps", "w1", 2026, 4_500_000),
                new OfficeCostRecorded("sub-caps", 2026, 7_500_000));

        CooperativeSubsidy s = queries.handle(new FindCooperativeSubsidy("sub-caps", 2026));
        assertThat(s.workers()).containsExactly(new WorkerCost("w1", "佐藤 陽菜", d("2026-04-01"), d("2027-03-31"), 365,
                365, 4_000_000, 4_500_000, 4_000_000, true, true));
        assertThat(s.personnelCostRecordedYen()).isEqualTo(4_500_000);
        assertThat(s.personnelCostEligibleYen()).isEqualTo(4_000_000);
        assertThat(s.officeCostRecordedYen()).isEqualTo(7_500_000L);
        assertThat(s.officeCostEligibleYen()).isEqualTo(6_000_000);
        assertThat(s.officeCostCapped()).isTrue();
        assertThat(s.eligibleTotalYen()).isEqualTo(10_000_000);
        assertThat(s.subsidyYen()).isEqualTo(5_000_000);
        assertThat(s.nationalQuarterYen()).isEqualTo(2_500_000);
        assertThat(s.municipalQuarterYen()).isEqualTo(2_500_000);
        assertThat(s.sharedByMunicipalities()).isFalse();
        assertThat(s.districtMunicipalities()).containsExactly(
                new DistrictMunicipality(AMA, "島根県海士町", d("2026-04-01"), d("2027-03-31")));
    }

    private List<Object> partYear() {
        String c = "sub-part";
        List<Object> e = new ArrayList<>();
        e.add(coop(c, "島前マルチワーク事業協同組合", Set.of(AMA, NISHINOSHIMA, CHIBU)));
        e.add(worker(c, "w1", "佐藤 陽菜", "2022-04-01"));
        e.add(worker(c, "w2", "鈴木 健太", "2026-10-01"));
        e.add(worker(c, "w3", "高橋 美咲", "2024-04-01"));
        e.add(worker(c, "w4", "田中 翔", "2025-04-01"));
        e.add(new WorkerSeparated(c, "w4", d("2026-06-30"), "転居"));
        e.add(new WorkerHired(c, "w5", "伊藤 さくら", d("2000-02-02"), d("2026-04-01"), EmploymentType.FIXED_TERM,
                d("2026-09-30"), AMA, Set.of()));
        e.add(new PersonnelCostRecorded(c, "w1", 2026, 3_900_000));
        e.add(new PersonnelCostRecorded(c, "w2", 2026, 2_100_000));
        e.add(new PersonnelCostRecorded(c, "w3", 2026, 3_200_000));
        e.add(new PersonnelCostRecorded(c, "w3", 2026, 3_000_000)); // recorded again: replaces
        e.add(new PersonnelCostRecorded(c, "w4", 2026, 800_003));
        e.add(new PersonnelCostRecorded(c, "w5", 2026, 1_000_000));
        e.add(new PersonnelCostRecorded(c, "w1", 2025, 3_800_000)); // another year
        e.add(new OfficeCostRecorded(c, 2026, 5_000_001));
        return e;
    }

    @Test
    @DisplayName("part-year workers: the ¥4M cap pro rata to the days employed (182/365, 91/365, 183/365), rounded down; odd yen to the municipality")
    void partYearWorkersAndRounding() {
        Events.to(projection).given(partYear().toArray());

        CooperativeSubsidy s = queries.handle(new FindCooperativeSubsidy("sub-part", 2026));
        assertThat(s.workers()).containsExactly(
                new WorkerCost("w1", "佐藤 陽菜", d("2026-04-01"), d("2027-03-31"), 365, 365, 4_000_000, 3_900_000,
                        3_900_000, false, true),
                new WorkerCost("w3", "高橋 美咲", d("2026-04-01"), d("2027-03-31"), 365, 365, 4_000_000, 3_000_000,
                        3_000_000, false, true),
                // separated 2026-06-30: 91 days → 4,000,000 × 91 / 365 = 997,260.27…
                new WorkerCost("w4", "田中 翔", d("2026-04-01"), d("2026-06-30"), 91, 365, 997_260, 800_003, 800_003,
                        false, true),
                // fixed term to 2026-09-30, never converted: 183 days → 2,005,479.45…; employed, though not dispatchable
                new WorkerCost("w5", "伊藤 さくら", d("2026-04-01"), d("2026-09-30"), 183, 365, 2_005_479, 1_000_000,
                        1_000_000, false, false),
                // hired 2026-10-01: 182 days → 4,000,000 × 182 / 365 = 1,994,520.54… → capped
                new WorkerCost("w2", "鈴木 健太", d("2026-10-01"), d("2027-03-31"), 182, 365, 1_994_520, 2_100_000,
                        1_994_520, true, true));
        assertThat(s.personnelCostRecordedYen()).isEqualTo(10_800_003);
        assertThat(s.personnelCostEligibleYen()).isEqualTo(10_694_523);
        assertThat(s.officeCostEligibleYen()).isEqualTo(5_000_001);
        assertThat(s.officeCostCapped()).isFalse();
        assertThat(s.eligibleTotalYen()).isEqualTo(15_694_524);
        assertThat(s.subsidyYen()).isEqualTo(7_847_262);
        assertThat(s.nationalQuarterYen()).isEqualTo(3_923_631);
        assertThat(s.municipalQuarterYen()).isEqualTo(3_923_631);
    }

    @Test
    @DisplayName("quarters: floor(E / 2) to the subsidy, floor(subsidy / 2) to the state, the rest to the municipality")
    void oddYen() {
        Events.to(projection).given(
                coop("sub-odd", "知夫村事業協同組合", Set.of(CHIBU)),
                worker("sub-odd", "w1", "佐藤 陽菜", "2022-04-01"),
                new PersonnelCostRecorded("sub-odd", "w1", 2026, 1_000_003),
                new OfficeCostRecorded("sub-odd", 2026, 3));
        CooperativeSubsidy s = queries.handle(new FindCooperativeSubsidy("sub-odd", 2026));
        assertThat(s.eligibleTotalYen()).isEqualTo(1_000_006);
        assertThat(s.subsidyYen()).isEqualTo(500_003);
        assertThat(s.nationalQuarterYen()).isEqualTo(250_001);
        assertThat(s.municipalQuarterYen()).isEqualTo(250_002);
    }

    @Test
    @DisplayName("a municipality sees each cooperative whose district contains it in that year; a shared cooperative's municipal quarter in total")
    void municipalityView() {
        Events.to(projection).given(partYear().toArray());
        Events.to(projection).given(
                coop("sub-west", "西ノ島事業協同組合", Set.of(NISHINOSHIMA)),
                worker("sub-west", "w1", "山本 大輔", "2023-04-01"),
                new PersonnelCostRecorded("sub-west", "w1", 2026, 3_000_000),
                new OfficeCostRecorded("sub-west", 2026, 2_000_000));
        Events.to(projection).given(
                coop("sub-grow", "知夫・海士事業協同組合", Set.of(CHIBU)),
                new DistrictChangeCertified("sub-grow", Set.of(CHIBU, AMA), d("2026-10-01")),
                new OfficeCostRecorded("sub-grow", 2026, 1_000_000),
                new OfficeCostRecorded("sub-grow", 2025, 1_000_000));

        SubsidyFigures ama = queries.handle(new FindSubsidyFigures(AMA, 2026));
        assertThat(ama.municipalityName()).isEqualTo("島根県海士町");
        assertThat(ama.cooperatives()).extracting(CooperativeSubsidy::cooperativeId).containsExactly("sub-grow", "sub-part");
        CooperativeSubsidy part = ama.cooperatives().get(1);
        assertThat(part.sharedByMunicipalities()).isTrue();
        assertThat(part.districtMunicipalities()).extracting(DistrictMunicipality::name)
                .containsExactly("島根県海士町", "島根県西ノ島町", "島根県知夫村");
        assertThat(part.municipalQuarterYen()).isEqualTo(3_923_631); // the whole quarter, not divided by three
        assertThat(part.notes()).anyMatch(n -> n.ja().contains("協定"));
        CooperativeSubsidy grow = ama.cooperatives().get(0);
        assertThat(grow.districtMunicipalities()).containsExactly(
                new DistrictMunicipality(AMA, "島根県海士町", d("2026-10-01"), d("2027-03-31")),
                new DistrictMunicipality(CHIBU, "島根県知夫村", d("2026-04-01"), d("2027-03-31")));
        assertThat(grow.subsidyYen()).isEqualTo(500_000);
        assertThat(ama.eligibleTotalYen()).isEqualTo(15_694_524 + 1_000_000);
        assertThat(ama.subsidyYen()).isEqualTo(7_847_262 + 500_000);
        assertThat(ama.nationalQuarterYen()).isEqualTo(3_923_631 + 250_000);
        assertThat(ama.municipalQuarterYen()).isEqualTo(3_923_631 + 250_000);

        // before the district change 海士町 did not see sub-grow
        assertThat(queries.handle(new FindSubsidyFigures(AMA, 2025)).cooperatives())
                .extracting(CooperativeSubsidy::cooperativeId).containsExactly("sub-part");
        assertThat(queries.handle(new FindSubsidyFigures(NISHINOSHIMA, 2026)).cooperatives())
                .extracting(CooperativeSubsidy::cooperativeId).containsExactly("sub-part", "sub-west");
        CooperativeSubsidy west = queries.handle(new FindCooperativeSubsidy("sub-west", 2026));
        assertThat(west.sharedByMunicipalities()).isFalse();
        assertThat(west.eligibleTotalYen()).isEqualTo(5_000_000);
        assertThat(queries.handle(new FindSubsidyFigures("131016", 2026)).cooperatives()).isEmpty();
        assertThat(queries.handle(new FindCooperativeSubsidy("nobody", 2026))).isNull();
    }

    private List<Map<String, Object>> dump() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String t : SubsidyProjection.TABLES) {
            rows.addAll(jdbc.queryForList("select '" + t + "' as t, to_jsonb(x)::text as row from " + t + " x order by 2"));
        }
        return rows;
    }

    @Test
    @DisplayName("idempotent: every event again, an older cost after a newer one — no row and no figure changes")
    void idempotent() {
        Events feed = Events.to(projection).given(partYear().toArray());
        List<Map<String, Object>> rows = dump();
        CooperativeSubsidy before = queries.handle(new FindCooperativeSubsidy("sub-part", 2026));

        List<DomainEventMessage<?>> all = feed.handled();
        feed.again(all);
        feed.again(List.of(all.get(9))); // the earlier ¥3.2M record of w3 after the ¥3.0M one

        assertThat(dump()).isEqualTo(rows);
        assertThat(queries.handle(new FindCooperativeSubsidy("sub-part", 2026))).isEqualTo(before);
        assertThat(before.workers().get(1).recordedYen()).isEqualTo(3_000_000);
    }

    @Test
    @DisplayName("the reset handler empties exactly the subsidy tables; a replay gives the same figures")
    void resetAndReplay() {
        Events feed = Events.to(projection).given(partYear().toArray());
        CooperativeSubsidy before = queries.handle(new FindCooperativeSubsidy("sub-part", 2026));
        jdbc.update("insert into rpt_client (cooperative_id, client_id, name, kind) values ('sub-other', 'c', 'c', 'BUSINESS') "
                + "on conflict do nothing");

        projection.reset();
        for (String t : SubsidyProjection.TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + t, Integer.class)).as(t).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from rpt_client where cooperative_id = 'sub-other'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename like 'sub\\_%'", String.class)).containsExactlyInAnyOrder(SubsidyProjection.TABLES);

        Events.to(projection).again(feed.handled());
        assertThat(queries.handle(new FindCooperativeSubsidy("sub-part", 2026))).isEqualTo(before);
        jdbc.update("delete from rpt_client where cooperative_id = 'sub-other'");
    }

    @Test
    @DisplayName("CSV read back: the municipality's file (UTF-8 with BOM) and a cooperative's file (Shift_JIS)")
    void csv() {
        Events.to(projection).given(partYear().toArray());

        ExportedFile f = queries.handle(new ExportSubsidyFiguresCsv(AMA, 2026, CsvEncoding.UTF8_BOM));
        assertThat(f.fileName()).isEqualTo("subsidy-325252-2026-utf8.csv");
        List<List<String>> csv = CsvReader.parse(new String(f.content(), 3, f.content().length - 3, StandardCharsets.UTF_8));
        assertThat(CsvReader.section(csv, "特定地域づくり事業の助成額")).contains(
                List.of("市町村", "島根県海士町（325252）"), List.of("事業年度", "令和8年度（2026年度）"),
                List.of("助成額（1/2）", "7847262"), List.of("国（1/4）", "3923631"),
                List.of("市町村（1/4・分担前の合計）", "3923631"));
        assertThat(CsvReader.section(csv, "組合別")).containsExactly(
                List.of("組合ID", "組合名", "事業年度", "開始日", "終了日", "人件費（計上）", "人件費（対象）", "事務局運営費（計上）",
                        "事務局運営費（対象）", "対象経費合計", "助成額（1/2）", "国（1/4）", "市町村（1/4・合計）", "地区の市町村"),
                List.of("sub-part", "島前マルチワーク事業協同組合", "令和8年度（2026年度）", "2026-04-01", "2027-03-31", "10800003",
                        "10694523", "5000001", "5000001", "15694524", "7847262", "3923631", "3923631",
                        "島根県海士町 島根県西ノ島町 島根県知夫村"));
        assertThat(CsvReader.section(csv, "職員別の人件費")).contains(List.of("sub-part", "w2", "鈴木 健太", "2026-10-01",
                "2027-03-31", "182", "365", "1994520", "2100000", "1994520", "はい", "はい"));

        ExportedFile sjis = queries.handle(new ExportCooperativeSubsidyCsv("sub-part", 2026, CsvEncoding.SHIFT_JIS));
        assertThat(sjis.fileName()).isEqualTo("subsidy-sub-part-2026-sjis.csv");
        List<List<String>> back = CsvReader.parse(new String(sjis.content(), Csv.SHIFT_JIS));
        assertThat(CsvReader.section(back, "特定地域づくり事業の助成額").get(1)).containsSubsequence("sub-part", "15694524",
                "7847262", "3923631", "3923631");
        assertThat(CsvReader.section(back, "地区の市町村")).contains(List.of(AMA, "島根県海士町", "2026-04-01", "2027-03-31"));
    }
}
