package jp.yui.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.RevocationGround;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The certification registry projection: given events, the exact rows of every registry query. */
class CertificationRegistryProjectionTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    /** "Today" of the queries without a date: 2026-12-01 in Tokyo. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), CertificationRegistryQueries.ZONE);
    static final Instant T = Instant.parse("2026-11-20T01:00:00Z");
    static final String BY = "pref-auditor";

    static final MunicipalityRef AMA = new MunicipalityRef("325252", "海士町", "島根県");
    static final MunicipalityRef NISHINOSHIMA = new MunicipalityRef("325261", "西ノ島町", "島根県");
    static final MunicipalityRef CHIBU = new MunicipalityRef("325279", "知夫村", "島根県");

    final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    final CertificationRegistryProjection projection = new CertificationRegistryProjection(jdbc);
    final CertificationRegistryQueries queries = new CertificationRegistryQueries(jdbc, TODAY);

    @BeforeEach
    void empty() {
        projection.reset();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static CooperativeRegistered registered(String id, String name, String pref, String... district) {
        return new CooperativeRegistered(id, name, pref, Set.of(district), 4, CapUnit.HOURS, DayOfWeek.SUNDAY,
                OvertimeAgreement.standard());
    }

    /** Seven cooperatives of Shimane in every state, one of Niigata. */
    Events givenThePrefecture() {
        return Events.to(projection).as(BY).at(T).given(
                registered("reg-ama", "海士組合", "32", "325252", "325261"),
                new CooperativeCertified("reg-ama", "島根県指令第1号", "32", d("2021-06-01"), d("2021-06-01"), d("2031-05-31")),
                new DistrictChangeCertified("reg-ama", Set.of("325252", "325279"), d("2026-10-01")),

                registered("reg-lapsed", "失効組合", "32", "325261"),
                new CooperativeCertified("reg-lapsed", "島根県指令第3号", "32", d("2016-11-01"), d("2016-11-01"), d("2026-10-31")),
                new CertificationLapsed("reg-lapsed", d("2026-08-01"), LapseReason.DISSOLUTION, List.of("a7", "a9")),

                registered("reg-revoked", "取消組合", "32", "325279"),
                new CooperativeCertified("reg-revoked", "島根県指令第4号", "32", d("2022-04-01"), d("2022-04-01"), d("2032-03-31")),
                new CertificationRevoked("reg-revoked", d("2026-10-01"), RevocationGround.BREACH, "虚偽の実績報告", List.of("a3")),

                registered("reg-renewed", "更新組合", "32", "325252"),
                new CooperativeCertified("reg-renewed", "島根県指令第5号", "32", d("2016-06-01"), d("2016-06-01"), d("2026-05-31")),
                new CertificationRenewed("reg-renewed", "島根県指令第15号", d("2026-03-15"), d("2026-06-01"), d("2036-05-31")),

                registered("reg-none", "未認定組合", "32", "325252"),

                registered("reg-window", "更新期組合", "32", "325252"),
                new CooperativeCertified("reg-window", "島根県指令第6号", "32", d("2017-03-01"), d("2017-03-01"), d("2027-02-28")),

                registered("reg-expired", "満了組合", "32", "325261"),
                new CooperativeCertified("reg-expired", "島根県指令第7号", "32", d("2015-04-01"), d("2015-04-01"), d("2025-03-31")),

                registered("reg-niigata", "十日町組合", "15", "152102"),
                new CooperativeCertified("reg-niigata", "新潟県指令第1号", "15", d("2021-06-01"), d("2021-06-01"), d("2031-05-31")));
    }

    static CertificationRegistryRow row(String id, String name, CertificationStatus status, String ja, String en,
                                        String number, String certifiedOn, String from, String through,
                                        String expires, Long days, String opens, String closes, String nextFrom,
                                        CertificationEndView end, List<MunicipalityRef> district) {
        return new CertificationRegistryRow(id, name, "32", "島根県", AS_OF, status, ja, en, number,
                certifiedOn == null ? null : d(certifiedOn), from == null ? null : d(from),
                through == null ? null : d(through), expires == null ? null : d(expires), days,
                opens == null ? null : d(opens), closes == null ? null : d(closes),
                nextFrom == null ? null : d(nextFrom), end, district);
    }

    static final CertificationEndView LAPSE = new CertificationEndView(CertificationStatus.LAPSED, d("2026-08-01"),
            LapseReason.DISSOLUTION, null, null, "失効（解散）", "Lapsed (dissolution)", List.of("a7", "a9"), T, BY);
    static final CertificationEndView REVOCATION = new CertificationEndView(CertificationStatus.REVOKED,
            d("2026-10-01"), null, RevocationGround.BREACH, "虚偽の実績報告", "認定取消し（法令・処分違反）", "Revoked (breach)",
            List.of("a3"), T, BY);

    @Test
    void theRegistryOfAPrefectureListsEveryCooperativeWithItsStatusSortedByExpiry() {
        givenThePrefecture();

        assertThat(queries.handle(new FindCertificationRegistry("32", AS_OF))).containsExactly(
                row("reg-expired", "満了組合", CertificationStatus.EXPIRED, "有効期間満了（2025-03-31 まで有効）",
                        "Expired (valid through 2025-03-31)", "島根県指令第7号", "2015-04-01", "2015-04-01", "2025-03-31",
                        "2025-03-31", null, null, null, null, null, List.of(NISHINOSHIMA)),
                row("reg-lapsed", "失効組合", CertificationStatus.LAPSED, "失効（解散）（2026-08-01 から）",
                        "Lapsed (dissolution) from 2026-08-01", "島根県指令第3号", "2016-11-01", "2016-11-01", "2026-10-31",
                        "2026-07-31", null, null, null, null, LAPSE, List.of(NISHINOSHIMA)),
                row("reg-revoked", "取消組合", CertificationStatus.REVOKED, "認定取消し（法令・処分違反）（2026-10-01 から）",
                        "Revoked (breach) from 2026-10-01", "島根県指令第4号", "2022-04-01", "2022-04-01", "2032-03-31",
                        "2026-09-30", null, null, null, null, REVOCATION, List.of(CHIBU)),
                row("reg-window", "更新期組合", CertificationStatus.RENEWAL_WINDOW_OPEN,
                        "更新申請期間中（2026-11-30〜2026-12-30、満了 2027-02-28 まで 89 日）",
                        "Renewal window open (2026-11-30 to 2026-12-30; 89 days until expiry on 2027-02-28)",
                        "島根県指令第6号", "2017-03-01", "2017-03-01", "2027-02-28", "2027-02-28", 89L, "2026-11-30",
                        "2026-12-30", null, null, List.of(AMA)),
                row("reg-ama", "海士組合", CertificationStatus.VALID, "有効（2031-05-31 まで）", "Valid through 2031-05-31",
                        "島根県指令第1号", "2021-06-01", "2021-06-01", "2031-05-31", "2031-05-31", 1642L, "2031-03-02",
                        "2031-04-01", null, null, List.of(AMA, CHIBU)),
                row("reg-renewed", "更新組合", CertificationStatus.VALID, "有効（2036-05-31 まで）", "Valid through 2036-05-31",
                        "島根県指令第15号", "2016-06-01", "2026-06-01", "2036-05-31", "2036-05-31", 3469L, "2036-03-02",
                        "2036-04-01", null, null, List.of(AMA)),
                row("reg-none", "未認定組合", CertificationStatus.NOT_CERTIFIED, "未認定", "Not certified", null, null, null,
                        null, null, null, null, null, null, null, List.of(AMA)));
        assertThat(queries.handle(new FindCertificationRegistry("15", AS_OF)))
                .extracting(CertificationRegistryRow::cooperativeId).containsExactly("reg-niigata");
        assertThat(queries.handle(new FindCertificationRegistry("01", AS_OF))).isEmpty();
    }

    @Test
    void theRegistryOnAnEarlierDayComputesTheStatusForThatDay() {
        givenThePrefecture();
        // 2026-04-01: reg-renewed's renewal is decided (window closed), reg-lapsed and reg-revoked still valid
        Map<String, CertificationStatus> statuses = new java.util.LinkedHashMap<>();
        for (CertificationRegistryRow r : queries.handle(new FindCertificationRegistry("32", d("2026-04-01")))) {
            statuses.put(r.cooperativeId(), r.status());
        }
        assertThat(statuses).containsExactly(
                Map.entry("reg-expired", CertificationStatus.EXPIRED),
                Map.entry("reg-lapsed", CertificationStatus.VALID),
                Map.entry("reg-revoked", CertificationStatus.VALID),
                Map.entry("reg-window", CertificationStatus.VALID),
                Map.entry("reg-ama", CertificationStatus.VALID),
                Map.entry("reg-renewed", CertificationStatus.VALID),
                Map.entry("reg-none", CertificationStatus.NOT_CERTIFIED));
        CertificationRegistryRow lapsed = queries.handle(new FindCertificationRegistry("32", d("2026-04-01"))).get(1);
        assertThat(lapsed.statusJa()).isEqualTo("有効（2026-07-31 まで。2026-08-01 から失効（解散））");
        assertThat(lapsed.end()).isEqualTo(LAPSE);
        CertificationRegistryRow renewed = queries.handle(new FindCertificationRegistry("32", d("2026-04-01"))).get(5);
        assertThat(renewed.certificationNumber()).isEqualTo("島根県指令第5号");
        assertThat(renewed.nextTermValidFrom()).isEqualTo(d("2026-06-01"));
    }

    @Test
    void renewalWindowBoundariesInTheRegistry() {
        Events.to(projection).as(BY).at(T).given(registered("reg-w", "期限組合", "32", "325252"),
                new CooperativeCertified("reg-w", "島根県指令第8号", "32", d("2021-06-01"), d("2021-06-01"), d("2031-05-31")));
        assertThat(statusOn("2031-03-01")).isEqualTo(CertificationStatus.VALID);               // day 91
        assertThat(statusOn("2031-03-02")).isEqualTo(CertificationStatus.RENEWAL_WINDOW_OPEN); // day 90
        assertThat(statusOn("2031-04-01")).isEqualTo(CertificationStatus.RENEWAL_WINDOW_OPEN); // day 60
        assertThat(statusOn("2031-04-02")).isEqualTo(CertificationStatus.VALID);               // day 59
        assertThat(statusOn("2031-06-01")).isEqualTo(CertificationStatus.EXPIRED);
    }

    private CertificationStatus statusOn(String day) {
        List<CertificationRegistryRow> rows = queries.handle(new FindCertificationRegistry("32", d(day)));
        assertThat(rows).hasSize(1);
        return rows.get(0).status();
    }

    @Test
    void oneCooperativesRecordHasItsTermsEndsAndDistrictHistoryWithNames() {
        givenThePrefecture();

        CooperativeCertificationView ama = queries.handle(new FindCooperativeCertification("reg-ama")).orElseThrow();
        CertificationTermView term1 = new CertificationTermView(CertificationTermKind.CERTIFICATION, "島根県指令第1号",
                d("2021-06-01"), d("2021-06-01"), d("2021-06-01"), d("2031-05-31"), d("2031-05-31"), false, T, BY);
        assertThat(ama).isEqualTo(new CooperativeCertificationView("reg-ama", "海士組合", "32", "島根県", 4, AS_OF,
                new CertificationStanding(AS_OF, CertificationStatus.VALID, "有効（2031-05-31 まで）",
                        "Valid through 2031-05-31", term1, null, d("2031-05-31"), 1642L, d("2031-03-02"),
                        d("2031-04-01"), null),
                List.of(term1), List.of(), List.of(), List.of(AMA, CHIBU),
                List.of(new DistrictVersionView(null, d("2026-09-30"), List.of(AMA, NISHINOSHIMA), List.of(), List.of(),
                                T, BY),
                        new DistrictVersionView(d("2026-10-01"), null, List.of(AMA, CHIBU), List.of(CHIBU),
                                List.of(NISHINOSHIMA), T, BY))));

        CooperativeCertificationView revoked = queries.handle(new FindCooperativeCertification("reg-revoked")).orElseThrow();
        assertThat(revoked.standing().status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(revoked.standing().end()).isEqualTo(REVOCATION);
        assertThat(revoked.ends()).containsExactly(REVOCATION);
        assertThat(revoked.terms()).containsExactly(new CertificationTermView(CertificationTermKind.CERTIFICATION,
                "島根県指令第4号", d("2022-04-01"), d("2022-04-01"), d("2022-04-01"), d("2032-03-31"), d("2026-09-30"),
                true, T, BY));

        CooperativeCertificationView renewed = queries.handle(new FindCooperativeCertification("reg-renewed")).orElseThrow();
        assertThat(renewed.renewals()).containsExactly(new CertificationTermView(CertificationTermKind.RENEWAL,
                "島根県指令第15号", d("2016-06-01"), d("2026-03-15"), d("2026-06-01"), d("2036-05-31"), d("2036-05-31"),
                false, T, BY));
        assertThat(renewed.terms()).hasSize(2);

        CooperativeCertificationView lapsed = queries.handle(new FindCooperativeCertification("reg-lapsed")).orElseThrow();
        assertThat(lapsed.ends()).containsExactly(LAPSE);
        assertThat(lapsed.ends().get(0).assignmentsNeedingAction()).containsExactly("a7", "a9");

        assertThat(queries.handle(new FindCooperativeCertification("nobody"))).isEmpty();
    }

    @Test
    void cooperativesByMunicipalityShowWhenItBelongsToTheDistrict() {
        givenThePrefecture();
        assertThat(queries.handle(new FindCooperativesByMunicipality("325261"))).containsExactly(
                new CooperativeInMunicipality("reg-ama", "海士組合", "32", "島根県", NISHINOSHIMA, AS_OF, false,
                        List.of(new DistrictSpan(null, d("2026-09-30"))), CertificationStatus.VALID,
                        "有効（2031-05-31 まで）"),
                new CooperativeInMunicipality("reg-expired", "満了組合", "32", "島根県", NISHINOSHIMA, AS_OF, true,
                        List.of(new DistrictSpan(null, null)), CertificationStatus.EXPIRED,
                        "有効期間満了（2025-03-31 まで有効）"),
                new CooperativeInMunicipality("reg-lapsed", "失効組合", "32", "島根県", NISHINOSHIMA, AS_OF, true,
                        List.of(new DistrictSpan(null, null)), CertificationStatus.LAPSED,
                        "失効（解散）（2026-08-01 から）"));
        assertThat(queries.handle(new FindCooperativesByMunicipality("325279")))
                .extracting(CooperativeInMunicipality::cooperativeId, CooperativeInMunicipality::inDistrictToday,
                        CooperativeInMunicipality::inDistrict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reg-ama", true, List.of(new DistrictSpan(d("2026-10-01"), null))),
                        org.assertj.core.groups.Tuple.tuple("reg-revoked", true, List.of(new DistrictSpan(null, null))));
        assertThat(queries.handle(new FindCooperativesByMunicipality("322016"))).isEmpty();
    }

    @Test
    void cooperativesByPrefecture() {
        givenThePrefecture();
        List<CooperativeSummary> all = queries.handle(new FindCooperativesByPrefecture("32"));
        assertThat(all).extracting(CooperativeSummary::cooperativeId).containsExactly("reg-ama", "reg-expired",
                "reg-lapsed", "reg-none", "reg-renewed", "reg-revoked", "reg-window");
        assertThat(all.get(0)).isEqualTo(new CooperativeSummary("reg-ama", "海士組合", "32", "島根県", AS_OF,
                List.of(AMA, CHIBU), CertificationStatus.VALID, "有効（2031-05-31 まで）", "Valid through 2031-05-31"));
        assertThat(queries.handle(new FindCooperativesByPrefecture("15"))).singleElement()
                .isEqualTo(new CooperativeSummary("reg-niigata", "十日町組合", "15", "新潟県", AS_OF,
                        List.of(new MunicipalityRef("152102", "十日町市", "新潟県")), CertificationStatus.VALID,
                        "有効（2031-05-31 まで）", "Valid through 2031-05-31"));
    }

    @Test
    void handlingEveryEventTwiceChangesNothing() {
        Events events = givenThePrefecture();
        Map<String, List<Map<String, Object>>> before = TableDump.of(jdbc, CertificationRegistryProjection.TABLES);
        List<CertificationRegistryRow> rows = queries.handle(new FindCertificationRegistry("32", AS_OF));
        CooperativeCertificationView ama = queries.handle(new FindCooperativeCertification("reg-ama")).orElseThrow();

        events.again(events.handled());

        assertThat(TableDump.of(jdbc, CertificationRegistryProjection.TABLES)).isEqualTo(before);
        assertThat(queries.handle(new FindCertificationRegistry("32", AS_OF))).isEqualTo(rows);
        assertThat(queries.handle(new FindCooperativeCertification("reg-ama"))).contains(ama);
        assertThat(before.get("registry_cooperative")).hasSize(8);
    }

    @Test
    void theResetHandlerEmptiesTheRegistryTables() {
        givenThePrefecture();
        assertThat(TableDump.rows(jdbc, CertificationRegistryProjection.TABLES)).isGreaterThan(0);
        projection.reset();
        assertThat(TableDump.rows(jdbc, CertificationRegistryProjection.TABLES)).isZero();
        assertThat(queries.handle(new FindCertificationRegistry("32", AS_OF))).isEmpty();
    }

    @Test
    void theQueriesAnswerThroughAnAxonQueryBus() {
        givenThePrefecture();
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(queries).subscribe(bus);
        QueryGateway gateway = DefaultQueryGateway.builder().queryBus(bus).build();

        assertThat(gateway.query(new FindCertificationRegistry("32", AS_OF),
                ResponseTypes.multipleInstancesOf(CertificationRegistryRow.class)).join()).hasSize(7);
        assertThat(gateway.query(new FindCooperativeCertification("reg-ama"),
                ResponseTypes.optionalInstanceOf(CooperativeCertificationView.class)).join())
                .map(CooperativeCertificationView::name).contains("海士組合");
        assertThat(gateway.query(new FindCooperativeCertification("nobody"),
                ResponseTypes.optionalInstanceOf(CooperativeCertificationView.class)).join()).isEqualTo(Optional.empty());
        assertThat(gateway.query(new FindCooperativesByMunicipality("325279"),
                ResponseTypes.multipleInstancesOf(CooperativeInMunicipality.class)).join()).hasSize(2);
        assertThat(gateway.query(new FindCooperativesByPrefecture("32"),
                ResponseTypes.multipleInstancesOf(CooperativeSummary.class)).join()).hasSize(7);
    }
}
