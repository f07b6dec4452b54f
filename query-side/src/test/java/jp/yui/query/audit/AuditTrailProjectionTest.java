package jp.yui.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.AssignmentTermsRecorded;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.OvertimeLimitExceeded;
import jp.yui.command.api.OvertimeLimitKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerHired;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit projection writes exactly one row per event, with who, when, which cooperative, and readable text. */
class AuditTrailProjectionTest {

    static final String COOP = "dozen";
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    final AuditTrailProjection projection = new AuditTrailProjection(jdbc);

    @BeforeEach
    void empty() {
        jdbc.execute("truncate table audit_event, audit_name, audit_assignment");
    }

    static CooperativeRegistered registered() {
        return new CooperativeRegistered(COOP, "島前マルチワーク事業協同組合", "32", Set.of("325261", "325252"), 4,
                CapUnit.HOURS, DayOfWeek.SUNDAY, OvertimeAgreement.standard());
    }

    static MemberAdmitted setnet() {
        return new MemberAdmitted(COOP, "setnet", "株式会社 崎の定置網", "漁業", LocalDate.of(2021, 6, 1));
    }

    static WorkerHired sato() {
        return new WorkerHired(COOP, "w1", "佐藤 陽菜", LocalDate.of(1998, 5, 12), LocalDate.of(2022, 4, 1),
                EmploymentType.INDEFINITE, null, "325252", Set.of("漁業"));
    }

