package jp.yui.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.Period;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.WorkCategory;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerProjectionTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final LedgerProjection projection = new LedgerProjection(jdbc);
    private final LedgerQueries queries = new LedgerQueries(jdbc, Clock.systemUTC());

    private static final LedgerOvertimeLimits LIMITS = new LedgerOvertimeLimits(45, 360, false, true, 720, 100, 6,
            "1か月45時間・1年360時間、特別条項: 1年720時間以内・1か月100時間未満（休日労働を含む）・1か月45時間超は年6回まで");

    private static final List<LedgerTraining> W1_TRAININGS = List.of(
            new LedgerTraining(LocalDate.of(2026, 3, 15), TrainingKind.CAREER_CONSULTATION, "キャリアコンサルティング", "キャリア面談", 60),
            new LedgerTraining(LocalDate.of(2026, 4, 2), TrainingKind.TRAINING, "教育訓練", "安全衛生教育", 120));

    private static final LedgerSocialInsurance W1_INSURANCE = new LedgerSocialInsurance(true, true, true, null,
            "健康保険: 有、厚生年金: 有、雇用保険: 有");

    @Test
    void everyItemOfTheLedgerFromTheEventsWithRescheduleActualsAndCancellation() {
        LedgerFixture f = new LedgerFixture();
        Events.to(projection).given(f.history().toArray());

        List<LedgerEntry> ledger = queries.handle(new FindLedger(f.coop, null, AS_OF));

        LedgerEntry a1 = new LedgerEntry(f.coop, "A-1", LedgerStatus.IN_PROGRESS, null, "W-1", "山田 花子",
                LocalDate.of(1966, 5, 10), true, LocalDate.of(2020, 4, 1), 59, false, 60, true, "CL-1", "海士いわがき生産",
                "325252", "海士町", "出荷課", Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 31)),
                "月・水・金 各8時間（除外日3日）", 50, 24000, 3, 1410, LocalTime.of(8, 0), LocalTime.of(17, 0), 60,
                "岩牡蠣の出荷作業", WorkCategory.GENERAL, null, "補助的業務（指揮命令者の指示による）", "田中 太郎", "鈴木 次郎", LIMITS,
                List.of(new LedgerComplaint(LocalDate.of(2026, 5, 20), "休憩室が狭い", "派遣先と協議し改善した")), W1_INSURANCE,
                W1_TRAININGS, LocalDate.of(2029, 7, 31), AS_OF);
        LedgerEntry a2 = new LedgerEntry(f.coop, "A-2", LedgerStatus.CANCELLED, "町の事業中止", "W-1", "山田 花子",
                LocalDate.of(1966, 5, 10), true, LocalDate.of(2020, 4, 1), 60, true, 60, true, "CL-2", "海士町役場",
                "325252", "海士町", null, Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)), "指定日2日", 2, 480,
                0, 0, null, null, null, "観光案内所の受付", WorkCategory.GENERAL, null, null, null, null, LIMITS, List.of(),
                W1_INSURANCE, W1_TRAININGS, LocalDate.of(2029, 8, 31), AS_OF);
        LedgerEntry a4 = new LedgerEntry(f.coop, "A-4", LedgerStatus.IN_PROGRESS, null, "W-2", "佐藤 一郎",
                LocalDate.of(2000, 1, 1), true, LocalDate.of(2025, 10, 1), 26, false, 26, false, "CL-3", "西ノ島観光",
                "325261", "西ノ島町", null, Period.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30)),
                "月〜金 各8時間、土 4時間", 131, 57600, 0, 0, null, null, null, "宿泊施設の清掃", WorkCategory.GENERAL, null, null,
                null, null, LIMITS, List.of(new LedgerComplaint(LocalDate.of(2026, 5, 25), LedgerFixture.TRICKY_COMPLAINT, null)),
                new LedgerSocialInsurance(true, true, false, "週20時間未満の期間があったため",
                        "健康保険: 有、厚生年金: 有、雇用保険: 無（未加入の理由: 週20時間未満の期間があったため）"),
                List.of(), LocalDate.of(2029, 9, 30), AS_OF);
        // ordered by worker name (佐藤 < 山田 by code point), then period; the secondment A-3 and the expired A-9 are not shown
        assertThat(ledger).containsExactly(a4, a1, a2);
    }

    @Test
    void actualMonthsAreReplacedNotAdded() {
        LedgerFixture f = new LedgerFixture();
        Events.to(projection).given(f.history().toArray());

        assertThat(jdbc.queryForList("select month, days_worked, minutes from ledger_actual_month where cooperative_id = ? "
                + "order by month", f.coop)).containsExactly(
                Map.of("month", java.sql.Date.valueOf("2026-04-01"), "days_worked", 2, "minutes", 930L),
                Map.of("month", java.sql.Date.valueOf("2026-05-01"), "days_worked", 1, "minutes", 480L));
    }

    @Test
    void retentionHidesEntriesThreeYearsAfterTheirEndUnlessAskedFor() {
        LedgerFixture f = new LedgerFixture();
        Events.to(projection).given(f.history().toArray());

        LedgerEntry expired = queries.handle(new FindLedger(f.coop, "W-1", AS_OF, true)).stream()
                .filter(e -> e.assignmentId().equals("A-9")).findFirst().orElseThrow();
        assertThat(expired.retainUntil()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(expired.status()).isEqualTo(LedgerStatus.ENDED);
        assertThat(expired.plannedDays()).isEqualTo(104);
        // on its last day of retention it is still shown, the day after it is not
        assertThat(ids(queries.handle(new FindLedger(f.coop, "W-1", LocalDate.of(2025, 3, 31))))).contains("A-9");
        assertThat(ids(queries.handle(new FindLedger(f.coop, "W-1", LocalDate.of(2025, 4, 1))))).doesNotContain("A-9");
        // before the period: scheduled; and W-1's entries only
        assertThat(queries.handle(new FindLedger(f.coop, "W-1", LocalDate.of(2026, 3, 1))))
                .extracting(LedgerEntry::assignmentId, LedgerEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", LedgerStatus.SCHEDULED),
                        org.assertj.core.groups.Tuple.tuple("A-2", LedgerStatus.CANCELLED));
        // after the end: ended
        assertThat(queries.handle(new FindLedger(f.coop, "W-2", LocalDate.of(2026, 10, 1))))
                .extracting(LedgerEntry::status).containsExactly(LedgerStatus.ENDED);
    }

    @Test
    void aWorkerStillOnAFixedTermIsShownSoAndAnUnknownCooperativeHasNoLedger() {
        LedgerFixture f = new LedgerFixture();
        Events.to(projection).given(f.history().toArray());

        // before the conversion of 2025-10-01, W-2 was not yet indefinite
        LedgerEntry early = queries.handle(new FindLedger(f.coop, "W-2", LocalDate.of(2025, 9, 30))).get(0);
        assertThat(early.indefiniteTerm()).isFalse();
        assertThat(early.indefiniteSince()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(queries.handle(new FindLedger("no-such-cooperative", null, AS_OF))).isEmpty();
    }

    @Test
    void handlingEveryEventAgainChangesNothing() {
        LedgerFixture f = new LedgerFixture();
        Events events = Events.to(projection).given(f.history().toArray());
        List<Map<String, Object>> before = snapshot(f.coop);
        List<LedgerEntry> ledgerBefore = queries.handle(new FindLedger(f.coop, null, AS_OF, true));

        events.again(events.handled());
        // also an early event alone after later ones (the plan before its reschedule and cancellation)
        List<DomainEventMessage<?>> planned = events.handled().stream()
                .filter(m -> m.getPayload() instanceof AssignmentPlanned).toList();
        events.again(planned);

        assertThat(snapshot(f.coop)).isEqualTo(before);
        assertThat(queries.handle(new FindLedger(f.coop, null, AS_OF, true))).isEqualTo(ledgerBefore);
    }

    @Test
    void resetEmptiesExactlyTheLedgerTablesAndAReplayRebuildsThem() {
        LedgerFixture f = new LedgerFixture();
        Events events = Events.to(projection).given(f.history().toArray());
        List<LedgerEntry> ledgerBefore = queries.handle(new FindLedger(f.coop, null, AS_OF, true));

        projection.reset();

        for (String table : LedgerProjection.TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
        List<String> own = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename like 'ledger\\_%' order by tablename", String.class);
        assertThat(own).containsExactlyInAnyOrderElementsOf(LedgerProjection.TABLES);

        events.again(events.handled());
        assertThat(queries.handle(new FindLedger(f.coop, null, AS_OF, true))).isEqualTo(ledgerBefore);
    }

    @Test
    void workingDaysText() {
        assertThat(WorkingDays.weekdays(List.of(java.time.DayOfWeek.values()))).isEqualTo("月〜日");
        assertThat(WorkingDays.weekdays(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY)))
                .isEqualTo("月・火");
        assertThat(WorkingDays.weekdays(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.FRIDAY))).isEqualTo("月〜水・金");
        assertThat(WorkingDays.duration(450)).isEqualTo("7時間30分");
        assertThat(WorkingDays.duration(45)).isEqualTo("45分");
        assertThat(WorkingDays.duration(0)).isEqualTo("0分");
    }

    private static List<String> ids(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::assignmentId).toList();
    }

    private List<Map<String, Object>> snapshot(String coop) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String table : LedgerProjection.TABLES) {
            rows.addAll(jdbc.queryForList("select '" + table + "' as t, x.* from " + table + " x where cooperative_id = ? "
                    + "order by 2, 3, 4", coop));
        }
        return rows;
    }

    static ZoneId zone() {
        return LedgerQueries.ZONE;
    }
}
