package jp.yui.deploy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CloseBusinessYear;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.ratio.CooperativeRatios;
import jp.yui.query.ratio.NonMemberRatio;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real commands through the command pipeline, then the plan and ratio read models through Axon's query gateway once
 * their streaming processors have caught up.
 */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest
class PlanAndRatioIntegrationTest {

    private static final String AMA = "325252";
    private static final String NISHINOSHIMA = "325261";
    // generous: a test before this one may have left the processors a large backlog (this is not a speed goal)
    private static final Duration CATCH_UP = Duration.ofSeconds(180);

    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queryGateway;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private void send(Object command) {
        commands.send(command, "plan-it");
    }

    private static PlanAssignment dispatch(String coop, String id, String worker, String client, Period period,
                                           WorkPattern pattern) {
        return new PlanAssignment(coop, id, AssignmentKind.DISPATCH, worker, client, "作業 " + id, WorkCategory.GENERAL,
                null, AMA, period, pattern, 1100);
    }

    /** Asks the query until the answer satisfies {@code done} (the processors run asynchronously). */
    private <R> R await(Object query, Class<R> type, Predicate<R> done) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        R last = null;
        while (System.nanoTime() < deadline) {
            last = queryGateway.query(query, type).get(10, TimeUnit.SECONDS);
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the read model did not catch up within " + CATCH_UP + "; last answer: " + last);
    }

