package jp.yui.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jp.yui.deploy.support.NodeProcess;

/**
 * Client threads planning one-week assignments on the demo cooperative {@code dozen} through the REST API, as the
 * demo manager: members of its own (admitted for the test), a related municipality (R) and another non-member (O), in
 * one business year the demo leaves empty, so that the caps of that year (R-CAP-2: O ≤ 20 % of M, O + R ≤ 50 % of M)
 * depend on these commands only. Every third request is member use (up to {@code memberWeeks} acknowledged), the others
 * non-member use pushing against the caps: as long as member use grows, some of them fit and most are refused. Every outcome is kept: acknowledged (2xx, with the id the API returned), refused (4xx problem
 * document, by rule), failed (5xx, or no answer: outcome unknown), not sent (connection refused: the node was down).
 */
final class PlanningLoad {

    static final String COOPERATIVE = "dozen";
    static final String AMA = "325252";
    /** Each client thread's pause between two requests: a steady load that leaves the machine (2 shared cores) room. */
    static final long PAUSE_MILLIS = Long.getLong("yui.faults.pause-ms", 100);

    final String prefix;
    final int year;
    final int workers;
    final int memberWeeks;
    private final ApiClient api = new ApiClient();
    private final AtomicInteger nextSlot = new AtomicInteger();
    private final AtomicInteger memberPlans = new AtomicInteger();
    private volatile boolean stopped;
    private final List<Thread> threads = new ArrayList<>();

    final Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id → client
    final Map<String, String> refused = new ConcurrentHashMap<>(); // id → rule id or problem type
    final Map<String, String> failed = new ConcurrentHashMap<>(); // id → what happened (outcome unknown)
    final AtomicInteger notSent = new AtomicInteger();
    final AtomicLong maxMillis = new AtomicLong();
    /** Answers that were not a problem document although they were errors (must stay empty). */
    final List<String> notProblemDocuments = Collections.synchronizedList(new ArrayList<>());
    /** Per node: acknowledged after {@link #mark()}. */
    final Map<String, AtomicInteger> acknowledgedSinceMark = new ConcurrentHashMap<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    PlanningLoad(String prefix, int year, int workers, int memberWeeks) {
        this.prefix = prefix;
        this.year = year;
        this.workers = workers;
        this.memberWeeks = memberWeeks;
    }

    String member(int i) {
        return prefix + "-m" + i;
    }

    String town() {
        return prefix + "-town";
    }

    String hotel() {
        return prefix + "-hotel";
    }

    /** Members, the two non-member clients and the workers of this load, as the manager (once, on one node). */
    void setUp(String baseUrl) {
        for (int i = 1; i <= 3; i++) {
            api.ok(baseUrl, "/api/v1/cooperatives/" + COOPERATIVE + "/members", ApiClient.MANAGER,
                    Map.of("clientId", member(i), "name", "試験組合員 " + prefix + i, "industry", "漁業",
                            "joinedOn", "2026-04-01"));
        }
        api.ok(baseUrl, "/api/v1/cooperatives/" + COOPERATIVE + "/clients", ApiClient.MANAGER,
                Map.of("clientId", town(), "name", "海士町 試験課 " + prefix, "kind", "MUNICIPALITY", "municipalityCode", AMA));
        api.ok(baseUrl, "/api/v1/cooperatives/" + COOPERATIVE + "/clients", ApiClient.MANAGER,
                Map.of("clientId", hotel(), "name", "試験ホテル " + prefix, "kind", "BUSINESS"));
        for (int w = 0; w < workers; w++) {
            api.ok(baseUrl, "/api/v1/cooperatives/" + COOPERATIVE + "/workers", ApiClient.MANAGER,
                    Map.of("workerId", prefix + "-w" + w, "name", "試験職員 " + prefix + w, "birthDate", "1995-01-01",
                            "hiredOn", "2026-04-01", "employmentType", "INDEFINITE", "homeMunicipality", AMA));
        }
    }

