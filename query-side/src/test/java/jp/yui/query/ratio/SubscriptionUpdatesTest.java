package jp.yui.query.ratio;

import static jp.yui.query.calendar.YuiTestEvents.day;
import static jp.yui.query.calendar.YuiTestEvents.hired;
import static jp.yui.query.calendar.YuiTestEvents.member;
import static jp.yui.query.calendar.YuiTestEvents.newCooperativeId;
import static jp.yui.query.calendar.YuiTestEvents.onDays;
import static jp.yui.query.calendar.YuiTestEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanProjection;
import jp.yui.query.plan.PlanQueries;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Subscribers of the plan and ratio queries get the new answer after each change of their cooperative. */
class SubscriptionUpdatesTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
    private final QueryGateway gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    private final RatioQueries ratioQueries = new RatioQueries(jdbc, "2025-07-01");
    private final PlanQueries planQueries = new PlanQueries(jdbc, JapaneseHolidays.shared());

    SubscriptionUpdatesTest() {
        new AnnotationQueryHandlerAdapter<>(ratioQueries).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(planQueries).subscribe(bus);
    }

    @Test
    void ratioSubscribersGetEachNewFigure() {
        String coop = newCooperativeId("sub-ratio");
        String other = newCooperativeId("sub-other");
        RatioProjection ratio = new RatioProjection(jdbc, ratioQueries, emitter);
        // the plan projection writes the day ledger the ratio counts, and tells the ratio
        Events events = Events.to(new PlanProjection(jdbc, planQueries, emitter, List.of(ratio)), ratio)
                .given(registered(coop), member(coop, "m1", day("2021-06-01")), registered(other));

        SubscriptionQueryResult<NonMemberRatio, NonMemberRatio> one = gateway.subscriptionQuery(
                new FindNonMemberRatio(coop, 2026), NonMemberRatio.class, NonMemberRatio.class);
        SubscriptionQueryResult<CooperativeRatios, CooperativeRatios> many = gateway.subscriptionQuery(
                new FindRatiosOfCooperatives(Set.of(coop, other), 2026), ResponseTypes.instanceOf(CooperativeRatios.class),
                ResponseTypes.instanceOf(CooperativeRatios.class));
        List<NonMemberRatio> updates = new CopyOnWriteArrayList<>();
        List<CooperativeRatios> manyUpdates = new CopyOnWriteArrayList<>();
        one.updates().subscribe(updates::add);
        many.updates().subscribe(manyUpdates::add);
        assertThat(one.initialResult().block(Duration.ofSeconds(5)).projected().member().minutes()).isZero();

        events.given(onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-05-11")),
                onDays(coop, "a2", "w1", "m1", 300, 1000, day("2026-05-12")));

        assertThat(updates).extracting(r -> r.projected().member().minutes()).containsExactly(480L, 780L);
        assertThat(manyUpdates).hasSize(2);
        assertThat(manyUpdates.get(1).cooperatives()).extracting(NonMemberRatio::cooperativeId).containsExactly(
                List.of(coop, other).stream().sorted().toArray(String[]::new));

        // a change of another cooperative reaches only the subscriptions that cover it
        events.given(onDays(other, "b1", "w9", "m1", 60, 1000, day("2026-05-11")));
        assertThat(updates).hasSize(2);
        assertThat(manyUpdates).hasSize(3);
        one.close();
        many.close();
    }

    @Test
    void planSubscribersGetTheNewPlan() {
        String coop = newCooperativeId("sub-plan");
        Events events = Events.to(new PlanProjection(jdbc, planQueries, emitter))
                .given(registered(coop), member(coop, "m1", day("2021-06-01")), hired(coop, "w1", day("2025-04-01")));
        SubscriptionQueryResult<YearPlan, YearPlan> plan = gateway.subscriptionQuery(new FindYearPlan(coop, 2026),
                YearPlan.class, YearPlan.class);
        SubscriptionQueryResult<WorkerYear, WorkerYear> worker = gateway.subscriptionQuery(
                new FindWorkerYear(coop, "w1", 2026), WorkerYear.class, WorkerYear.class);
        List<YearPlan> updates = new CopyOnWriteArrayList<>();
        List<WorkerYear> workerUpdates = new CopyOnWriteArrayList<>();
        plan.updates().subscribe(updates::add);
        worker.updates().subscribe(workerUpdates::add);
        assertThat(plan.initialResult().block(Duration.ofSeconds(5)).workers().get(0).days()).isEmpty();

        events.given(onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-05-11")));

        assertThat(updates).singleElement().satisfies(p -> assertThat(p.workers().get(0).plannedMinutes()).isEqualTo(480));
        assertThat(workerUpdates).singleElement().satisfies(w -> assertThat(w.days()).hasSize(1));
        plan.close();
        worker.close();
    }
}
