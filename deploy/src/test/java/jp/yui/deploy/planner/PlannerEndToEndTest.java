package jp.yui.deploy.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.yui.command.planner.CooperativeYearGenerator;
import jp.yui.command.planner.CooperativeYearGenerator.GeneratedYear;
import jp.yui.command.planner.CooperativeYearGenerator.Size;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.jobs.FindSeasonalJobs;
import jp.yui.query.jobs.SeasonalJobView;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.security.SystemActor;
import jp.yui.ui.planner.PlannerRuns;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generate a cooperative-year (30 workers, 40 seasonal jobs) through real commands → plan it for a few seconds →
 * accept the proposal in the background as Yui ({@code SystemActor "planner"}) → every command is accepted by the
 * aggregate → the plan read model shows every proposed assignment; the seasonal-job read model shows the jobs.
 */
@YuiIntegrationTest
class PlannerEndToEndTest {

    @Autowired
    Commands commands;
    @Autowired
    PlannerService planner;
    @Autowired
    QueryGateway queries;

    @Test
    void generatedYearIsPlannedAcceptedAndShownInThePlan() throws Exception {
        String coop = "planner-e2e-" + System.nanoTime();
        GeneratedYear year = CooperativeYearGenerator.generate(Size.MEDIUM, coop, 12L);
        SystemActor.run("planner-test", () -> year.commands().forEach(c -> commands.send(c, "planner-test")));

        PlannerRuns.RunInfo started = SystemActor.call("planner",
                () -> planner.start(coop, 2026, 5, LocalDate.of(2026, 4, 1)));
        PlannerRuns.RunInfo run = started;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (run.status() == PlannerRuns.Status.SOLVING && System.nanoTime() < deadline) {
            Thread.sleep(250);
            run = SystemActor.call("planner", () -> planner.find(coop, started.runId()).orElseThrow());
        }
        assertThat(run.status()).isEqualTo(PlannerRuns.Status.PROPOSED);
        assertThat(run.feasible()).as(run.score()).isTrue();
        PlannerRuns.ProposalInfo proposal = SystemActor.call("planner",
                () -> planner.proposal(coop, started.runId()).orElseThrow());
        assertThat(proposal.items()).isNotEmpty();
        assertThat(proposal.leftOut()).isEmpty();
        assertThat(proposal.explanationJa()).anySatisfy(t -> assertThat(t).contains("需要の充足"));

        PlannerRuns.AcceptResult result = SystemActor.call("planner", () -> planner.accept(coop, started.runId()));
        assertThat(result.refused()).isEmpty();
        assertThat(result.planned()).isEqualTo(proposal.items().size());

        Set<String> expected = proposal.items().stream().map(PlannerRuns.Item::assignmentId).collect(Collectors.toSet());
        YearPlan plan = null;
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            plan = SystemActor.call("planner-test", () -> {
                try {
                    return queries.query(new FindYearPlan(coop, 2026), YearPlan.class).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            if (plan != null && planned(plan).containsAll(expected)) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(plan).isNotNull();
        assertThat(planned(plan)).containsAll(expected);

        List<SeasonalJobView> jobs = SystemActor.call("planner-test", () -> {
            try {
                return queries.query(new FindSeasonalJobs(coop, 2026, false),
                        ResponseTypes.multipleInstancesOf(SeasonalJobView.class)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(jobs).isNotEmpty();
    }

    private static Set<String> planned(YearPlan plan) {
        return plan.workers().stream().flatMap(w -> w.days().stream()).map(PlanDay::assignmentId)
                .collect(Collectors.toSet());
    }
}
