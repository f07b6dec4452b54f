package jp.yui.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.yui.deploy.support.NodeProcess;
import jp.yui.deploy.support.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the packaged jar on one PostgreSQL, 8 client threads per node planning assignments of one cooperative
 * through the REST API (member use first, then non-member use pushing against the caps); one node is killed with
 * SIGKILL mid-load and started again while the load goes on. Afterwards:
 * <ul>
 *   <li>every request answered 2xx has its {@code AssignmentPlanned} event (by the id the API returned), no refused
 *       request has one, and every event is of an acknowledged request or of one whose answer was lost (killed node);</li>
 *   <li>the caps hold (R-CAP-2, computed here from the events' own periods and patterns) and did refuse commands;</li>
 *   <li>the read models equal a fresh replay (the other node stopped, a replay started as administrator through the
 *       API, every read-model table compared).</li>
 * </ul>
 */
class NodeKillFaultIT {

    static final String DB = "faults_node_kill";
    static final int THREADS_PER_NODE = 8;
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("yui.faults.phase-seconds", 20));

    private TestPostgres pg;
    private NodeProcess a;
    private NodeProcess b;

    @AfterEach
    void stop() throws Exception {
        Faults.stopAll(pg, a, b);
    }

    @Test
    void aNodeKilledMidLoadLosesNothingAcknowledgedAndTheCapsHold() throws Exception {
        Path work = Path.of("target", "faults", "node-kill");
        pg = TestPostgres.start(work.resolve("postgres"));
        pg.createDatabase(DB);
        JdbcTemplate jdbc = pg.jdbc(DB);

        NodeProcess[] nodes2 = Faults.twoNodes(work, pg, DB);
        a = nodes2[0];
        b = nodes2[1];

        PlanningLoad load = new PlanningLoad("nk", 2029, 100, Integer.MAX_VALUE);
        load.setUp(a.baseUrl());
        List<Supplier<NodeProcess>> nodes = List.of(() -> a, () -> b);
        load.start(nodes, THREADS_PER_NODE);

        Thread.sleep(PHASE.toMillis());
        int ackBeforeKill = load.acknowledged.size();
        b.kill();
        long killedAt = System.nanoTime();
        Thread.sleep(3000);
        b.restart("Started YuiApplication", Faults.START);
        double downSeconds = (System.nanoTime() - killedAt) / 1e9;
        load.mark();
        Thread.sleep(PHASE.toMillis());
        load.stop();

        // ------------------------------------------------------------------ acknowledged = stored
        Map<String, JsonNode> events = Faults.plannedEvents(jdbc, load.prefix);
        Set<String> missing = new HashSet<>(load.acknowledged.keySet());
        missing.removeAll(events.keySet());
        Set<String> refusedButStored = new HashSet<>(load.refused.keySet());
        refusedButStored.retainAll(events.keySet());
        Set<String> unexplained = new HashSet<>(events.keySet());
        unexplained.removeAll(load.acknowledged.keySet());
        int failedButStored = (int) unexplained.stream().filter(load.failed::containsKey).count();
        unexplained.removeAll(load.failed.keySet());

        Faults.Usage usage = Faults.usage(events, load);
        Faults.report("node-kill", String.format("nodes=2 threads=%d acknowledged=%d events-found=%d missing=%d "
                        + "refused=%d (cap %d) failed=%d (of which stored %d) not-sent=%d statuses=%s "
                        + "acknowledged-before-kill=%d node-b-down=%.0fs acknowledged-by-b-after-restart=%d max-latency=%dms "
                        + "caps-checked=%s %s", 2 * THREADS_PER_NODE, load.acknowledged.size(), events.size(), missing.size(),
                load.refused.size(), load.capRefusals(), load.failed.size(), failedButStored, load.notSent.get(),
                load.statuses, ackBeforeKill, downSeconds, load.acknowledgedSinceMark(b), load.maxMillis.get(),
                usage.capsHold() ? "held" : "BROKEN", usage.shares()));

        assertThat(missing).as("acknowledged without an event").isEmpty();
        assertThat(refusedButStored).as("refused but stored").isEmpty();
        assertThat(unexplained).as("events of requests neither acknowledged nor failed").isEmpty();
        assertThat(Faults.changesOf(jdbc, load.prefix)).isZero();
        assertThat(load.notProblemDocuments).as("errors that are not RFC 7807 problem documents").isEmpty();
        assertThat(load.refused.values()).as("refusals are cap refusals").allMatch(r -> r.startsWith("R-CAP-"));
        assertThat(load.capRefusals()).as("the caps refused commands").isPositive();
        assertThat(usage.capsHold()).as("R-CAP-2 on the stored events: " + usage.shares()).isTrue();
        assertThat(ackBeforeKill).as("commands acknowledged before the kill").isPositive();
        assertThat(load.acknowledgedSinceMark(b)).as("the restarted node acknowledges commands again").isPositive();

        // ------------------------------------------------------------------ read models = a fresh replay
        Faults.awaitCaughtUp(List.of(a, b), jdbc, Duration.ofMinutes(4));
        Map<String, List<String>> incremental = ReadModels.snapshot(jdbc, Faults.NOT_FROM_EVENTS, null);
        b.stop(); // a replay works on the processors of its own node: the other node's segments must be free
        ApiClient api = new ApiClient();
        ApiClient.Outcome started = api.post(a.baseUrl(), "/api/v1/admin/replay", ApiClient.ADMIN, Map.of());
        assertThat(started.status()).as("replay started: " + started).isEqualTo(202);
        long t0 = System.nanoTime();
        Faults.awaitCaughtUp(List.of(a), jdbc, Duration.ofMinutes(4));
        double replaySeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, List<String>> replayed = ReadModels.snapshot(jdbc, Faults.NOT_FROM_EVENTS, null);
        ReadModels.assertSame(incremental, replayed, "after a fresh replay");
        Faults.report("node-kill-replay", String.format("read-model-tables=%d rows=%d identical-after-replay=true "
                + "replay=%.0fs events=%d", incremental.size(), ReadModels.rows(incremental), replaySeconds,
                jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)));
    }
}
