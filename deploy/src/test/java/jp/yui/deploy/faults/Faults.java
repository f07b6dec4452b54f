package jp.yui.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.deploy.support.NodeProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the fault tests share: the report line, the events of a load, the caps, the processors' catch-up. */
final class Faults {

    /** Tables written by requests, not by events (sign-in log, idempotency keys, users, API tokens): no read models. */
    static final Set<String> NOT_FROM_EVENTS = Set.of("yui_login_audit", "api_idempotency", "yui_user", "yui_api_token");

    static final Duration START = Duration.ofMinutes(8);

    private Faults() {
    }

    /** Prints {@code FAULTS | name | figures} and appends it to {@code target/faults.md}. */
    static void report(String name, String figures) throws IOException {
        String line = "FAULTS | " + name + " | " + figures;
        System.out.println(line);
        Path file = Path.of("target", "faults.md");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "# Fault tests (one line per test run)\n\n");
        }
        Files.writeString(file, "- " + Instant.now() + " " + line + "\n", StandardOpenOption.APPEND);
    }

    /** A node of the fault tests on database {@code db}; the first one loads the demo data (profile demo). */
    static NodeProcess node(String name, Path work, TestPostgres pg, String db, boolean demo, String... args) throws IOException {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        // as README "REST API" recommends for several nodes: a request waits at most 5 s for a connection (503 then)
        all.add("--spring.datasource.hikari.connection-timeout=5000");
        return NodeProcess.onDatabase(name, work.resolve(name), pg.jdbcUrl(db), demo ? "demo" : null,
                all.toArray(String[]::new));
    }

    /** AssignmentPlanned events of the cooperative whose id starts with {@code prefix}: id → the event's payload. */
    /**
     * Two nodes on {@code db}: node A starts first and loads the demo data; node B starts while A loads it (the schema
     * is migrated by then). Returns both once they have started, with the API clients signed in by token.
     */
    static NodeProcess[] twoNodes(Path work, TestPostgres pg, String db) throws Exception {
        NodeProcess a = node("node-a", work, pg, db, true).start("Started YuiApplication", START);
        NodeProcess b = node("node-b", work, pg, db, false).launch();
        a.await("Demo cooperative 'dozen' loaded", START);
        ApiClient.useTokens(pg.jdbc(db));
        b.await("Started YuiApplication", START);
        return new NodeProcess[] {a, b};
    }

    /** Stops the nodes that were started, then the test's PostgreSQL (after each fault test). */
    static void stopAll(TestPostgres pg, NodeProcess... nodes) throws Exception {
        for (NodeProcess n : nodes) {
            if (n != null) {
                n.stop();
            }
        }
        if (pg != null) {
            pg.close();
        }
    }

    static Map<String, JsonNode> plannedEvents(JdbcTemplate jdbc, String prefix) {
        Map<String, JsonNode> out = new HashMap<>();
        jdbc.query("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.AssignmentPlanned'", rs -> {
            try {
                JsonNode p = ApiClient.JSON.readTree(rs.getString(1));
                String id = p.path("assignmentId").asText();
                if (id.startsWith(prefix + "-")) {
                    if (out.put(id, p) != null) {
                        throw new AssertionError("two AssignmentPlanned events of " + id);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, PlanningLoad.COOPERATIVE);
        return out;
    }

    /** Later events that change an assignment of the load (there must be none: the load only plans). */
    static long changesOf(JdbcTemplate jdbc, String prefix) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and (payload_type like '%.AssignmentRescheduled' or payload_type like '%.AssignmentCancelled') "
                + "and convert_from(payload, 'UTF8') like ?", Long.class, PlanningLoad.COOPERATIVE, "%\"" + prefix + "-a%");
    }

    /** M, R, O minutes of the load's business year, computed from the events' own periods and patterns. */
    record Usage(long member, long related, long other) {

        boolean capsHold() {
            return other * 100 <= 20 * member && (other + related) * 100 <= 50 * member;
        }

        String shares() {
            return String.format("M=%dh R=%dh O=%dh O/M=%.1f%% (O+R)/M=%.1f%%", member / 60, related / 60, other / 60,
                    member == 0 ? 0 : 100.0 * other / member, member == 0 ? 0 : 100.0 * (other + related) / member);
        }
    }

    static Usage usage(Map<String, JsonNode> events, PlanningLoad load) {
        long m = 0;
        long r = 0;
        long o = 0;
        LocalDate yearStart = LocalDate.of(load.year, 4, 1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        for (JsonNode e : events.values()) {
            LocalDate from = LocalDate.parse(e.path("period").path("from").asText());
            LocalDate to = LocalDate.parse(e.path("period").path("to").asText());
            JsonNode weekdays = e.path("pattern").path("weekdayMinutes");
            long minutes = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (d.isBefore(yearStart) || d.isAfter(yearEnd)) {
                    throw new AssertionError("an assignment outside business year " + load.year + ": " + e);
                }
                minutes += weekdays.path(d.getDayOfWeek().name()).asLong(0);
            }
            String client = e.path("clientId").asText();
            if (client.startsWith(load.prefix + "-m")) {
                m += minutes;
            } else if (client.equals(load.town())) {
                r += minutes;
            } else if (client.equals(load.hotel())) {
                o += minutes;
            } else {
                throw new AssertionError("unknown client " + client);
            }
        }
        return new Usage(m, r, o);
    }

    /**
     * Waits until every streaming processor has all its segments (as many as it has rows in {@code token_entry}) worked
     * on by the given nodes and each node's segments have reached the head of the event store, with no error and no
     * replay running (GET /api/v1/admin/replay as administrator on each node).
     */
    static void awaitCaughtUp(List<NodeProcess> nodes, JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
        ApiClient api = new ApiClient();
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Map<String, Integer> segments = new HashMap<>();
            Map<String, Integer> total = new HashMap<>();
            jdbc.query("select processor_name, count(*) from token_entry group by processor_name",
                    rs -> {
                        total.put(rs.getString(1), rs.getInt(2));
                    });
            boolean ok = true;
            for (NodeProcess node : nodes) {
                ApiClient.Outcome o = api.get(node.baseUrl(), "/api/v1/admin/replay", ApiClient.ADMIN);
                if (!o.ok()) {
                    ok = false;
                    last = node.name() + ": " + o;
                    break;
                }
                JsonNode p = o.json();
                if (p.path("running").asBoolean()) {
                    ok = false;
                    last = node.name() + ": replay running";
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = p.path("processors").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode s = e.getValue();
                    segments.merge(e.getKey(), s.path("segments").asInt(), Integer::sum);
                    boolean atHead = s.path("caughtUp").asBoolean()
                            && s.path("position").asLong() >= s.path("eventsTotal").asLong();
                    if (s.path("segments").asInt() > 0 && !atHead || s.hasNonNull("error")) {
                        ok = false;
                        last = node.name() + " " + e.getKey() + ": " + s;
                    }
                }
            }
            if (ok && !segments.isEmpty()) {
                for (String name : segments.keySet()) {
                    if (!segments.get(name).equals(total.getOrDefault(name, 0))) {
                        ok = false;
                        last = name + ": " + segments.get(name) + " of " + total.get(name) + " segments claimed";
                    }
                }
                if (ok) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the processors did not catch up within " + timeout + ": " + last);
    }

    /** Waits until GET /actuator/health answers UP. */
    static Duration awaitHealthy(NodeProcess node, Duration timeout) throws InterruptedException {
        ApiClient api = new ApiClient();
        Instant t0 = Instant.now();
        Instant deadline = t0.plus(timeout);
        ApiClient.Outcome o = null;
        while (Instant.now().isBefore(deadline)) {
            o = api.get(node.baseUrl(), "/actuator/health", null);
            if (o.status() == 200 && o.body().contains("\"UP\"")) {
                return Duration.between(t0, Instant.now());
            }
            Thread.sleep(500);
        }
        throw new AssertionError(node.name() + " not healthy within " + timeout + ": " + o);
    }
}
