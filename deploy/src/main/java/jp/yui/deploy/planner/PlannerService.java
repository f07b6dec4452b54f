package jp.yui.deploy.planner;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.cooperative.Cooperative;
import jp.yui.command.cooperative.PlanningView;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.planner.PlannerSolution;
import jp.yui.command.planner.ProblemBuilder;
import jp.yui.command.planner.Proposal;
import jp.yui.command.planner.YearPlanner;
import jp.yui.deploy.command.Commands;
import jp.yui.query.security.AccessRefusedException;
import jp.yui.query.security.Role;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.planner.PlannerRuns;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the year-round planner in the background, one Timefold {@link Solver} per run on a small pool (one run at a
 * time on this small machine; later runs queue), with the current best score and progress, early stop, the proposal
 * (judged by the aggregate's own checks on a copy) and acceptance: each proposed {@code PlanAssignment} is sent
 * through the command bus as the caller — the aggregate remains the judge.
 * <p>
 * The planning problem is read from the Cooperative aggregate itself (loaded from the event store), not from a read
 * model, so the planner sees exactly what the aggregate will judge. Because that load bypasses the query bus, the
 * scope is checked here: the caller must be the cooperative's manager, or Yui itself ({@link SystemActor}).
 * Runs live in memory on the node that started them.
 */
@Service
public class PlannerService implements PlannerRuns {

    private static final Logger log = LoggerFactory.getLogger(PlannerService.class);
    static final int MAX_SECONDS = 600;

    private final Configuration axon;
    private final Commands commands;
    private final Municipalities municipalities;
    private final CapLaw law;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "yui-planner");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public PlannerService(Configuration axon, Commands commands, Municipalities municipalities, CapLaw law,
                          Clock clock) {
        this.axon = axon;
        this.commands = commands;
        this.municipalities = municipalities;
        this.law = law;
        this.clock = clock;
    }

    /** A run in memory. */
    static final class Run {
        final String id;
        final String cooperativeId;
        final int year;
        final int seconds;
        final long startedAt = System.currentTimeMillis();
        volatile Status status = Status.SOLVING;
        volatile HardMediumSoftLongScore best;
        volatile Solver<PlannerSolution> solver;
        volatile long finishedAt;
        volatile Proposal proposal;
        volatile String message;
        volatile PlanningView view;
        volatile LocalDate planFrom;

        Run(String id, String cooperativeId, int year, int seconds) {
            this.id = id;
            this.cooperativeId = cooperativeId;
            this.year = year;
            this.seconds = seconds;
        }
    }

    @Override
    public RunInfo start(String cooperativeId, int businessYear, int seconds) {
        return start(cooperativeId, businessYear, seconds, null);
    }

    /**
     * Starts a run that plans the year from {@code planFrom} (null: from today, or the year's first day if later) —
     * the days before stay as recorded.
     */
    public RunInfo start(String cooperativeId, int businessYear, int seconds, LocalDate planFrom) {
        requireScope(cooperativeId);
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("seconds must be 1.." + MAX_SECONDS + " (got " + seconds + ")");
        }
        if (businessYear < 1990 || businessYear > 2200) {
            throw new IllegalArgumentException("business year out of range: " + businessYear);
        }
        PlanningView view = load(cooperativeId);
        String runId = UUID.randomUUID().toString().substring(0, 8);
        Run run = new Run(runId, cooperativeId, businessYear, seconds);
        run.view = view;
        run.planFrom = planFrom;
        runs.put(runId, run);
        pool.submit(() -> solve(run));
        return info(run);
    }

    private void solve(Run run) {
        try {
            LocalDate from = run.planFrom != null ? run.planFrom : LocalDate.now(clock);
            PlannerSolution problem = ProblemBuilder.build(run.view, run.year, from, law, municipalities);
            Solver<PlannerSolution> solver = YearPlanner.solver(Duration.ofSeconds(run.seconds));
            solver.addEventListener(e -> run.best = e.getNewBestSolution().getScore());
            run.solver = solver;
            if (run.status == Status.STOPPING) {
                solver.terminateEarly();
            }
            PlannerSolution solved = solver.solve(problem);
            run.best = solved.getScore();
            run.proposal = YearPlanner.proposal(solved, run.view, run.id, municipalities, law);
            run.finishedAt = System.currentTimeMillis();
            if (run.status == Status.SOLVING || run.status == Status.STOPPING) {
                run.status = Status.PROPOSED;
            }
            log.info("Planner run {} for {} year {}: {} — {} assignments proposed", run.id, run.cooperativeId,
                    run.year, run.proposal.score(), run.proposal.assignments().size());
        } catch (RuntimeException e) {
            log.warn("Planner run {} failed", run.id, e);
            run.message = e.getMessage();
            run.status = Status.FAILED;
            run.finishedAt = System.currentTimeMillis();
        }
    }

    @Override
    public Optional<RunInfo> find(String cooperativeId, String runId) {
        requireScope(cooperativeId);
        return Optional.ofNullable(runs.get(runId)).filter(r -> r.cooperativeId.equals(cooperativeId)).map(this::info);
    }

    @Override
    public List<RunInfo> list(String cooperativeId) {
        requireScope(cooperativeId);
        return runs.values().stream().filter(r -> r.cooperativeId.equals(cooperativeId))
                .sorted(Comparator.comparingLong((Run r) -> r.startedAt).reversed()).map(this::info).toList();
    }

    @Override
    public RunInfo stop(String cooperativeId, String runId) {
        Run run = run(cooperativeId, runId);
        if (run.status == Status.SOLVING) {
            run.status = Status.STOPPING;
            Solver<PlannerSolution> s = run.solver;
            if (s != null) {
                s.terminateEarly();
            }
        }
        return info(run);
    }

    @Override
    public Optional<ProposalInfo> proposal(String cooperativeId, String runId) {
        Run run = run(cooperativeId, runId);
        Proposal p = run.proposal;
        if (p == null) {
            return Optional.empty();
        }
        List<Item> items = p.assignments().stream().map(a -> new Item(a.assignmentId(), a.workerId(), a.workerName(),
                a.jobId(), a.clientId(), a.clientName(), a.clientClass().name(), a.work(), a.from(), a.to(), a.days(),
                a.minutesPerDay(), a.feePerHourYen())).toList();
        return Optional.of(new ProposalInfo(run.id, run.year, p.score(), p.feasible(), items,
                p.explanation().stream().map(Proposal.ConstraintCost::textJa).toList(), p.coverage().percent(),
                p.coverage().memberPercent(), p.coverage().idleDaysPerWorker(), p.leftOut()));
    }

    /** The full proposal with the commands (REST). */
    public Proposal fullProposal(String cooperativeId, String runId) {
        Run run = run(cooperativeId, runId);
        if (run.proposal == null) {
            throw new IllegalStateException("run " + runId + " has no proposal yet (" + run.status + ")");
        }
        return run.proposal;
    }

    /**
     * Sends the proposal's commands in order as the current caller (a signed-in user, or Yui inside
     * {@link SystemActor}); a refusal by the aggregate is reported and the rest continue.
     */
    @Override
    public AcceptResult accept(String cooperativeId, String runId) {
        Run run = run(cooperativeId, runId);
        Proposal p;
        synchronized (run) {
            if (run.status != Status.PROPOSED || run.proposal == null) {
                throw new IllegalStateException("run " + runId + " is " + run.status + "; only a proposal can be accepted");
            }
            run.status = Status.ACCEPTED;
            p = run.proposal;
        }
        String user = currentUserId();
        int planned = 0;
        List<String> refused = new ArrayList<>();
        for (Proposal.ProposedAssignment a : p.assignments()) {
            try {
                commands.send(a.command(), user);
                planned++;
            } catch (CommandRefusedException e) {
                refused.add(a.assignmentId() + ": " + e.messageJa());
            }
        }
        run.message = planned + " 件の派遣を計画しました" + (refused.isEmpty() ? "" : "（" + refused.size() + " 件は拒否）");
        return new AcceptResult(runId, planned, List.copyOf(refused));
    }

    @Override
    public void discard(String cooperativeId, String runId) {
        Run run = run(cooperativeId, runId);
        Solver<PlannerSolution> s = run.solver;
        if (s != null && run.status == Status.SOLVING) {
            s.terminateEarly();
        }
        run.status = Status.DISCARDED;
        runs.remove(runId);
    }

    private Run run(String cooperativeId, String runId) {
        requireScope(cooperativeId);
        Run run = runs.get(runId);
        if (run == null || !run.cooperativeId.equals(cooperativeId)) {
            throw new NoSuchRunException(runId);
        }
        return run;
    }

    private RunInfo info(Run run) {
        long elapsed = (run.finishedAt == 0 ? System.currentTimeMillis() : run.finishedAt) - run.startedAt;
        int progress = run.finishedAt != 0 ? 100
                : (int) Math.min(99, elapsed * 100 / Math.max(1, run.seconds * 1000L));
        HardMediumSoftLongScore s = run.best;
        return new RunInfo(run.id, run.cooperativeId, run.year, run.status, s == null ? null : s.toString(),
                s != null && s.isFeasible(), progress, elapsed, run.seconds, run.message);
    }

    private PlanningView load(String cooperativeId) {
        Repository<Cooperative> repository = axon.repository(Cooperative.class);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            PlanningView view = repository.load(cooperativeId).invoke(Cooperative::planningView);
            uow.rollback();
            return view;
        } catch (AggregateNotFoundException e) {
            uow.rollback();
            throw new AccessRefusedException("unknown cooperative " + cooperativeId);
        } catch (RuntimeException e) {
            if (uow.isActive()) {
                uow.rollback();
            }
            throw e;
        }
    }

    /** The caller must manage this cooperative, or be Yui itself. */
    static void requireScope(String cooperativeId) {
        if (SystemActor.current().isPresent()) {
            return;
        }
        YuiPrincipal p = principal().orElseThrow(() -> new AccessRefusedException("not signed in"));
        if (p.role() != Role.MANAGER || !p.cooperativeId().equals(cooperativeId)) {
            throw new AccessRefusedException("cooperative " + cooperativeId + " is outside the caller's scope");
        }
    }

    static Optional<YuiPrincipal> principal() {
        return jp.yui.query.security.Principals.current();
    }

    static String currentUserId() {
        return SystemActor.current().map(SystemActor::userId)
                .orElseGet(() -> principal().map(YuiPrincipal::username).orElse("system:planner"));
    }

    @PreDestroy
    void shutdown() {
        runs.values().forEach(r -> {
            Solver<PlannerSolution> s = r.solver;
            if (s != null) {
                s.terminateEarly();
            }
        });
        pool.shutdownNow();
    }

    /** No run with that id for that cooperative. */
    public static class NoSuchRunException extends RuntimeException {
        public NoSuchRunException(String runId) {
            super("no planner run " + runId);
        }
    }
}
