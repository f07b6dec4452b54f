package jp.yui.command.planner;

import ai.timefold.solver.core.api.score.ScoreExplanation;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.cooperative.PlanningView;
import jp.yui.command.cooperative.PlanningView.Judgement;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;

/**
 * The year-round planner (年間就業計画の自動作成) on Timefold Solver: solver configuration, a greedy first-fit baseline,
 * and turning a solution into a {@link Proposal} judged by the aggregate's own checks.
 */
public final class YearPlanner {

    private YearPlanner() {
    }

    /** Construction heuristic (first fit decreasing by demand) then local search, for at most {@code limit}. */
    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(PlannerSolution.class)
                .withEntityClasses(JobSlot.class)
                .withConstraintProviderClass(PlannerConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    public static Solver<PlannerSolution> solver(Duration limit) {
        return SolverFactory.<PlannerSolution>create(config(limit)).buildSolver();
    }

    public static PlannerSolution solve(PlannerSolution problem, Duration limit) {
        return solver(limit).solve(problem);
    }

    /**
     * The baseline: first fit by earliest start — slots in order of the job's start (then week, job, seat), each
     * given to the first worker (in id order) with whom no hard constraint breaks, or left uncovered. No search.
     */
    public static PlannerSolution greedy(PlannerSolution problem) {
        SolverConfig cfg = new SolverConfig()
                .withSolutionClass(PlannerSolution.class)
                .withEntityClasses(JobSlot.class)
                .withConstraintProviderClass(PlannerConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(YearPlanner::firstFit));
        return SolverFactory.<PlannerSolution>create(cfg).buildSolver().solve(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void firstFit(ScoreDirector<PlannerSolution> sd, java.util.function.BooleanSupplier stop) {
        InnerScoreDirector<PlannerSolution, HardMediumSoftLongScore> inner = (InnerScoreDirector) sd;
        PlannerSolution s = sd.getWorkingSolution();
        List<JobSlot> order = s.getSlots().stream().filter(x -> !x.isPinned() && x.getWorker() == null)
                .sorted(Comparator.comparing((JobSlot x) -> x.getJob().start()).thenComparing(JobSlot::getWeekStart)
                        .thenComparing(x -> x.getJob().id()).thenComparing(JobSlot::getSeat))
                .toList();
        List<PlannerWorker> workers = s.getWorkers().stream().sorted(Comparator.comparing(PlannerWorker::id)).toList();
        long hard = inner.calculateScore().raw().hardScore();
        for (JobSlot slot : order) {
            for (PlannerWorker w : workers) {
                set(sd, slot, w);
                if (inner.calculateScore().raw().hardScore() >= hard) {
                    break;
                }
                set(sd, slot, null);
            }
        }
        inner.calculateScore();
    }

    private static void set(ScoreDirector<PlannerSolution> sd, JobSlot slot, PlannerWorker w) {
        sd.beforeVariableChanged(slot, "worker");
        slot.setWorker(w);
        sd.afterVariableChanged(slot, "worker");
        sd.triggerVariableListeners();
    }

    // ------------------------------------------------------------------ proposal

    /**
     * The proposal of a solution: one dispatch per worker and job over the worker's days of that job (explicit days),
     * ordered so that the aggregate can accept them one by one (member use first, so M grows before non-member use
     * is added), then judged by the aggregate's own checks on a copy — refused ones are retried once at the end and
     * otherwise left out.
     */
    public static Proposal proposal(PlannerSolution solution, PlanningView view, String runTag,
                                    Municipalities municipalities, CapLaw law) {
        Map<String, List<JobSlot>> byWorkerJob = new LinkedHashMap<>();
        for (JobSlot s : solution.getSlots()) {
            if (s.getWorker() != null && !s.isPinned()) {
                byWorkerJob.computeIfAbsent(s.getWorker().id() + "\u0000" + s.getJob().id(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        List<Proposal.ProposedAssignment> candidates = new ArrayList<>();
        int n = 0;
        for (List<JobSlot> group : byWorkerJob.values()) {
            PlannerJob job = group.get(0).getJob();
            PlannerWorker w = group.get(0).getWorker();
            TreeMap<LocalDate, Integer> days = new TreeMap<>();
            boolean member = false;
            boolean other = false;
            ClientClass strongest = ClientClass.OTHER_NON_MEMBER;
            for (JobSlot s : group) {
                s.getDays().forEach(d -> days.put(d, job.minutesPerDay()));
                member |= s.getClientClass() == ClientClass.MEMBER;
                other |= s.getClientClass() != ClientClass.MEMBER;
                if (s.getClientClass().ordinal() < strongest.ordinal()) {
                    strongest = s.getClientClass();
                }
            }
            String id = nextId(view, runTag, ++n);
            PlanAssignment cmd = new PlanAssignment(solution.getCooperativeId(), id, AssignmentKind.DISPATCH, w.id(),
                    job.clientId(), job.work(), job.category(), null, job.workplaceMunicipality(),
                    new Period(days.firstKey(), days.lastKey()), WorkPattern.days(days), job.feePerHourYen());
            candidates.add(new Proposal.ProposedAssignment(id, w.id(), w.name(), job.id(), job.clientId(),
                    job.clientName(), member && other ? ClientClass.MEMBER : strongest, job.work(), days.firstKey(),
                    days.lastKey(), List.copyOf(days.keySet()), job.minutesPerDay(), job.feePerHourYen(), cmd));
        }
        candidates.sort(Comparator.comparing((Proposal.ProposedAssignment a) -> a.clientClass().ordinal())
                .thenComparing(Proposal.ProposedAssignment::from).thenComparing(Proposal.ProposedAssignment::assignmentId));

        // judge in order; retry the refused ones once after the rest
        List<Proposal.ProposedAssignment> accepted = new ArrayList<>();
        List<Proposal.ProposedAssignment> refused = new ArrayList<>();
        List<Judgement> first = view.judge(candidates.stream().map(Proposal.ProposedAssignment::command).toList(),
                municipalities, law);
        for (int i = 0; i < candidates.size(); i++) {
            (first.get(i).accepted() ? accepted : refused).add(candidates.get(i));
        }
        List<String> leftOut = new ArrayList<>();
        if (!refused.isEmpty()) {
            List<Proposal.ProposedAssignment> all = new ArrayList<>(accepted);
            all.addAll(refused);
            List<Judgement> second = view.judge(all.stream().map(Proposal.ProposedAssignment::command).toList(),
                    municipalities, law);
            accepted = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (second.get(i).accepted()) {
                    accepted.add(all.get(i));
                } else {
                    leftOut.add(all.get(i).assignmentId() + " (" + all.get(i).workerName() + " → "
                            + all.get(i).clientName() + "): " + second.get(i).refusal().messageJa());
                    for (JobSlot s : byWorkerJob.get(all.get(i).workerId() + "\u0000" + all.get(i).jobId())) {
                        s.setWorker(null);
                    }
                }
            }
        }
        SolutionManager<PlannerSolution, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(config(Duration.ofSeconds(1))));
        manager.update(solution);
        HardMediumSoftLongScore score = solution.getScore();
        return new Proposal(solution.getCooperativeId(), solution.getBusinessYear(), score.toString(),
                score.isFeasible(), List.copyOf(accepted), explain(manager.analyze(solution)),
                PlanMetrics.coverage(solution), List.copyOf(leftOut));
    }

    private static String nextId(PlanningView view, String runTag, int n) {
        String id = "plan-" + runTag + "-" + n;
        while (view.assignmentExists(id)) {
            id = id + "x";
        }
        return id;
    }

    /** The ScoreAnalysis in Japanese: what each constraint costs, hard first. */
    public static List<Proposal.ConstraintCost> explain(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<Proposal.ConstraintCost> out = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintMap().values()) {
            HardMediumSoftLongScore s = c.score();
            if (s.isZero()) {
                continue;
            }
            String level = s.hardScore() != 0 ? "ハード" : s.mediumScore() != 0 ? "中" : "ソフト";
            int matches = c.matchCount() < 0 ? 0 : c.matchCount();
            String text = c.constraintRef().constraintName() + "：" + level + " "
                    + (s.hardScore() != 0 ? s.hardScore() : s.mediumScore() != 0 ? s.mediumScore() : s.softScore())
                    + "（" + matches + "件）" + hint(c.constraintRef().constraintName(), s);
            out.add(new Proposal.ConstraintCost(c.constraintRef().constraintName(), level, s.hardScore(),
                    s.mediumScore(), s.softScore(), matches, text));
        }
        out.sort(Comparator.comparing((Proposal.ConstraintCost c) -> c.hard()).thenComparing(Proposal.ConstraintCost::medium)
                .thenComparing(Proposal.ConstraintCost::soft));
        return out;
    }

    private static String hint(String constraint, HardMediumSoftLongScore s) {
        return switch (constraint) {
            case PlannerConstraints.COVERAGE -> " — 未充足の需要（分×重み：組合員4・関係市町村等2・その他1）";
            case PlannerConstraints.IDLE_DAYS -> " — 職員の最初と最後の就業日の間の空き平日1日あたり" + PlannerConstraints.IDLE_DAY_WEIGHT + "点";
            case PlannerConstraints.TWO_CLIENTS -> " — 派遣先が年1社だけの職員1人あたり" + PlannerConstraints.TWO_CLIENTS_WEIGHT + "点";
            case PlannerConstraints.CONTINUITY -> " — 定員を超えて交代した人数1人あたり" + PlannerConstraints.CONTINUITY_WEIGHT + "点";
            case PlannerConstraints.TRAVEL -> " — 自宅と就業場所の距離（km）×日数";
            case PlannerConstraints.FAIRNESS -> " — 職員ごとの年間時間の2乗÷100";
            default -> s.hardScore() != 0 ? " — 必ず守る規則への違反" : "";
        };
    }

    /** Plain-text explanation (Timefold's own), for logs. */
    public static String summary(PlannerSolution solution) {
        SolutionManager<PlannerSolution, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(config(Duration.ofSeconds(1))));
        ScoreExplanation<PlannerSolution, HardMediumSoftLongScore> e = manager.explain(solution);
        return e.getSummary();
    }
}