    /** Starts {@code threadsPerNode} client threads per node; {@code nodes} gives the node of each thread's next request. */
    void start(List<Supplier<NodeProcess>> nodes, int threadsPerNode) {
        for (Supplier<NodeProcess> node : nodes) {
            for (int t = 0; t < threadsPerNode; t++) {
                Thread thread = new Thread(() -> run(node), "load-" + node.get().name() + "-" + t);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }
    }

    void stop() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(Math.max(1, ApiClient.REQUEST_TIMEOUT.toMillis() + 10_000));
        }
    }

    /** Starts counting acknowledgements per node anew (e.g. after a recovery). */
    void mark() {
        acknowledgedSinceMark.clear();
    }

    int acknowledgedSinceMark(NodeProcess node) {
        AtomicInteger n = acknowledgedSinceMark.get(node.name());
        return n == null ? 0 : n.get();
    }

    private void run(Supplier<NodeProcess> nodes) {
        int slot = -1;
        while (!stopped) {
            if (slot < 0) {
                slot = nextSlot.getAndIncrement();
                if (slot / workers >= 50) {
                    return; // every worker has a week planned or refused in every week of the year
                }
            }
            NodeProcess node = nodes.get();
            String id = prefix + "-a" + slot;
            boolean member = slot % 3 == 0 && memberPlans.incrementAndGet() <= memberWeeks;
            String client = member ? member(1 + (slot / 3) % 3) : (slot % 2 == 0 ? town() : hotel());
            ApiClient.Outcome o = api.post(node.baseUrl(), "/api/v1/cooperatives/" + COOPERATIVE + "/assignments",
                    ApiClient.MANAGER, plan(id, slot, client));
            maxMillis.accumulateAndGet(o.millis(), Math::max);
            if (o.notSent()) {
                // the node is down: nothing was sent, the same slot goes again (to this or another node)
                notSent.incrementAndGet();
                if (member) {
                    memberPlans.decrementAndGet();
                }
                sleep(250);
                continue;
            }
            statuses.computeIfAbsent(o.status(), s -> new AtomicInteger()).incrementAndGet();
            if (o.ok()) {
                String returned = o.json().path("resourceId").asText();
                acknowledged.put(returned, client);
                acknowledgedSinceMark.computeIfAbsent(node.name(), n -> new AtomicInteger()).incrementAndGet();
            } else if (o.error() != null) {
                failed.put(id, o.toString());
            } else {
                if (!o.problemDocument()) {
                    notProblemDocuments.add(id + ": " + o);
                }
                if (o.status() >= 500) {
                    failed.put(id, o.toString());
                } else {
                    JsonNode p = o.problemDocument() ? o.json() : null;
                    String rule = p == null ? "status " + o.status()
                            : p.hasNonNull("ruleId") ? p.get("ruleId").asText() : p.path("type").asText();
                    refused.put(id, rule);
                }
                if (member) {
                    memberPlans.decrementAndGet();
                }
            }
            slot = -1;
            sleep(PAUSE_MILLIS);
        }
    }

    /** Monday to Friday, 8 h a day, in week {@code slot / workers} of the business year, for worker {@code slot % workers}. */
    private Map<String, Object> plan(String id, int slot, String client) {
        LocalDate monday = LocalDate.of(year, 4, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .plusWeeks(slot / workers);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assignmentId", id);
        body.put("kind", "DISPATCH");
        body.put("workerId", prefix + "-w" + (slot % workers));
        body.put("clientId", client);
        body.put("work", "試験作業");
        body.put("category", "GENERAL");
        body.put("workplaceMunicipality", AMA);
        body.put("period", Map.of("from", monday.toString(), "to", monday.plusDays(4).toString()));
        Map<String, Integer> days = new LinkedHashMap<>();
        for (DayOfWeek d : Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d.name(), 480);
        }
        body.put("pattern", Map.of("weekdayMinutes", days));
        body.put("feePerHourYen", 1100);
        return body;
    }

    int capRefusals() {
        return (int) refused.values().stream().filter(r -> r.startsWith("R-CAP-")).count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
