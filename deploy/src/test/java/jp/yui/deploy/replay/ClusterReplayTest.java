package jp.yui.deploy.replay;

import jp.yui.deploy.support.ReadModels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordOfficeCost;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.YuiApplication;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.RunAsSystem;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.replay.ProcessorProgress;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.replay.ReplayService;
import jp.yui.query.security.SystemActor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A replay requested on one of two nodes rebuilds every read model once, across both, without stopping either by
 * hand: two application contexts in this JVM on one database of their own ({@link OwnDatabaseInitializer}), with
 * different token owner names ({@code yui.node-id}), both running their processors and holding segments; commands are
 * sent through both; the replay is requested on node 2 (node 1, asked meanwhile, refuses); afterwards both nodes'
 * processors run again, every segment is held by one of them, and every read-model table equals what the processors
 * had built incrementally. Then both nodes are asked at the same moment: one replay, with the same result. Last, a
 * request they were not notified of is found by polling: both stop their processors until it is given up.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
@YuiIntegrationTest(properties = {"yui.node-id=node-1", "yui.processors.token-claim-interval-ms=500",
        "yui.replay.poll-ms=1000", "yui.replay.release-timeout-seconds=60"})
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClusterReplayTest {

    /** The processors' segment count ({@code yui.processors.initial-segment-count}). */
    @org.springframework.beans.factory.annotation.Value("${yui.processors.initial-segment-count}")
    int segments;

    static final String AMA = "325252";
    static final Set<String> NODES = Set.of("node-1", "node-2");

    @Autowired
    ConfigurableApplicationContext node1;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    @DisplayName("a replay requested on node 2 of two resets once, both nodes replay, every table is rebuilt as it was")
    void replayAcrossTwoNodes() throws Exception {
        SecurityContextHolderStrategy node1Strategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext node2 = new SpringApplicationBuilder(YuiApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0",
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "yui.node-id=node-2", "yui.processors.token-claim-interval-ms=500", "yui.replay.poll-ms=1000",
                        "yui.replay.release-timeout-seconds=60")
                .run()) {
            SecurityContextHolder.setContextHolderStrategy(node1Strategy);
            List<ConfigurableApplicationContext> nodes = List.of(node1, node2);

            // ------------------------------------------------------------ both nodes hold segments of every processor
            for (StreamingEventProcessor p : replayable(node1)) {
                for (int segment = segments / 2; segment < segments; segment++) { // the upper half goes to node 2
                    p.releaseSegment(segment, 60, TimeUnit.SECONDS);
                }
            }
            await("both nodes hold segments of every processor", Duration.ofSeconds(60), () -> replayable(node1).stream()
                    .allMatch(p -> owners(p.getName()).equals(NODES)));

            // ------------------------------------------------------------ commands through both nodes
            for (int c = 0; c < 4; c++) {
                Commands commands = nodes.get(c % 2).getBean(Commands.class);
                String coop = "cluster-c" + c;
                SystemActor.run(RunAsSystem.PURPOSE, () -> cooperative(commands, coop, "loader-" + node(coop)));
            }
            long head = head();
            awaitCaughtUp(node1, head);
            Map<String, java.util.List<String>> before = ReadModels.snapshot(jdbc, java.util.Set.of(), null);
            assertThat(before.get("audit_event")).as("audit rows").hasSizeGreaterThanOrEqualTo(100);

            // ------------------------------------------------------------ asked on node 2
            // (the database may hold the replays of another test of this JVM with its own database: count from here)
            long earlier = jdbc.queryForObject("select coalesce(max(id), 0) from replay_request", Long.class);
            ReplayService replay1 = node1.getBean(ReplayService.class);
            ReplayService replay2 = node2.getBean(ReplayService.class);
            assertThat(replay2.startReplay()).as("started on node 2").isTrue();
            assertThat(replay1.startReplay()).as("refused on node 1 while one is pending or running").isFalse();
            assertThat(replay1.progress().running()).as("node 1 sees it").isTrue();
            ReplayProgress p = awaitReplayed(replay2);
            assertThat(jdbc.queryForObject("select requested_by from replay_request where state = 'FINISHED' "
                    + "and id > ?", String.class, earlier)).isEqualTo("node-2");
            ReplayProgress seenOn1 = replay1.progress();
            assertThat(seenOn1.running()).as("node 1 sees the same replay finished").isFalse();
            assertThat(seenOn1.startedAt()).isEqualTo(p.startedAt());
            assertThat(jdbc.queryForList("select state from replay_request where id > ?", String.class, earlier))
                    .as("one replay")
                    .containsExactly("FINISHED");

            // ------------------------------------------------------------ both nodes run their processors again
            await("both nodes' processors run", Duration.ofSeconds(30), () -> nodes.stream()
                    .allMatch(n -> replayable(n).stream().allMatch(StreamingEventProcessor::isRunning)));
            await("every segment is held by one of the two nodes", Duration.ofSeconds(60), () -> replayable(node1)
                    .stream().allMatch(sp -> jdbc.queryForObject("select count(*) from token_entry where processor_name = ? "
                            + "and owner in ('node-1', 'node-2')", Integer.class, sp.getName()) == segments));
            int processors = replayable(node1).size();
            await("the two nodes work on every segment between them", Duration.ofSeconds(60), () -> nodes.stream()
                    .flatMap(n -> replayable(n).stream()).mapToInt(sp -> sp.processingStatus().size()).sum() == segments * processors);

            // ------------------------------------------------------------ the same tables
            awaitCaughtUp(node1, head());
            ReadModels.assertSame(before, ReadModels.snapshot(jdbc, java.util.Set.of(), null), "after the replay");

            // ------------------------------------------------------------ asked on both nodes at once: one replay
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Boolean> started = new ArrayList<>();
            try {
                List<Future<Boolean>> asked = new ArrayList<>();
                for (ReplayService r : List.of(replay1, replay2)) {
                    asked.add(pool.submit((Callable<Boolean>) () -> SystemActor.call(RunAsSystem.PURPOSE, r::startReplay)));
                }
                for (Future<Boolean> f : asked) {
                    started.add(f.get(30, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(started).as("two requests at once give one replay").containsExactlyInAnyOrder(true, false);
            awaitReplayed(replay1);
            assertThat(jdbc.queryForList("select state from replay_request where id > ?", String.class, earlier))
                    .containsExactly("FINISHED", "FINISHED");
            awaitCaughtUp(node1, head());
            ReadModels.assertSame(before, ReadModels.snapshot(jdbc, java.util.Set.of(), null), "after the replay");

            // ------------------------------------------------------------ a request missed by LISTEN: found by polling
            // (recorded without NOTIFY, by a node that then never resets it): both nodes stop and release every claim
            // of their processors, and start again once the request is given up
            jdbc.update("insert into replay_request (requested_by, processors) values ('node-3', ?)",
                    String.join(",", replayable(node1).stream().map(StreamingEventProcessor::getName).toList()));
            await("both nodes stop their processors and release their claims", Duration.ofSeconds(30), () ->
                    nodes.stream().allMatch(n -> replayable(n).stream().noneMatch(StreamingEventProcessor::isRunning))
                            && jdbc.queryForObject("select count(*) from token_entry where owner is not null "
                            + "and processor_name in (select unnest(string_to_array(processors, ',')) from replay_request "
                            + "where state = 'REQUESTED')", Integer.class) == 0);
            jdbc.update("update replay_request set state = 'FAILED', error = 'node 3 went away' where state = 'REQUESTED'");
            await("both nodes' processors run again", Duration.ofSeconds(30), () -> nodes.stream()
                    .allMatch(n -> replayable(n).stream().allMatch(StreamingEventProcessor::isRunning)));
            assertThat(replay2.progress().processors().get("audit").error()).isEqualTo("node 3 went away");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(node1Strategy);
        }
    }

    // ------------------------------------------------------------------------------------------------------ dataset

    private static int node(String coop) {
        return coop.charAt(coop.length() - 1) - '0';
    }

    private static void cooperative(Commands commands, String coop, String user) {
        commands.send(new RegisterCooperative(coop, "クラスタ組合 " + coop, "32", Set.of(AMA), 4, CapUnit.HOURS,
                DayOfWeek.SUNDAY, null), user);
        commands.send(new CertifyCooperative(coop, "島根県指令第" + (200 + node(coop)) + "号", LocalDate.of(2021, 6, 1)),
                "prefecture");
        for (int m = 1; m <= 3; m++) {
            commands.send(new AdmitMember(coop, "m" + m, "組合員 " + m, "漁業", LocalDate.of(2021, 6, 1)), user);
        }
        for (int w = 0; w < 3; w++) {
            commands.send(new HireWorker(coop, "w" + w, "職員 " + w, LocalDate.of(1990 + w, 1, 1), LocalDate.of(2022, 4, 1),
                    EmploymentType.INDEFINITE, null, AMA, Set.of()), user);
            for (int k = 0; k < 6; k++) {
                YearMonth month = YearMonth.of(2025, 4).plusMonths(k);
                String assignment = "a-" + month + "-w" + w;
                String client = "m" + (1 + (w + k) % 3);
                commands.send(new PlanAssignment(coop, assignment, AssignmentKind.DISPATCH, "w" + w, client,
                        "作業 " + client, WorkCategory.GENERAL, null, AMA, new Period(month.atDay(1), month.atEndOfMonth()),
                        WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 1100), user);
                commands.send(new RecordActualHours(coop, assignment, month, actuals(month)), user);
            }
        }
        commands.send(new RecordOfficeCost(coop, 2025, 6_000_000), user);
    }

    private static Map<LocalDate, Integer> actuals(YearMonth month) {
        Map<LocalDate, Integer> minutes = new TreeMap<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                minutes.put(d, 480 - 30 * (d.getDayOfMonth() % 3));
            }
        }
        return minutes;
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static List<StreamingEventProcessor> replayable(ConfigurableApplicationContext node) {
        return node.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
    }

    /** Watches a replay to its end: progress never going back, no processor in error or still replaying. */
    private ReplayProgress awaitReplayed(ReplayService replay) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        ReplayProgress p = replay.progress();
        List<Long> seen = new ArrayList<>();
        while (p.running()) {
            assertThat(System.nanoTime()).as("replay finishes within 4 minutes").isLessThan(deadline);
            seen.add(p.eventsDone());
            Thread.sleep(200);
            p = replay.progress();
        }
        assertThat(seen).as("progress never goes back").isSorted();
        assertThat(p.finishedAt()).isNotNull();
        assertThat(p.eventsDone()).isEqualTo(p.eventsTotal());
        for (Map.Entry<String, ProcessorProgress> e : p.processors().entrySet()) {
            assertThat(e.getValue().error()).as(e.getKey()).isNull();
            assertThat(e.getValue().replaying()).as(e.getKey()).isFalse();
            assertThat(e.getValue().totalSegments()).as("segments of %s, whoever holds them", e.getKey())
                    .isEqualTo(segments);
        }
        return p;
    }

    private Set<String> owners(String processor) {
        return Set.copyOf(jdbc.queryForList("select distinct owner from token_entry where processor_name = ? "
                + "and owner is not null", String.class, processor));
    }

    private long head() {
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    /** Until every processor's every segment, whoever holds it, has reached {@code head} (as the replay service sees). */
    private void awaitCaughtUp(ConfigurableApplicationContext node, long head) throws InterruptedException {
        ReplayService replay = node.getBean(ReplayService.class);
        await("processors caught up with " + head, Duration.ofMinutes(3), () -> replay.progress().processors().values()
                .stream().allMatch(p -> p.totalSegments() == segments && p.position() >= head && !p.replaying()));
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, timeout).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
