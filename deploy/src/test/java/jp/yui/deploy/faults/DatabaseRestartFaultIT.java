package jp.yui.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.yui.deploy.support.NodeProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes under load while their PostgreSQL is stopped and started again (same data directory, same port). The
 * nodes are not touched: they must recover by themselves — health UP again, new commands acknowledged by both, the
 * processors caught up. Nothing acknowledged is lost; what failed meanwhile was answered as a failure: an RFC 7807
 * problem document (503 {@code urn:yui:problem:unavailable}), never an HTML page or a hang (no request over 30 s).
 */
class DatabaseRestartFaultIT {

    static final String DB = "faults_db_restart";
    static final int THREADS_PER_NODE = 8;
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("yui.faults.phase-seconds", 20));
    static final Duration OUTAGE = Duration.ofSeconds(15);

    private TestPostgres pg;
    private NodeProcess a;
    private NodeProcess b;

    @AfterEach
    void stop() throws Exception {
        Faults.stopAll(pg, a, b);
    }

    @Test
    void theNodesRecoverFromADatabaseRestartByThemselvesAndLoseNothingAcknowledged() throws Exception {
        Path work = Path.of("target", "faults", "db-restart");
        pg = TestPostgres.start(work.resolve("postgres"));
        pg.createDatabase(DB);
        JdbcTemplate jdbc = pg.jdbc(DB);

        NodeProcess[] nodes2 = Faults.twoNodes(work, pg, DB);
        a = nodes2[0];
        b = nodes2[1];

        PlanningLoad load = new PlanningLoad("dr", 2029, 100, Integer.MAX_VALUE);
        load.setUp(a.baseUrl());
        List<Supplier<NodeProcess>> nodes = List.of(() -> a, () -> b);
        load.start(nodes, THREADS_PER_NODE);

        Thread.sleep(PHASE.toMillis());
        int ackBefore = load.acknowledged.size();
        pg.stop();
        long stoppedAt = System.nanoTime();
        Thread.sleep(OUTAGE.toMillis());
        int failedDuringOutage = load.failed.size();
        pg.startServer();
        double outageSeconds = (System.nanoTime() - stoppedAt) / 1e9;
        Duration healthyA = Faults.awaitHealthy(a, Duration.ofMinutes(4));
        Duration healthyB = Faults.awaitHealthy(b, Duration.ofMinutes(4));
        load.mark();
        Thread.sleep(PHASE.toMillis());
        load.stop();

        Map<String, JsonNode> events = Faults.plannedEvents(jdbc, load.prefix);
        Set<String> missing = new HashSet<>(load.acknowledged.keySet());
        missing.removeAll(events.keySet());
        Set<String> refusedButStored = new HashSet<>(load.refused.keySet());
        refusedButStored.retainAll(events.keySet());
        Set<String> unexplained = new HashSet<>(events.keySet());
        unexplained.removeAll(load.acknowledged.keySet());
        int failedButStored = (int) unexplained.stream().filter(load.failed::containsKey).count();
        unexplained.removeAll(load.failed.keySet());
        long unavailable = load.failed.values().stream().filter(f -> f.contains("urn:yui:problem:unavailable")).count();
        Faults.Usage usage = Faults.usage(events, load);
        Faults.report("db-restart", String.format("nodes=2 threads=%d outage=%.0fs acknowledged=%d events-found=%d "
                        + "missing=%d refused=%d (cap %d) failed=%d (503 unavailable %d; of which stored %d) not-sent=%d "
                        + "statuses=%s acknowledged-before-outage=%d failed-by-end-of-outage=%d healthy-again-after=%ds/%ds "
                        + "acknowledged-after-recovery=a:%d,b:%d max-latency=%dms caps-checked=%s %s", 2 * THREADS_PER_NODE,
                outageSeconds, load.acknowledged.size(), events.size(), missing.size(), load.refused.size(),
                load.capRefusals(), load.failed.size(), unavailable, failedButStored, load.notSent.get(), load.statuses,
                ackBefore, failedDuringOutage, healthyA.toSeconds(), healthyB.toSeconds(), load.acknowledgedSinceMark(a),
                load.acknowledgedSinceMark(b), load.maxMillis.get(), usage.capsHold() ? "held" : "BROKEN", usage.shares()));

        assertThat(missing).as("acknowledged without an event").isEmpty();
        assertThat(refusedButStored).as("refused but stored").isEmpty();
        assertThat(unexplained).as("events of requests neither acknowledged nor failed").isEmpty();
        assertThat(load.notProblemDocuments).as("errors that are not RFC 7807 problem documents").isEmpty();
        assertThat(load.failed.values()).as("failures are answered, as problem documents, not lost connections or hangs")
                .allMatch(f -> f.contains("application/problem+json"));
        assertThat(unavailable).as("requests during the outage were answered 503 unavailable").isPositive();
        assertThat(load.maxMillis.get()).as("no request took longer than 30 s").isLessThanOrEqualTo(30_000);
        assertThat(ackBefore).isPositive();
        assertThat(load.acknowledgedSinceMark(a)).as("node a acknowledges commands after the restart").isPositive();
        assertThat(load.acknowledgedSinceMark(b)).as("node b acknowledges commands after the restart").isPositive();
        assertThat(usage.capsHold()).as("R-CAP-2 on the stored events: " + usage.shares()).isTrue();
        assertThat(a.isAlive() && b.isAlive()).as("neither node was restarted or died").isTrue();
        // every processor resumes by itself: on both nodes no segment in error, all segments claimed and at the head
        // (a processor of one node used to report the database's outage as its error for good, see
        // ClusterReplay#current)
        Instant waitFrom = Instant.now();
        String processors = "caught-up=true";
        AssertionError notCaughtUp = null;
        try {
            Faults.awaitCaughtUp(List.of(a, b), jdbc, Duration.ofMinutes(2));
        } catch (AssertionError e) {
            notCaughtUp = e;
            processors = "caught-up=false (" + e.getMessage() + ")";
        }
        Faults.report("db-restart-processors", processors + " after " + Duration.between(waitFrom, Instant.now())
                .toSeconds() + "s");
        if (notCaughtUp != null) {
            throw notCaughtUp;
        }
    }
}