    @Test
    void commandsReachThePlanAndTheRatio() throws Exception {
        String coop = "plan-it-" + System.nanoTime();
        send(new RegisterCooperative(coop, "結テスト組合", "32", Set.of(AMA, NISHINOSHIMA), 4, CapUnit.HOURS,
                DayOfWeek.SUNDAY, null));
        send(new CertifyCooperative(coop, "島根県指令第9号", d("2021-06-01")));
        send(new AdmitMember(coop, "m1", "定置網漁業", "漁業", d("2021-06-01")));
        send(new RegisterNonMemberClient(coop, "salt", "海士の塩工房", ClientKind.BUSINESS, null));
        send(new AdmitMember(coop, "salt", null, "食料品製造業", d("2026-10-01")));
        send(new RegisterNonMemberClient(coop, "hotel", "ホテル", ClientKind.BUSINESS, null));
        send(new RegisterNonMemberClient(coop, "town", "海士町役場", ClientKind.MUNICIPALITY, AMA));
        for (String w : new String[] {"w1", "w2"}) {
            send(new HireWorker(coop, w, "職員 " + w, d("1995-01-01"), d("2025-04-01"), EmploymentType.INDEFINITE, null,
                    AMA, Set.of()));
        }
        send(dispatch(coop, "a1", "w1", "m1", new Period(d("2026-04-06"), d("2026-04-10")),
                WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)));
        send(dispatch(coop, "a-salt", "w2", "salt", new Period(d("2026-09-01"), d("2027-03-31")),
                WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        send(dispatch(coop, "a-hotel", "w1", "hotel", new Period(d("2026-04-13"), d("2026-04-13")),
                WorkPattern.days(Map.of(d("2026-04-13"), 240))));
        send(dispatch(coop, "a-town", "w2", "town", new Period(d("2026-04-14"), d("2026-04-14")),
                WorkPattern.days(Map.of(d("2026-04-14"), 480))));
        send(new RecordActualHours(coop, "a1", YearMonth.of(2026, 4), Map.of(d("2026-04-06"), 480, d("2026-04-07"), 420)));

        // M = April's actual 900 min + salt from October 18,720 min; O = salt's September 3,240 + hotel 240; R = 480
        NonMemberRatio ratio = await(new FindNonMemberRatio(coop, 2026), NonMemberRatio.class,
                r -> r.actualOnly().member().minutes() == 900);
        assertThat(ratio.cooperativeName()).isEqualTo("結テスト組合");
        assertThat(ratio.ruleVersion()).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        assertThat(ratio.projected().member().minutes()).isEqualTo(19_620);
        assertThat(ratio.projected().other().minutes()).isEqualTo(3480);
        assertThat(ratio.projected().related().minutes()).isEqualTo(480);
        assertThat(ratio.projected().member().feesYen()).isEqualTo(359_700);
        assertThat(ratio.projected().inCapUnit().otherSharePercent()).isEqualByComparingTo("17.7");
        assertThat(ratio.projected().inCapUnit().nonMemberSharePercent()).isEqualByComparingTo("20.2");
        assertThat(ratio.projected().inCapUnit().withinCaps()).isTrue();
        // head-room: other = min(20 % × 19,620 − 3,480, 50 % × 19,620 − 3,960) = 444; related = 5,850
        assertThat(ratio.headRoom().otherMinutes()).isEqualTo(444);
        assertThat(ratio.headRoom().relatedMinutes()).isEqualTo(5850);
        assertThat(ratio.months().get(5).month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(ratio.months().get(5).projected().other().minutes()).isEqualTo(3240);
        assertThat(ratio.months().get(6).projected().member().minutes()).isEqualTo(3240);

        YearPlan plan = await(new FindYearPlan(coop, 2026), YearPlan.class,
                p -> p.workers().size() == 2 && p.workers().get(0).actualMinutes() == 900);
        WorkerYear w1 = plan.workers().get(0);
        assertThat(w1.workerId()).isEqualTo("w1");
        assertThat(w1.months().get(0).plannedMinutes()).isEqualTo(2400 + 240);
        assertThat(w1.months().get(0).projectedMinutes()).isEqualTo(900 + 240);
        assertThat(w1.clientCount()).isEqualTo(2);
        assertThat(w1.days()).extracting(PlanDay::actualMinutes).containsExactly(480, 420, 0, 0, 0, null);
        WorkerYear w2 = plan.workers().get(1);
        assertThat(w2.days()).filteredOn(x -> x.clientId().equals("salt") && x.date().isBefore(d("2026-10-01")))
                .hasSize(9).allSatisfy(x -> assertThat(x.clientClass()).isEqualTo(ClientClass.OTHER_NON_MEMBER));
        assertThat(w2.days()).filteredOn(x -> x.clientId().equals("town")).singleElement()
                .satisfies(x -> assertThat(x.clientClass()).isEqualTo(ClientClass.RELATED_MUNICIPALITY));

        // a cancellation reaches both read models
        send(new CancelAssignment(coop, "a-hotel", "先方の都合"));
        NonMemberRatio after = await(new FindNonMemberRatio(coop, 2026), NonMemberRatio.class,
                r -> r.projected().other().minutes() == 3240);
        assertThat(after.projected().inCapUnit().otherSharePercent()).isEqualByComparingTo("16.5");
        WorkerYear w1After = await(new FindWorkerYear(coop, "w1", 2026), WorkerYear.class, w -> w.clientCount() == 1);
        assertThat(w1After.warnings()).extracting(x -> x.ruleId()).containsExactly("R-WORK-6");
        CooperativeRatios both = queryGateway.query(new FindRatiosOfCooperatives(Set.of(coop, "no-such"), 2026),
                CooperativeRatios.class).get(10, TimeUnit.SECONDS);
        assertThat(both.cooperatives()).singleElement().isEqualTo(after);
    }

    /**
     * The write model's own figures, frozen by a close (R-CAP-6), equal the read model's projected year: a member
     * admitted mid-year, recorded actual hours that break the former 20 % cap (a breach event), a correction and a
     * second close.
     */
    @Test
    void theReadModelAgreesWithTheFiguresTheWriteModelCloses() throws Exception {
        String coop = "close-it-" + System.nanoTime();
        send(new RegisterCooperative(coop, "締めテスト組合", "32", Set.of(AMA, NISHINOSHIMA), 4, CapUnit.HOURS,
                DayOfWeek.SUNDAY, null));
        send(new CertifyCooperative(coop, "島根県指令第10号", d("2021-06-01")));
        send(new AdmitMember(coop, "m1", "定置網漁業", "漁業", d("2021-06-01")));
        send(new RegisterNonMemberClient(coop, "late", "遅れて加入する事業者", ClientKind.BUSINESS, null));
        for (String w : new String[] {"w1", "w2"}) {
            send(new HireWorker(coop, w, "職員 " + w, d("1995-01-01"), d("2025-04-01"), EmploymentType.INDEFINITE, null,
                    AMA, Set.of()));
        }
        // business year 2025 began before the amendment: the single cap O + R ≤ 20 % of M judges it
        send(dispatch(coop, "a1", "w1", "m1", new Period(d("2025-06-02"), d("2025-06-06")),
                WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)));
        send(dispatch(coop, "a-late", "w2", "late", new Period(d("2025-09-30"), d("2025-10-02")),
                WorkPattern.days(Map.of(d("2025-09-30"), 240, d("2025-10-02"), 240))));
        send(new AdmitMember(coop, "late", null, null, d("2025-10-01")));
        // actual June: 780 min instead of 2,400 → O = 240 of M = 1,020 = 23.5 % (recorded, with a breach)
        send(new RecordActualHours(coop, "a1", YearMonth.of(2025, 6), Map.of(d("2025-06-02"), 480, d("2025-06-03"), 300)));
        send(new CloseBusinessYear(coop, 2025));

        NonMemberRatio closed = await(new FindNonMemberRatio(coop, 2025), NonMemberRatio.class,
                r -> r.closes().size() == 1);
        assertThat(closed.ruleVersion()).isEqualTo(CapRuleVersion.SINGLE_20_PERCENT);
        assertThat(closed.status()).isEqualTo(jp.yui.query.ratio.YearStatus.CLOSED);
        assertThat(closed.projected()).isEqualTo(closed.closes().get(0).figures());
        assertThat(closed.projected().member().minutes()).isEqualTo(1020);
        assertThat(closed.projected().other().minutes()).isEqualTo(240);
        assertThat(closed.projected().inCapUnit().nonMemberSharePercent()).isEqualByComparingTo("23.5");
        assertThat(closed.closes().get(0).withinCaps()).isFalse();
        assertThat(closed.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("R-CAP-1");
            assertThat(b.userId()).isEqualTo("plan-it");
            assertThat(b.figures()).isEqualTo(closed.projected());
        });
        assertThat(closed.headRoom().otherMinutes()).isZero();

        send(new jp.yui.command.api.ReopenBusinessYearForCorrection(coop, 2025, "6月分の実績の訂正"));
        send(new RecordActualHours(coop, "a1", YearMonth.of(2025, 6),
                Map.of(d("2025-06-02"), 480, d("2025-06-03"), 480, d("2025-06-04"), 480)));
        send(new CloseBusinessYear(coop, 2025));

        NonMemberRatio corrected = await(new FindNonMemberRatio(coop, 2025), NonMemberRatio.class,
                r -> r.closes().size() == 2);
        assertThat(corrected.closes()).extracting(c -> c.revision()).containsExactly(1, 2);
        assertThat(corrected.reopenings()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("6月分の実績の訂正");
            assertThat(x.reopenedRevision()).isEqualTo(1);
        });
        assertThat(corrected.status()).isEqualTo(jp.yui.query.ratio.YearStatus.CLOSED);
        assertThat(corrected.projected()).isEqualTo(corrected.closes().get(1).figures());
        assertThat(corrected.projected().member().minutes()).isEqualTo(1680);
        assertThat(corrected.closes().get(1).withinCaps()).isTrue();
        assertThat(corrected.closes().get(1).nonMemberSharePercent()).isEqualByComparingTo("14.3");
    }
}
