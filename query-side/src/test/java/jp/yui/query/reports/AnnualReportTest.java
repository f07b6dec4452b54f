package jp.yui.query.reports;

import static jp.yui.query.reports.ReportEvents.d;
import static jp.yui.query.reports.ReportEvents.dispatch;
import static jp.yui.query.reports.ReportEvents.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.reports.AnnualReport.ClassFigures;
import jp.yui.query.reports.AnnualReport.ClientFigures;
import jp.yui.query.reports.AnnualReport.MonthBasis;
import jp.yui.query.reports.AnnualReport.MonthFigures;
import jp.yui.query.reports.AnnualReport.YearStatus;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-REP-3 / R-CERT-5: the dispatch part of the 事業報告書, exact figures from given events. */
class AnnualReportTest {

    static final String COOP = "rpt-annual";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-05-10T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private ReportsProjection projection;
    private ReportsQueryHandler queries;

    @BeforeEach
    void setUp() {
        projection = new ReportsProjection(jdbc);
        projection.reset();
        queries = new ReportsQueryHandler(jdbc, CapLaw.defaults(), CLOCK);
    }

    private AnnualReport report() {
        return queries.handle(new FindAnnualReport(COOP, 2026));
    }

    private static UsageAmount usage(long minutes, String hours, long yen) {
        return new UsageAmount(minutes, new BigDecimal(hours), yen, yen * 60);
    }

    @Test
    @DisplayName("M, R, O per client class: salt joins mid-year, a cancelled member assignment, a district change, actual vs planned, a secondment apart")
    void figuresPerClass() {
        Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
        AnnualReport r = report();

        assertThat(r.cooperativeName()).isEqualTo("島前テスト事業協同組合");
        assertThat(r.certificationNumber()).isEqualTo("島根県指令地第99号");
        assertThat(r.firstDay()).isEqualTo(d("2026-04-01"));
        assertThat(r.lastDay()).isEqualTo(d("2027-03-31"));
        assertThat(r.capUnit()).isEqualTo(CapUnit.HOURS);
        assertThat(r.ruleVersion()).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        assertThat(r.classes()).containsExactly(
                new ClassFigures(ClientClass.MEMBER, "組合員", "members (M)", usage(31_980, "533.00", 568_700), 2, 2),
                new ClassFigures(ClientClass.RELATED_MUNICIPALITY, "関係市町村等", "related municipalities (R)",
                        usage(1_680, "28.00", 33_600), 1, 1),
                new ClassFigures(ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-members (O)",
                        usage(14_280, "238.00", 262_400), 2, 3));
        assertThat(r.total()).isEqualTo(usage(47_940, "799.00", 864_700));
        assertThat(r.dispatchedWorkers()).isEqualTo(3);
        assertThat(r.shares()).containsExactly(
                new AnnualReport.Shares(CapUnit.HOURS, new BigDecimal("44.7"), new BigDecimal("49.9")),
                new AnnualReport.Shares(CapUnit.FEES, new BigDecimal("46.1"), new BigDecimal("52.0")));
        assertThat(r.capUnitShares()).isEqualTo(r.shares().get(0));
        assertThat(r.status()).isEqualTo(YearStatus.OPEN);
        assertThat(r.closed()).isNull();
    }

