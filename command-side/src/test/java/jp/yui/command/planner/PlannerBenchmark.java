package jp.yui.command.planner;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.yui.command.cooperative.PlanningView;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.planner.CooperativeYearGenerator.GeneratedYear;
import jp.yui.command.planner.CooperativeYearGenerator.Size;
import org.junit.jupiter.api.Test;

/**
 * The planner benchmark (not part of the normal test run; {@code ./mvnw -B -pl command-side -Pplanner-benchmark test}):
 * per generated size, time to the first feasible solution, score and coverage after 10 s and 30 s, idle working days
 * per worker, and the same for the greedy first-fit baseline. Writes {@code target/planner-benchmark.md}.
 * {@code -Dplanner.benchmark.seconds=30} changes the long limit (the short one is a third of it).
 */
class PlannerBenchmark {

    static final Municipalities MUNICIPALITIES = Municipalities.officialList();
    static final CapLaw LAW = CapLaw.defaults();

    @Test
    void benchmark() throws Exception {
        int longLimit = Integer.getInteger("planner.benchmark.seconds", 30);
        int shortLimit = Math.max(1, longLimit / 3);
        StringBuilder table = new StringBuilder();
        table.append("| size | slots | method | first feasible | score | coverage | member coverage | idle days / worker |\n");
        table.append("|---|---:|---|---:|---|---:|---:|---:|\n");
        for (Size size : Size.values()) {
            GeneratedYear y = CooperativeYearGenerator.generate(size, "bench-" + size, 12L);
            PlanningView view = PlanningView.fromHistory(y.events());
            String name = size + " (" + size.workers + " workers / " + size.jobs + " jobs)";

            PlannerSolution greedyProblem = ProblemBuilder.build(view, 2026, LocalDate.of(2026, 4, 1), LAW, MUNICIPALITIES);
            long g0 = System.nanoTime();
            PlannerSolution greedy = YearPlanner.greedy(greedyProblem);
            long greedyMs = (System.nanoTime() - g0) / 1_000_000;
            row(table, name, greedy.getSlots().size(), "greedy first-fit (earliest start)",
                    greedyMs + " ms (whole run)", greedy);

            PlannerSolution problem = ProblemBuilder.build(view, 2026, LocalDate.of(2026, 4, 1), LAW, MUNICIPALITIES);
            Solver<PlannerSolution> solver = YearPlanner.solver(Duration.ofSeconds(longLimit));
            long t0 = System.nanoTime();
            AtomicLong firstFeasible = new AtomicLong(-1);
            AtomicReference<PlannerSolution> atShort = new AtomicReference<>();
            solver.addEventListener(e -> {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                HardMediumSoftLongScore s = e.getNewBestSolution().getScore();
                if (s.hardScore() == 0 && firstFeasible.get() < 0 && e.getNewBestSolution().getSlots().stream()
                        .anyMatch(x -> x.getWorker() != null)) {
                    firstFeasible.set(ms);
                }
                if (ms <= shortLimit * 1000L && e.getNewBestSolution().getSlots().stream()
                        .anyMatch(x -> x.getWorker() != null)) {
                    atShort.set(e.getNewBestSolution());
                }
            });
            PlannerSolution solved = solver.solve(problem);
            String ff = firstFeasible.get() < 0 ? "not reached" : firstFeasible.get() + " ms";
            if (atShort.get() != null) {
                row(table, name, problem.getSlots().size(), "Timefold " + shortLimit + " s", ff, atShort.get());
            } else {
                table.append("| ").append(name).append(" | ").append(problem.getSlots().size()).append(" | Timefold ")
                        .append(shortLimit).append(" s | ").append(ff).append(" | construction not finished | | | |\n");
            }
            row(table, name, problem.getSlots().size(), "Timefold " + longLimit + " s", ff, solved);
            // whatever the speed, both plans must be lawful: no hard constraint (a MUST rule) broken
            assertThat(greedy.getScore().hardScore()).as(name + ": greedy plan breaks a MUST rule").isZero();
            assertThat(solved.getScore().hardScore()).as(name + ": planner's plan breaks a MUST rule").isZero();
            System.out.println(table);
        }
        String out = "Planner benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores (shared with other work)\n\n" + table;
        Files.writeString(Path.of("target", "planner-benchmark.md"), out);
        System.out.println(out);
    }

    private static void row(StringBuilder t, String name, int slots, String method, String firstFeasible,
                            PlannerSolution s) {
        Proposal.Coverage c = PlanMetrics.coverage(s);
        t.append("| ").append(name).append(" | ").append(slots).append(" | ").append(method).append(" | ")
                .append(firstFeasible).append(" | ").append(s.getScore()).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f %%", c.percent())).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f %%", c.memberPercent())).append(" | ")
                .append(c.idleDaysPerWorker()).append(" |\n");
    }
}
