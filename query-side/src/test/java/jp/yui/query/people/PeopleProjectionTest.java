package jp.yui.query.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.query.registry.MunicipalityRef;
import jp.yui.query.registry.TableDump;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The people projection: given events, the exact members, clients and workers of every query. */
class PeopleProjectionTest {

    static final String COOP = "ppl-1";
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), java.time.ZoneId.of("Asia/Tokyo"));
    static final MunicipalityRef AMA = new MunicipalityRef("325252", "海士町", "島根県");
    static final MunicipalityRef NISHINOSHIMA = new MunicipalityRef("325261", "西ノ島町", "島根県");
    static final MunicipalityRef CHIBU = new MunicipalityRef("325279", "知夫村", "島根県");

    final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    final PeopleProjection projection = new PeopleProjection(jdbc);
    final PeopleQueries queries = new PeopleQueries(jdbc, TODAY);

    @BeforeEach
    void empty() {
        projection.reset();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static MembershipPeriod open(String joined) {
        return MembershipPeriod.of(d(joined), null, null);
    }

    static MembershipPeriod ended(String joined, String last, MembershipEndReason reason) {
        return MembershipPeriod.of(d(joined), d(last), reason);
    }

    Events givenTheCooperative() {
        return Events.to(projection).as("manager").given(
                new CooperativeRegistered(COOP, "島前組合", "32", Set.of("325252", "325261"), 4, CapUnit.HOURS,
                        DayOfWeek.SUNDAY, OvertimeAgreement.standard()),
                new MemberAdmitted(COOP, "setnet", "株式会社 崎の定置網", "漁業", d("2021-06-01")),
                new MemberAdmitted(COOP, "process", "有限会社 海士水産加工", "食料品製造業", d("2021-06-01")),
                new MemberAdmitted(COOP, "inn", "民宿 はまなす", "宿泊業", d("2022-04-01")),
                new MemberAdmitted(COOP, "care", "社会福祉法人 島前福祉会", "介護事業", d("2023-04-01")),
                new MemberAdmitted(COOP, "boat", "知夫里観光汽船", "水運業", d("2022-04-01")),
                new NonMemberClientRegistered(COOP, "hotel", "ホテル 島の風", ClientKind.BUSINESS, null),
                new NonMemberClientRegistered(COOP, "nishi-town", "西ノ島町役場", ClientKind.MUNICIPALITY, "325261"),
                new NonMemberClientRegistered(COOP, "chibu-village", "知夫村役場", ClientKind.MUNICIPALITY, "325279"),
                new NonMemberClientRegistered(COOP, "chibu-agency", "知夫村診療所機構", ClientKind.LOCAL_INDEPENDENT_AGENCY,
                        "325279"),
                new NonMemberClientRegistered(COOP, "pref", "島根県 隠岐支庁", ClientKind.OTHER_PUBLIC_BODY, null),
                new MembershipEnded(COOP, "inn", d("2026-03-31"), MembershipEndReason.VOLUNTARY_WITHDRAWAL),
                new MembershipEnded(COOP, "care", d("2026-06-15"), MembershipEndReason.DEATH),
                new MembershipEnded(COOP, "boat", d("2026-07-31"), MembershipEndReason.LOSS_OF_QUALIFICATION),
                new MemberAdmitted(COOP, "inn", "民宿 はまなす", "宿泊業", d("2026-09-01")),
                new MembershipEnded(COOP, "process", d("2026-09-30"), MembershipEndReason.EXPULSION),
                new DistrictChangeCertified(COOP, Set.of("325252", "325279"), d("2026-10-01")),
                new MemberAdmitted(COOP, "salt", "海士の塩工房", "食料品製造業", d("2026-10-01")),
                new MemberAdmitted(COOP, "hotel", "ホテル 島の風", "宿泊業", d("2026-12-01")),

                new WorkerHired(COOP, "w-senior", "佐藤 一郎", d("1966-07-15"), d("2022-04-01"), EmploymentType.INDEFINITE,
                        null, "325252", Set.of("漁業", "フォークリフト")),
                new WorkerHired(COOP, "w-fixed", "鈴木 花子", d("2000-01-10"), d("2025-04-01"), EmploymentType.FIXED_TERM,
                        d("2026-03-31"), "325261", Set.of()),
                new WorkerHired(COOP, "w-left", "高橋 健", d("1995-02-01"), d("2023-04-01"), EmploymentType.INDEFINITE,
                        null, "325279", Set.of("調理")),
                new WorkerHired(COOP, "w-unconverted", "田中 翔", d("2001-08-20"), d("2025-04-01"),
                        EmploymentType.FIXED_TERM, d("2025-09-30"), "325252", Set.of()),
                new WorkerHired(COOP, "w-retiree", "渡辺 茂", d("1960-05-01"), d("2025-04-01"), EmploymentType.INDEFINITE,
                        null, "325252", Set.of("船舶操縦")),
                new PreviousEmployerRecorded(COOP, "w-fixed", "hotel", d("2025-03-31"), false),
                new PreviousEmployerRecorded(COOP, "w-retiree", "setnet", d("2025-03-31"), true),
                new WorkerConvertedToIndefiniteTerm(COOP, "w-fixed", d("2026-04-01")),
                new WorkerSeparated(COOP, "w-left", d("2026-06-30"), "転居"));
    }

    // ------------------------------------------------------------------ members

    @Test
    void membersOnADayWithAllTheirPeriods() {
        givenTheCooperative();
        assertThat(queries.handle(new FindMembers(COOP, d("2026-09-30")))).containsExactly(
                new MemberView(COOP, "process", "有限会社 海士水産加工", "食料品製造業", d("2026-09-30"),
                        ended("2021-06-01", "2026-09-30", MembershipEndReason.EXPULSION),
                        List.of(ended("2021-06-01", "2026-09-30", MembershipEndReason.EXPULSION))),
                new MemberView(COOP, "setnet", "株式会社 崎の定置網", "漁業", d("2026-09-30"), open("2021-06-01"),
                        List.of(open("2021-06-01"))),
                new MemberView(COOP, "inn", "民宿 はまなす", "宿泊業", d("2026-09-30"), open("2026-09-01"),
                        List.of(ended("2022-04-01", "2026-03-31", MembershipEndReason.VOLUNTARY_WITHDRAWAL),
                                open("2026-09-01"))));
    }

    @Test
    void aMemberJoiningMidYearIsAMemberFromItsJoiningDate() {
        givenTheCooperative();
        assertThat(queries.handle(new FindMembers(COOP, d("2026-10-01"))))
                .extracting(MemberView::clientId, m -> m.membership().joinedOn())
                .containsExactly(tuple("setnet", d("2021-06-01")), tuple("inn", d("2026-09-01")),
                        tuple("salt", d("2026-10-01")));
        assertThat(queries.handle(new FindMembers(COOP, d("2026-12-01"))))
                .extracting(MemberView::clientId).containsExactly("setnet", "inn", "salt", "hotel");
    }

    @Test
    void membershipEndReasonsAndLastDays() {
        givenTheCooperative();
        assertThat(queries.handle(new FindMembers(COOP, d("2026-06-15"))))
                .extracting(MemberView::clientId, m -> m.membership().lastDay(), m -> m.membership().endReasonJa(),
                        m -> m.membership().endReasonEn())
                .containsExactly(
                        tuple("process", d("2026-09-30"), "除名", "expulsion"),
                        tuple("setnet", null, null, null),
                        tuple("boat", d("2026-07-31"), "資格喪失", "loss of qualification"),
                        tuple("care", d("2026-06-15"), "死亡・解散", "death or dissolution"));
        assertThat(queries.handle(new FindMembers(COOP, d("2026-06-16")))).extracting(MemberView::clientId)
                .containsExactly("process", "setnet", "boat");
        assertThat(queries.handle(new FindMembers(COOP, d("2026-03-31")))).extracting(MemberView::clientId)
                .containsExactly("process", "setnet", "boat", "inn", "care");
        assertThat(queries.handle(new FindMembers(COOP, d("2026-03-31"))).get(3).membership())
                .isEqualTo(new MembershipPeriod(d("2022-04-01"), d("2026-03-31"),
                        MembershipEndReason.VOLUNTARY_WITHDRAWAL, "自由脱退", "voluntary withdrawal"));
    }

    // ------------------------------------------------------------------ clients

    static ClientView client(String id, String name, ClientKind kind, String kindJa, MunicipalityRef m,
                             String industry, String asOf, ClientClass c, String ja, String en,
                             List<MembershipPeriod> memberships) {
        return new ClientView(COOP, id, name, kind, kindJa, ClientClassRule.kindEn(kind), m, industry, d(asOf), c, ja,
                en, memberships);
    }

    @Test
    void clientsWithTheirClassBeforeAndAfterADistrictChangeAndMembershipChanges() {
        givenTheCooperative();
        List<MembershipPeriod> process = List.of(ended("2021-06-01", "2026-09-30", MembershipEndReason.EXPULSION));
        List<MembershipPeriod> inn = List.of(ended("2022-04-01", "2026-03-31", MembershipEndReason.VOLUNTARY_WITHDRAWAL),
                open("2026-09-01"));

        assertThat(queries.handle(new FindClients(COOP, d("2026-09-30")))).containsExactly(
                client("inn", "民宿 はまなす", ClientKind.BUSINESS, "事業者", null, "宿泊業", "2026-09-30",
                        ClientClass.MEMBER, "組合員", "member", inn),
                client("process", "有限会社 海士水産加工", ClientKind.BUSINESS, "事業者", null, "食料品製造業", "2026-09-30",
                        ClientClass.MEMBER, "組合員", "member", process),
                client("setnet", "株式会社 崎の定置網", ClientKind.BUSINESS, "事業者", null, "漁業", "2026-09-30",
                        ClientClass.MEMBER, "組合員", "member", List.of(open("2021-06-01"))),
                client("nishi-town", "西ノ島町役場", ClientKind.MUNICIPALITY, "市町村", NISHINOSHIMA, null, "2026-09-30",
                        ClientClass.RELATED_MUNICIPALITY, "関係市町村等", "related municipality", List.of()),
                client("boat", "知夫里観光汽船", ClientKind.BUSINESS, "事業者", null, "水運業", "2026-09-30",
                        ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member",
                        List.of(ended("2022-04-01", "2026-07-31", MembershipEndReason.LOSS_OF_QUALIFICATION))),
                client("care", "社会福祉法人 島前福祉会", ClientKind.BUSINESS, "事業者", null, "介護事業", "2026-09-30",
                        ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member",
                        List.of(ended("2023-04-01", "2026-06-15", MembershipEndReason.DEATH))),
                client("chibu-agency", "知夫村診療所機構", ClientKind.LOCAL_INDEPENDENT_AGENCY, "地方独立行政法人", CHIBU, null,
                        "2026-09-30", ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member", List.of()),
                client("chibu-village", "知夫村役場", ClientKind.MUNICIPALITY, "市町村", CHIBU, null, "2026-09-30",
                        ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member", List.of()),
                client("hotel", "ホテル 島の風", ClientKind.BUSINESS, "事業者", null, "宿泊業", "2026-09-30",
                        ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member", List.of(open("2026-12-01"))),
                client("pref", "島根県 隠岐支庁", ClientKind.OTHER_PUBLIC_BODY, "都道府県・国その他の公的機関", null, null,
                        "2026-09-30", ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member", List.of()),
                // known today, a member only from 2026-10-01: on 2026-09-30 its use would have counted as O
                client("salt", "海士の塩工房", ClientKind.BUSINESS, "事業者", null, "食料品製造業", "2026-09-30",
                        ClientClass.OTHER_NON_MEMBER, "その他の員外", "other non-member", List.of(open("2026-10-01"))));

        assertThat(queries.handle(new FindClients(COOP, d("2026-10-01"))))
                .extracting(ClientView::clientId, ClientView::clientClass)
                .containsExactly(
                        tuple("inn", ClientClass.MEMBER),
                        tuple("salt", ClientClass.MEMBER),
                        tuple("setnet", ClientClass.MEMBER),
                        tuple("chibu-agency", ClientClass.RELATED_MUNICIPALITY),
                        tuple("chibu-village", ClientClass.RELATED_MUNICIPALITY),
                        tuple("boat", ClientClass.OTHER_NON_MEMBER),
                        tuple("care", ClientClass.OTHER_NON_MEMBER),
                        tuple("hotel", ClientClass.OTHER_NON_MEMBER),
                        tuple("nishi-town", ClientClass.OTHER_NON_MEMBER),
                        tuple("pref", ClientClass.OTHER_NON_MEMBER),
                        tuple("process", ClientClass.OTHER_NON_MEMBER));
        // the non-member business admitted later keeps its id and becomes a member from its joining date
        assertThat(queries.handle(new FindClients(COOP, d("2026-12-01"))))
                .filteredOn(c -> c.clientId().equals("hotel")).singleElement()
                .extracting(ClientView::clientClass, ClientView::kind, ClientView::industry)
                .containsExactly(ClientClass.MEMBER, ClientKind.BUSINESS, "宿泊業");
    }

    // ------------------------------------------------------------------ workers

    @Test
    void workersEmployedOnADayWithEverythingTheLedgerNeeds() {
        givenTheCooperative();
        assertThat(queries.handle(new FindWorkers(COOP, d("2026-07-15")))).containsExactly(
                new WorkerView(COOP, "w-senior", "佐藤 一郎", d("2026-07-15"), EmploymentType.INDEFINITE, null, null,
                        EmploymentType.INDEFINITE, "無期雇用", "indefinite term", d("1966-07-15"), 60, true, "60歳以上", "60 or over",
                        d("2022-04-01"), null, null, true, null, AMA, List.of("フォークリフト", "漁業"), List.of()),
                new WorkerView(COOP, "w-fixed", "鈴木 花子", d("2026-07-15"), EmploymentType.FIXED_TERM, d("2026-03-31"),
                        d("2026-04-01"), EmploymentType.INDEFINITE, "無期雇用", "indefinite term", d("2000-01-10"), 26, false, "60歳未満",
                        "under 60", d("2025-04-01"), null, null, true, null, NISHINOSHIMA, List.of(),
                        List.of(new PreviousEmployerView("hotel", "ホテル 島の風", d("2025-03-31"), false, d("2026-03-31"),
                                false, "2026-03-31 まで派遣不可（離職後1年）", "barred through 2026-03-31 (1 year after leaving)"))),
                new WorkerView(COOP, "w-retiree", "渡辺 茂", d("2026-07-15"), EmploymentType.INDEFINITE, null, null,
                        EmploymentType.INDEFINITE, "無期雇用", "indefinite term", d("1960-05-01"), 66, true, "60歳以上", "60 or over",
                        d("2025-04-01"), null, null, true, null, AMA, List.of("船舶操縦"),
                        List.of(new PreviousEmployerView("setnet", "株式会社 崎の定置網", d("2025-03-31"), true, null, false,
                                "例外：60歳以上の定年退職者", "exception: retired at 60+"))));
    }

    @Test
    void theSixtyOrOverBandTurnsOverOnTheBirthday() {
        givenTheCooperative();
        WorkerView before = worker(d("2026-07-14"), "w-senior");
        WorkerView on = worker(d("2026-07-15"), "w-senior");
        assertThat(before.age()).isEqualTo(59);
        assertThat(before.sixtyOrOver()).isFalse();
        assertThat(before.ageBandJa()).isEqualTo("60歳未満");
        assertThat(on.age()).isEqualTo(60);
        assertThat(on.sixtyOrOver()).isTrue();
        assertThat(on.ageBandJa()).isEqualTo("60歳以上");
    }

    @Test
    void thePreviousEmployerWindowEndsOneYearAfterLeaving() {
        givenTheCooperative();
        PreviousEmployerView lastBarredDay = worker(d("2026-03-31"), "w-fixed").previousEmployers().get(0);
        PreviousEmployerView firstFreeDay = worker(d("2026-04-01"), "w-fixed").previousEmployers().get(0);
        assertThat(lastBarredDay.barredThrough()).isEqualTo(d("2026-03-31"));
        assertThat(lastBarredDay.barredOnAsOf()).isTrue();
        assertThat(firstFreeDay.barredOnAsOf()).isFalse();
        PreviousEmployerView retiree = worker(d("2025-04-01"), "w-retiree").previousEmployers().get(0);
        assertThat(retiree.barredOnAsOf()).isFalse();
        assertThat(retiree.barredThrough()).isNull();
        assertThat(retiree.ruleJa()).isEqualTo("例外：60歳以上の定年退職者");
    }

    @Test
    void employmentFollowsHireSeparationFixedTermAndConversion() {
        givenTheCooperative();
        assertThat(queries.handle(new FindWorkers(COOP, d("2025-09-30")))).extracting(WorkerView::workerId)
                .containsExactly("w-senior", "w-left", "w-fixed", "w-retiree", "w-unconverted");
        assertThat(queries.handle(new FindWorkers(COOP, d("2025-10-01")))).extracting(WorkerView::workerId)
                .containsExactly("w-senior", "w-left", "w-fixed", "w-retiree");
        assertThat(queries.handle(new FindWorkers(COOP, d("2026-06-30")))).extracting(WorkerView::workerId)
                .containsExactly("w-senior", "w-left", "w-fixed", "w-retiree");
        assertThat(queries.handle(new FindWorkers(COOP, d("2026-07-01")))).extracting(WorkerView::workerId)
                .containsExactly("w-senior", "w-fixed", "w-retiree");
        WorkerView fixedBefore = worker(d("2026-03-31"), "w-fixed");
        assertThat(fixedBefore.employmentTypeOnAsOf()).isEqualTo(EmploymentType.FIXED_TERM);
        assertThat(fixedBefore.employmentJa()).isEqualTo("有期雇用（2026-03-31 まで）");
        assertThat(fixedBefore.employmentEn()).isEqualTo("fixed term until 2026-03-31");
        assertThat(worker(d("2026-04-01"), "w-fixed").employmentTypeOnAsOf()).isEqualTo(EmploymentType.INDEFINITE);
    }

    @Test
    void oneWorkerAsOfToday() {
        givenTheCooperative();
        assertThat(queries.handle(new FindWorker(COOP, "w-left"))).get().isEqualTo(
                new WorkerView(COOP, "w-left", "高橋 健", d("2026-12-01"), EmploymentType.INDEFINITE, null, null,
                        EmploymentType.INDEFINITE, "無期雇用", "indefinite term", d("1995-02-01"), 31, false, "60歳未満", "under 60",
                        d("2023-04-01"), d("2026-06-30"), d("2026-06-30"), false, "転居", CHIBU, List.of("調理"),
                        List.of()));
        WorkerView unconverted = queries.handle(new FindWorker(COOP, "w-unconverted")).orElseThrow();
        assertThat(unconverted.employedThrough()).isEqualTo(d("2025-09-30"));
        assertThat(unconverted.employedOnAsOf()).isFalse();
        assertThat(queries.handle(new FindWorker(COOP, "nobody"))).isEmpty();
    }

    private WorkerView worker(LocalDate asOf, String id) {
        return queries.handle(new FindWorkers(COOP, asOf)).stream().filter(w -> w.workerId().equals(id)).findFirst()
                .orElseThrow();
    }

    // ------------------------------------------------------------------ idempotency, reset

    @Test
    void handlingEveryEventTwiceChangesNothing() {
        Events events = givenTheCooperative();
        Map<String, List<Map<String, Object>>> before = TableDump.of(jdbc, PeopleProjection.TABLES);
        List<ClientView> clients = queries.handle(new FindClients(COOP, d("2026-10-01")));
        List<MemberView> members = queries.handle(new FindMembers(COOP, d("2026-10-01")));
        List<WorkerView> workers = queries.handle(new FindWorkers(COOP, d("2026-07-15")));

        // the whole history again: the old end of inn's first membership must not close its second one
        events.again(events.handled());
        // and each event twice in a row
        for (var m : events.handled()) {
            events.again(List.of(m, m));
        }

        assertThat(TableDump.of(jdbc, PeopleProjection.TABLES)).isEqualTo(before);
        assertThat(queries.handle(new FindClients(COOP, d("2026-10-01")))).isEqualTo(clients);
        assertThat(queries.handle(new FindMembers(COOP, d("2026-10-01")))).isEqualTo(members);
        assertThat(queries.handle(new FindWorkers(COOP, d("2026-07-15")))).isEqualTo(workers);
        assertThat(before.get("people_membership")).hasSize(8);
    }

    @Test
    void theResetHandlerEmptiesThePeopleTables() {
        givenTheCooperative();
        assertThat(TableDump.rows(jdbc, PeopleProjection.TABLES)).isGreaterThan(0);
        projection.reset();
        assertThat(TableDump.rows(jdbc, PeopleProjection.TABLES)).isZero();
        assertThat(queries.handle(new FindClients(COOP, d("2026-10-01")))).isEmpty();
    }
}
