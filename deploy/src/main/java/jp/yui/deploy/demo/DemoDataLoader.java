package jp.yui.deploy.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RecordSeasonalJob;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.demo.DemoData.Member;
import jp.yui.deploy.demo.DemoData.NonMember;
import jp.yui.deploy.demo.DemoData.SeasonalJob;
import jp.yui.deploy.demo.DemoData.Worker;
import org.axonframework.eventsourcing.eventstore.EventStore;
import jp.yui.query.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo cooperative "dozen" ({@code classpath:demo/demo-cooperative.json}) at start through the real
 * command pipeline, as user {@value #USER}, when the event store holds no events for it; otherwise it does nothing.
 * Enabled by {@code yui.demo.load} (default {@code false}; the {@code demo} profile sets it). It runs as
 * {@link SystemActor} {@value #PURPOSE}.
 * <p>
 * It registers and certifies the cooperative, admits the members (a member that joins after the start of the
 * demo's business year is first registered as a non-member business, so its earlier use counts as non-member),
 * registers the non-member clients, hires the workers and records their previous employers. Then it plans the
 * year from the seasonal jobs: jobs by start date, each place of a job offered to the workers with the required
 * skills, least planned hours first (then in file order); the first worker the aggregate accepts takes the place,
 * a refusal by a MUST rule ({@link RuleViolationException}) moves on to the next worker. Finally one construction
 * job for the builder is planned as a secondment (在籍型出向, R-DISP-2) in a month one worker has free.
 * <p>
 * Any other failure is logged and rethrown, so a broken build stops the start visibly.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    /** Aggregate id of the demo cooperative. */
    public static final String COOPERATIVE_ID = "dozen";
    /** The {@link SystemActor} purpose the demo data are loaded for. */
    public static final String PURPOSE = "demo-data";
    /** The user the demo events are attributed to. */
    public static final String USER = "demo-loader";

    static final String BUILDER = "builder";
    static final String CONSTRUCTION_WORK = "建設現場の補助";
    static final String SECONDMENT_ID = "builder-construction-1";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Commands commands;
    private final EventStore eventStore;
    private final boolean enabled;

    public DemoDataLoader(Commands commands, EventStore eventStore,
                          @Value("${yui.demo.load:false}") boolean enabled) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            log.debug("Demo data not loaded (yui.demo.load=false)");
            return;
        }
        try {
            SystemActor.run(PURPOSE, this::load);
        } catch (RuntimeException | Error e) {
            log.error("Loading the demo cooperative '{}' failed: {}", COOPERATIVE_ID, e.toString(), e);
            throw e;
        }
    }

    private void load() {
        Optional<Long> last = eventStore.lastSequenceNumberFor(COOPERATIVE_ID);
        if (last.isPresent()) {
            log.info("Demo cooperative '{}' already exists ({} events); demo data not loaded again",
                    COOPERATIVE_ID, last.get() + 1);
            return;
        }
        DemoData data = DemoData.read();
        DemoData.Cooperative coop = data.cooperative();
        try {
            send(new RegisterCooperative(COOPERATIVE_ID, coop.name(), coop.prefectureCode(),
                    new TreeSet<>(coop.districtMunicipalities()), coop.startMonth(), coop.capUnit(), null,
                    coop.overtimeAgreement() == null ? null : coop.overtimeAgreement().toAgreement()));
        } catch (RuntimeException e) {
            if (eventStore.lastSequenceNumberFor(COOPERATIVE_ID).isPresent()) {
                // another node started at the same moment and registered it first
                log.info("Demo cooperative '{}' was registered concurrently by another node; demo data not loaded here",
                        COOPERATIVE_ID);
                return;
            }
            throw e;
        }
        send(new CertifyCooperative(COOPERATIVE_ID, coop.certification().number(), coop.certification().certifiedOn()));

        LocalDate yearStart = planYear(data).firstDay();
        for (Member m : data.members()) {
            if (m.joinedOn().isAfter(yearStart)) {
                // joins mid-year: before its joining date its use counts as non-member use (R-CAP: class per day)
                send(new RegisterNonMemberClient(COOPERATIVE_ID, m.key(), m.name(), ClientKind.BUSINESS, null));
            }
            send(new AdmitMember(COOPERATIVE_ID, m.key(), m.name(), m.industry(), m.joinedOn()));
        }
        for (NonMember n : data.nonMembers()) {
            send(new RegisterNonMemberClient(COOPERATIVE_ID, n.key(), n.name(), kindOf(n), n.municipality()));
        }
        for (Worker w : data.workers()) {
            send(new HireWorker(COOPERATIVE_ID, w.key(), w.name(), w.birthDate(), w.hiredOn(), w.employment(),
                    w.fixedTermEndsOn(), w.homeMunicipality(), new TreeSet<>(w.skills())));
        }
        for (Worker w : data.workers()) {
            for (DemoData.PreviousEmployer p : w.previousEmployers()) {
                send(new RecordPreviousEmployer(COOPERATIVE_ID, w.key(), p.member(), p.leftOn(), p.retiree()));
            }
        }

        recordSeasonalJobs(data.seasonalJobs());
        recordSeasonalJobs(DemoData.readExtraSeasonalJobs());

        Plan plan = new Plan(data.workers());
        planSeasonalJobs(data, plan);
        planSecondment(data, plan);

        log.info("Demo cooperative '{}' loaded: {} members, {} non-member clients, {} workers, {} assignments planned, "
                        + "{} refused by rules {}{}", COOPERATIVE_ID, data.members().size(), data.nonMembers().size(),
                data.workers().size(), plan.planned.size(), plan.refusals(), plan.refusalsByRule,
                plan.unfilled.isEmpty() ? "" : ", unfilled: " + plan.unfilled);
        log.info("Demo plan of '{}': {}", COOPERATIVE_ID, plan.planned);
    }

    /** RELATED_MUNICIPALITY → municipality; another non-member is a business when it has an industry, else a public body. */
    static ClientKind kindOf(NonMember n) {
        return switch (n.kind()) {
            case "RELATED_MUNICIPALITY" -> ClientKind.MUNICIPALITY;
            case "OTHER_NON_MEMBER" -> n.industry() != null || n.jsic() != null
                    ? ClientKind.BUSINESS : ClientKind.OTHER_PUBLIC_BODY;
            default -> ClientKind.valueOf(n.kind()); // a ClientKind written directly
        };
    }

    private static BusinessYear planYear(DemoData data) {
        LocalDate first = data.seasonalJobs().stream().map(SeasonalJob::from).min(Comparator.naturalOrder())
                .orElse(data.cooperative().certification().certifiedOn());
        return BusinessYear.containing(first, data.cooperative().startMonth());
    }

    // ------------------------------------------------------------------ the year's plan

    private void planSeasonalJobs(DemoData data, Plan plan) {
        List<SeasonalJob> jobs = new ArrayList<>(data.seasonalJobs());
        jobs.sort(Comparator.comparing(SeasonalJob::from)); // stable: file order among equal start dates
        for (SeasonalJob job : jobs) {
            Period period = new Period(job.from(), job.to());
            WorkPattern pattern = WorkPattern.weekly(job.hoursPerDay() * 60,
                    DemoData.weekdays(job.days()).toArray(DayOfWeek[]::new));
            Set<String> onThisJob = new HashSet<>();
            for (int n = 1; n <= job.headcount(); n++) {
                String id = job.key() + "-" + n;
                boolean filled = false;
                for (Worker w : plan.candidates()) {
                    if (onThisJob.contains(w.key()) || !w.skills().containsAll(job.skills())) {
                        continue;
                    }
                    PlanAssignment command = new PlanAssignment(COOPERATIVE_ID, id, AssignmentKind.DISPATCH, w.key(),
                            job.client(), job.work(), WorkCategory.GENERAL, null, job.workplace(), period, pattern,
                            job.feePerHour());
                    if (plan.tryPlan(command)) {
                        onThisJob.add(w.key());
                        filled = true;
                        break;
                    }
                }
                if (!filled) {
                    plan.unfilled.add(id);
                }
            }
        }
    }

    /** The builder's construction work as a secondment (R-DISP-1 forbids it as dispatch; R-DISP-2 allows this). */
    private void planSecondment(DemoData data, Plan plan) {
        if (data.members().stream().noneMatch(m -> m.key().equals(BUILDER))) {
            return;
        }
        String workplace = data.seasonalJobs().stream().filter(j -> j.client().equals(BUILDER))
                .map(SeasonalJob::workplace).findFirst().orElse(data.cooperative().districtMunicipalities().get(0));
        BusinessYear year = planYear(data);
        WorkPattern weekdays = WorkPattern.weekly(8 * 60, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        for (Worker w : plan.candidates()) {
            if (w.employment() != EmploymentType.INDEFINITE) {
                continue; // the demo seconds only its regular (indefinite-term) staff
            }
            for (YearMonth month = YearMonth.from(year.firstDay()); !month.atDay(1).isAfter(year.lastDay());
                 month = month.plusMonths(1)) {
                Period period = new Period(month.atDay(1), month.atEndOfMonth());
                if (plan.busy(w.key(), period)) {
                    continue;
                }
                PlanAssignment command = new PlanAssignment(COOPERATIVE_ID, SECONDMENT_ID, AssignmentKind.SECONDMENT,
                        w.key(), BUILDER, CONSTRUCTION_WORK, WorkCategory.CONSTRUCTION, null, workplace, period,
                        weekdays, 0);
                if (plan.tryPlan(command)) {
                    return;
                }
            }
        }
        plan.unfilled.add(SECONDMENT_ID);
    }

    private void send(Object command) {
        commands.send(command, USER);
    }

    // ---- planner: the demo's seasonal jobs as RecordSeasonalJob commands (the planner plans what stays open) ----

    private void recordSeasonalJobs(List<SeasonalJob> jobs) {
        for (SeasonalJob job : jobs) {
            send(new RecordSeasonalJob(COOPERATIVE_ID, job.key(), new SeasonalJobTerms(job.client(), job.work(),
                    WorkCategory.GENERAL, null, job.workplace(), new Period(job.from(), job.to()),
                    DemoData.weekdays(job.days()), Set.of(), false, job.hoursPerDay() * 60, job.headcount(),
                    new TreeSet<>(job.skills()), job.feePerHour())));
        }
    }

    /** What has been planned so far, by worker, and what the rules refused. */
    private final class Plan {

        private final List<Worker> workers;
        private final Map<String, Long> minutes = new HashMap<>();
        private final Map<String, List<Period>> periods = new HashMap<>();
        /** assignment id → worker id, in the order planned. */
        final Map<String, String> planned = new LinkedHashMap<>();
        final Map<String, Integer> refusalsByRule = new TreeMap<>();
        final List<String> unfilled = new ArrayList<>();

        Plan(List<Worker> workers) {
            this.workers = workers;
        }

        /** Workers by planned minutes so far, then in file order. */
        List<Worker> candidates() {
            List<Worker> order = new ArrayList<>(workers);
            order.sort(Comparator.comparingLong(w -> minutes.getOrDefault(w.key(), 0L)));
            return order;
        }

        boolean busy(String worker, Period period) {
            return periods.getOrDefault(worker, List.of()).stream().anyMatch(p -> p.overlaps(period));
        }

        /** Sends the command; true when accepted, false when a MUST rule refused it. */
        boolean tryPlan(PlanAssignment c) {
            try {
                send(c);
            } catch (RuleViolationException e) {
                refusalsByRule.merge(e.ruleId(), 1, Integer::sum);
                log.debug("Demo plan: {} ({} → {}, {}) refused: {}", c.assignmentId(), c.workerId(), c.clientId(),
                        c.period(), e.getMessage());
                return false;
            }
            long m = c.period().days().mapToLong(d -> c.pattern().minutesOn(d)).sum();
            minutes.merge(c.workerId(), m, Long::sum);
            periods.computeIfAbsent(c.workerId(), k -> new ArrayList<>()).add(c.period());
            planned.put(c.assignmentId(), c.workerId());
            log.debug("Demo plan: {} ({} → {}, {}) planned", c.assignmentId(), c.workerId(), c.clientId(), c.period());
            return true;
        }

        int refusals() {
            return refusalsByRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