    static AssignmentPlanned setnetSpring() {
        return new AssignmentPlanned(COOP, "a1", AssignmentKind.DISPATCH, "w1", "setnet", "定置網漁の補助",
                WorkCategory.GENERAL, null, "325252", new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                WorkPattern.weekly(360, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 1200);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("""
                select global_index, sequence_number, occurred_at, user_id, cooperative_id, cooperative_name, event_type,
                    description_ja, description_en
                from audit_event order by sequence_number""");
    }

    @Test
    @DisplayName("R-REP-5: one row per event — who, when, cooperative, type, Japanese and English description")
    void oneRowPerEventWithDescriptions() {
        Events events = Events.to(projection).as("office-1").at(T0).given(registered(), setnet(), sato());
        events.as("manager-7").at(T0.plusSeconds(60)).given(setnetSpring());
        events.as("client-report").at(T0.plusSeconds(120)).given(new ActualHoursRecorded(COOP, "a1",
                YearMonth.of(2026, 4), Map.of(LocalDate.of(2026, 4, 6), 360, LocalDate.of(2026, 4, 7), 390,
                        LocalDate.of(2026, 4, 8), 0)));

        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(r -> r.get("event_type")).containsExactly("CooperativeRegistered", "MemberAdmitted",
                "WorkerHired", "AssignmentPlanned", "ActualHoursRecorded");
        assertThat(rows).extracting(r -> r.get("sequence_number")).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(rows).extracting(r -> r.get("user_id")).containsExactly("office-1", "office-1", "office-1",
                "manager-7", "client-report");
        assertThat(rows).extracting(r -> ((java.sql.Timestamp) r.get("occurred_at")).toInstant()).containsExactly(T0, T0, T0,
                T0.plusSeconds(60), T0.plusSeconds(120));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("cooperative_id")).isEqualTo(COOP);
            assertThat(r.get("cooperative_name")).isEqualTo("島前マルチワーク事業協同組合");
            assertThat(r.get("global_index")).as("not read from the event store here").isNull();
        });
        assertThat(rows).extracting(r -> r.get("description_ja")).containsExactly(
                "組合 島前マルチワーク事業協同組合 を登録（島根県、地区: 海士町・西ノ島町、事業年度 4月始まり、員外利用の単位: 派遣時間）",
                "株式会社 崎の定置網 が 2021-06-01 に組合員として加入（業種: 漁業）",
                "佐藤 陽菜 を 2022-04-01 に雇入れ（無期雇用）",
                "佐藤 陽菜 を 定置網漁の補助 (株式会社 崎の定置網) へ 2026-04-01〜2026-06-30 派遣計画",
                "佐藤 陽菜 の 定置網漁の補助 (株式会社 崎の定置網) への派遣の 2026年4月 の実績を記録: 2 日、12.5 時間");
        assertThat(rows).extracting(r -> r.get("description_en")).containsExactly(
                "Cooperative 島前マルチワーク事業協同組合 registered (島根県 (32); district: 海士町 (325252), 西ノ島町 (325261); "
                        + "business year starts in month 4; cap unit: dispatched hours)",
                "株式会社 崎の定置網 admitted as a member on 2021-06-01 (industry: 漁業)",
                "佐藤 陽菜 hired on 2022-04-01 (indefinite term)",
                "Dispatch of 佐藤 陽菜 to 定置網漁の補助 (株式会社 崎の定置網) planned for 2026-04-01 to 2026-06-30",
                "Actual hours of the dispatch of 佐藤 陽菜 to 定置網漁の補助 (株式会社 崎の定置網) for 2026-04 recorded: 2 days, "
                        + "12.5 h");
    }

    @Test
    @DisplayName("assignment changes, records and breaches name the worker, the work and the client")
    void laterEventsUseTheNamesOfTheRegistrations() {
        Events events = Events.to(projection).as("office-1").at(T0).given(registered(), setnet(), sato(), setnetSpring(),
                new NonMemberClientRegistered(COOP, "ama-town", "海士町役場", ClientKind.MUNICIPALITY, "325252"),
                new AssignmentRescheduled(COOP, "a1", new Period(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 26)),
                        WorkPattern.weekly(480, DayOfWeek.MONDAY)),
                new AssignmentTermsRecorded(COOP, "a1", "定置網部", LocalTime.of(8, 0), LocalTime.of(15, 0), 60, null,
                        "組合 事務局長", "網元 崎"),
                new OvertimeLimitExceeded(COOP, "w1", OvertimeLimitKind.MONTHLY, "2026-05", 2760, 2700),
                new NonMemberCapBreached(COOP, 2026, "R-CAP-2", CapUnit.HOURS,
                        new UsageFigures(new Usage(60_000, 0), new Usage(6_000, 0), new Usage(12_600, 0)),
                        "other non-member use is 210 h = 21.0 % of member use 1,000 h; the cap is 20 % — business year 2026"),
                new BusinessYearClosed(COOP, 2025, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                        CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS,
                        new UsageFigures(new Usage(60_000, 0), new Usage(6_000, 0), new Usage(9_000, 0)),
                        new java.math.BigDecimal("15.0"), new java.math.BigDecimal("25.0"), true, 1),
                new CertificationLapsed(COOP, LocalDate.of(2031, 6, 1), LapseReason.EXPIRY, List.of("a9", "a10")),
                new AssignmentCancelled(COOP, "a1", "漁期の終了"),
                new AssignmentCancelled(COOP, "unknown-a", null));
        assertThat(events.handled()).hasSize(13);

        List<Map<String, Object>> rows = rows();
        assertThat(rows.subList(4, 13)).extracting(r -> r.get("description_ja")).containsExactly(
                "員外の派遣先 海士町役場 を登録（市町村、海士町）",
                "佐藤 陽菜 の 定置網漁の補助 (株式会社 崎の定置網) への派遣を 2026-04-06〜2026-06-26 に変更",
                "佐藤 陽菜 の 定置網漁の補助 (株式会社 崎の定置網) への派遣の就業条件を記録（組織単位 定置網部、08:00〜15:00、休憩 60 分、"
                        + "派遣元責任者 組合 事務局長、派遣先責任者 網元 崎）",
                "佐藤 陽菜 の実績が36協定の月の時間外労働の上限を超過（2026-05）: 46 時間、上限 45 時間",
                "2026年度の実績が員外利用の上限を超過（R-CAP-2）: 組合員 1,000 時間、関係市町村等 100 時間、その他の員外 210 時間",
                "2025年度（2025-04-01〜2026-03-31）を締め（第1回）: 組合員 1,000 時間、関係市町村等 100 時間、その他の員外 150 時間、"
                        + "その他の員外の割合 15.0 %、員外の割合 25.0 %、上限内（R-CAP-2）",
                "認定が 2031-06-01 から失効（有効期間満了）、対応が必要な派遣 2 件",
                "佐藤 陽菜 の 定置網漁の補助 (株式会社 崎の定置網) への派遣を取消（理由: 漁期の終了）",
                "派遣 unknown-a を取消");
        assertThat(rows.subList(4, 13)).extracting(r -> r.get("description_en")).containsExactly(
                "Non-member client 海士町役場 registered (municipality, 海士町 (325252))",
                "Dispatch of 佐藤 陽菜 to 定置網漁の補助 (株式会社 崎の定置網) rescheduled to 2026-04-06 to 2026-06-26",
                "Terms of the dispatch of 佐藤 陽菜 to 定置網漁の補助 (株式会社 崎の定置網) recorded (unit 定置網部, 08:00–15:00, break 60 min, "
                        + "dispatcher's responsible person 組合 事務局長, client's responsible person 網元 崎)",
                "Actual hours of 佐藤 陽菜 exceed the overtime agreement's monthly overtime limit (2026-05): 46 h against a "
                        + "limit of 45 h",
                "Actual results put business year 2026 above the non-member cap (R-CAP-2): other non-member use is 210 h = "
                        + "21.0 % of member use 1,000 h; the cap is 20 % — business year 2026",
                "Business year 2025 (2025-04-01 to 2026-03-31) closed (revision 1): members 1,000 h, related municipalities "
                        + "100 h, other non-members 150 h; other share 15.0 %, non-member share 25.0 %; within the caps (R-CAP-2)",
                "Certification lapsed from 2031-06-01 (expiry); 2 assignments need action",
                "Dispatch of 佐藤 陽菜 to 定置網漁の補助 (株式会社 崎の定置網) cancelled (reason: 漁期の終了)",
                "Assignment unknown-a cancelled");
    }

    @Test
    @DisplayName("idempotent: the same events again change nothing, not even after later name changes")
    void handlingTheSameEventsAgainChangesNothing() {
        Events events = Events.to(projection).given(registered(), setnet(), sato(), setnetSpring(),
                new CooperativeCertified(COOP, "島根県指令地第12号", "32", LocalDate.of(2021, 6, 1),
                        LocalDate.of(2021, 6, 1), LocalDate.of(2031, 5, 31)));
        // a later admission renames the client
        events.given(new MemberAdmitted(COOP, "setnet", "株式会社 崎の定置網（新）", null, LocalDate.of(2027, 4, 1)));
        List<Map<String, Object>> before = jdbc.queryForList("select * from audit_event order by event_id");
        List<Map<String, Object>> namesBefore = jdbc.queryForList("select * from audit_name order by kind, id");
        assertThat(namesBefore).extracting(r -> r.get("name")).contains("株式会社 崎の定置網（新）");

        events.again(events.handled());

        assertThat(jdbc.queryForList("select * from audit_event order by event_id")).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from audit_name order by kind, id")).isEqualTo(namesBefore);
        assertThat(jdbc.queryForList("select * from audit_assignment")).hasSize(1);
    }

    @Test
    @DisplayName("the position in the event store comes from the tracking token, also while replaying")
    void globalIndexFromTheTrackingToken() throws Exception {
        Events.to(projection).given(registered());
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        adapter.handle(new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(41, Set.of()),
                new GenericDomainEventMessage<>("Cooperative", COOP, 1, sato(), MetaData.with("userId", "u"))));
        adapter.handle(new GenericTrackedDomainEventMessage<>(ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(42)),
                new GenericDomainEventMessage<>("Cooperative", COOP, 2, setnet(), MetaData.with("userId", "u"))));

        assertThat(jdbc.queryForList("select event_type || ' at ' || coalesce(global_index::text, '-') from audit_event "
                + "order by sequence_number", String.class))
                .containsExactly("CooperativeRegistered at -", "WorkerHired at 41", "MemberAdmitted at 42");
    }

    @Test
    @DisplayName("reset empties exactly the audit tables")
    void resetEmptiesItsTables() {
        Events.to(projection).given(registered(), setnet(), sato(), setnetSpring());
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(4);
        projection.reset();
        for (String table : AuditTrailProjection.TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
    }
}