    @Test
    @DisplayName("per client and class: a business joining on 2026-10-01 has an O row before and an M row from that day; the months say actual or planned")
    void figuresPerClient() {
        Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
        List<ClientFigures> clients = report().clients();

        assertThat(clients).extracting(ClientFigures::clientId, ClientFigures::clientClass).containsExactly(
                tuple("setnet", ClientClass.MEMBER), tuple("salt", ClientClass.MEMBER),
                tuple("ama-town", ClientClass.RELATED_MUNICIPALITY),
                tuple("pref", ClientClass.OTHER_NON_MEMBER), tuple("salt", ClientClass.OTHER_NON_MEMBER),
                tuple("ama-town", ClientClass.OTHER_NON_MEMBER));
        assertThat(clients.get(0)).isEqualTo(new ClientFigures("setnet", "株式会社 崎の定置網", ClientKind.BUSINESS, "事業者",
                ClientClass.MEMBER, "組合員", usage(21_420, "357.00", 392_700), 1, d("2026-04-01"), d("2026-06-30"),
                List.of(YearMonth.of(2026, 4)), List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6))));
        assertThat(clients.get(1)).isEqualTo(new ClientFigures("salt", "海士の塩工房", ClientKind.BUSINESS, "事業者",
                ClientClass.MEMBER, "組合員", usage(10_560, "176.00", 176_000), 1, d("2026-10-01"), d("2026-10-30"),
                List.of(), List.of(YearMonth.of(2026, 10))));
        assertThat(clients.get(2)).isEqualTo(new ClientFigures("ama-town", "海士町役場", ClientKind.MUNICIPALITY, "市町村",
                ClientClass.RELATED_MUNICIPALITY, "関係市町村等", usage(1_680, "28.00", 33_600), 1, d("2026-07-01"),
                d("2026-07-15"), List.of(), List.of(YearMonth.of(2026, 7))));
        assertThat(clients.get(3).usage()).isEqualTo(usage(2_400, "40.00", 60_000));
        assertThat(clients.get(4)).isEqualTo(new ClientFigures("salt", "海士の塩工房", ClientKind.BUSINESS, "事業者",
                ClientClass.OTHER_NON_MEMBER, "その他の員外", usage(10_560, "176.00", 176_000), 1, d("2026-09-01"),
                d("2026-09-30"), List.of(), List.of(YearMonth.of(2026, 9))));
        // 海士町 left the district on 2027-01-01: its January days are O, counted from the actual results
        assertThat(clients.get(5)).isEqualTo(new ClientFigures("ama-town", "海士町役場", ClientKind.MUNICIPALITY, "市町村",
                ClientClass.OTHER_NON_MEMBER, "その他の員外", usage(1_320, "22.00", 26_400), 1, d("2027-01-04"),
                d("2027-01-06"), List.of(YearMonth.of(2027, 1)), List.of()));
    }

    @Test
    @DisplayName("months: April and January from actual results, the rest from the plan; the cancelled November counts nothing")
    void months() {
        Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
        AnnualReport r = report();

        assertThat(r.actualMonths()).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2027, 1));
        assertThat(r.months()).hasSize(12);
        Map<YearMonth, MonthBasis> basis = r.months().stream()
                .collect(Collectors.toMap(MonthFigures::month, MonthFigures::basis));
        assertThat(basis).containsEntry(YearMonth.of(2026, 4), MonthBasis.ACTUAL)
                .containsEntry(YearMonth.of(2026, 5), MonthBasis.PLANNED)
                .containsEntry(YearMonth.of(2026, 10), MonthBasis.PLANNED)
                .containsEntry(YearMonth.of(2026, 11), MonthBasis.NONE)
                .containsEntry(YearMonth.of(2027, 1), MonthBasis.ACTUAL)
                .containsEntry(YearMonth.of(2027, 3), MonthBasis.NONE);
        assertThat(r.months().get(0)).isEqualTo(new MonthFigures(YearMonth.of(2026, 4), MonthBasis.ACTUAL,
                usage(780, "13.00", 14_300), UsageAmount.ZERO, UsageAmount.ZERO, 1, 0));
        assertThat(r.months().get(1).member()).isEqualTo(usage(10_080, "168.00", 184_800));
        assertThat(r.months().get(9).other()).isEqualTo(usage(1_320, "22.00", 26_400));
    }

    @Test
    @DisplayName("R-DISP-2: the secondment is listed with its hours and never counted in M, R or O")
    void secondmentListedApart() {
        Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
        AnnualReport r = report();

        assertThat(r.secondments()).hasSize(1);
        AnnualReport.SecondmentFigures s = r.secondments().get(0);
        assertThat(s.assignmentId()).isEqualTo("a6");
        assertThat(s.workerName()).isEqualTo("高橋 美咲");
        assertThat(s.clientName()).isEqualTo("西ノ島建設 株式会社");
        assertThat(s.usage()).isEqualTo(usage(10_560, "176.00", 228_800));
        assertThat(s.noteJa()).contains("派遣に算入しない");
        assertThat(r.clients()).noneMatch(c -> c.clientId().equals("builder"));
        assertThat(r.classes().get(0).usage().minutes()).isEqualTo(31_980); // October has salt's 10,560 min, not a6's
    }

    @Test
    @DisplayName("R-CAP-6: closed, reopened for a correction, closed again — revision 2 wins")
    void closedYearAndCorrection() {
        List<Object> events = ReportEvents.year2026(COOP);
        Events feed = Events.to(projection).as("manager").at(Instant.parse("2027-04-05T00:00:00Z"));
        feed.given(events.toArray());
        UsageFigures wrong = new UsageFigures(new Usage(31_980, 34_122_000), new Usage(1_680, 2_016_000),
                new Usage(12_960, 14_160_000));
        feed.given(new BusinessYearClosed(COOP, 2026, d("2026-04-01"), d("2027-03-31"),
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS, wrong, new BigDecimal("40.5"),
                new BigDecimal("45.8"), false, 1));
        assertThat(report().status()).isEqualTo(YearStatus.CLOSED);
        assertThat(report().closed().revision()).isEqualTo(1);
        assertThat(report().closed().matchesCurrentFigures()).isFalse();

        feed.at(Instant.parse("2027-04-20T00:00:00Z")).as("auditor")
                .given(new BusinessYearReopenedForCorrection(COOP, 2026, "1月の実績の追加漏れ"));
        assertThat(report().status()).isEqualTo(YearStatus.REOPENED_FOR_CORRECTION);
        assertThat(report().reopenReason()).isEqualTo("1月の実績の追加漏れ");

        UsageFigures right = new UsageFigures(new Usage(31_980, 34_122_000), new Usage(1_680, 2_016_000),
                new Usage(14_280, 15_744_000));
        feed.at(Instant.parse("2027-04-21T00:00:00Z")).as("manager")
                .given(new BusinessYearClosed(COOP, 2026, d("2026-04-01"), d("2027-03-31"),
                        CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS, right, new BigDecimal("44.7"),
                        new BigDecimal("49.9"), false, 2));
        AnnualReport r = report();
        assertThat(r.status()).isEqualTo(YearStatus.CLOSED);
        assertThat(r.reopenReason()).isNull();
        assertThat(r.closed()).isEqualTo(new AnnualReport.ClosedFigures(2, 2, CapRuleVersion.NESTED_20_50_PERCENT,
                CapUnit.HOURS, usage(31_980, "533.00", 568_700), usage(1_680, "28.00", 33_600),
                usage(14_280, "238.00", 262_400), new BigDecimal("44.7"), new BigDecimal("49.9"), false,
                Instant.parse("2027-04-21T00:00:00Z"), "manager", true));
        assertThat(r.notes()).anyMatch(n -> n.ja().contains("第2版"));
    }

    @Test
    @DisplayName("membership ended mid-year (expulsion) and re-admitted: M, then O, then M again, per day")
    void membershipEndedAndReadmitted() {
        String coop = COOP + "-inn";
        List<Object> e = new java.util.ArrayList<>(ReportEvents.year2026(coop).subList(0, 2));
        e.add(new MemberAdmitted(coop, "inn", "民宿 はまなす", "宿泊業", d("2022-04-01")));
        e.add(ReportEvents.worker(coop, "w1", "佐藤 陽菜", "2022-04-01"));
        e.add(dispatch(coop, "b1", "w1", "inn", "客室清掃", "2026-08-01", "2026-11-30", weekdays(60), 1200));
        e.add(new MembershipEnded(coop, "inn", d("2026-08-31"), MembershipEndReason.EXPULSION));
        e.add(new MemberAdmitted(coop, "inn", "民宿 はまなす", "宿泊業", d("2026-11-01")));
        Events feed = Events.to(projection).given(e.toArray());
        // redeliver everything: the end must stay on the first membership, not the second
        feed.again(feed.handled());

        AnnualReport r = queries.handle(new FindAnnualReport(coop, 2026));
        // Aug 21 weekdays + Nov 21 weekdays = 42 h member; Sep 22 + Oct 22 = 44 h other
        assertThat(r.clients()).extracting(ClientFigures::clientClass, c -> c.usage().minutes(), ClientFigures::firstDay,
                        ClientFigures::lastDay)
                .containsExactly(tuple(ClientClass.MEMBER, 2_520L, d("2026-08-03"), d("2026-11-30")),
                        tuple(ClientClass.OTHER_NON_MEMBER, 2_640L, d("2026-09-01"), d("2026-10-30")));
        assertThat(jdbc.queryForList("select joined_on::text, last_day::text from rpt_membership "
                + "where cooperative_id = ? order by admitted_seq", coop))
                .containsExactly(Map.of("joined_on", "2022-04-01", "last_day", "2026-08-31"),
                        withNull("joined_on", "2026-11-01", "last_day"));
    }

    @Test
    @DisplayName("an unknown cooperative has no report")
    void unknownCooperative() {
        assertThat(queries.handle(new FindAnnualReport("nobody", 2026))).isNull();
        assertThat(queries.handle(new FindDispatchBusinessReport("nobody", 2026))).isNull();
    }

    private static Map<String, Object> withNull(String k1, Object v1, String k2) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put(k1, v1);
        m.put(k2, null);
        return m;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
