package jp.yui.deploy.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Bad input, rule refusals and idempotency keys over HTTP on a real PostgreSQL: every refusal is an RFC 7807 problem
 * (never a 5xx) and writes nothing; a retried request with the same Idempotency-Key records nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsAndIdempotencyTest extends ApiTestSupport {

    private String coop;

    @BeforeAll
    void cooperative() {
        coop = fresh("api-err");
        fixture(coop);
    }

    private String base() {
        return "/api/v1/cooperatives/" + coop;
    }

    /** Sends a bad request and checks: the status, a problem+json body with the type (and field), nothing written. */
    private JsonNode refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                             int status, String type, String field) throws Exception {
        long before = events(coop);
        MvcResult r = mvc.perform(request.with(manager(coop))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode p = body(r);
        if (type != null) {
            assertThat(p.path("type").asText()).isEqualTo(type);
        }
        assertThat(p.path("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(p.path("field").asText()).isEqualTo(field);
        }
        assertThat(events(coop)).as("nothing written").isEqualTo(before);
        return p;
    }

    @Test
    @DisplayName("malformed JSON, wrong types, unknown enums, impossible dates, missing fields → 400 with the field")
    void badBodies() throws Exception {
        String url = base() + "/assignments";
        refused(json(post(url), "{\"assignmentId\": \"x\", "), 400, ApiProblems.MALFORMED_REQUEST, null);
        refused(json(post(url), planJson(fresh("a"), "w1", "m1", 0).replace("1100", "\"abc\"")), 400,
                ApiProblems.MALFORMED_REQUEST, "feePerHourYen");
        JsonNode e = refused(json(post(url), planJson(fresh("a"), "w1", "m1", 0).replace("\"DISPATCH\"", "\"LOAN\"")),
                400, ApiProblems.MALFORMED_REQUEST, "kind");
        assertThat(e.path("detail").asText()).contains("DISPATCH");
        refused(json(post(url), planJson(fresh("a"), "w1", "m1", 0).replace("2026-04-06", "2026-02-30")), 400,
                ApiProblems.MALFORMED_REQUEST, "period.from");
        refused(json(post(url), planJson(fresh("a"), "w1", "m1", 0).replace("\"workerId\":\"w1\",", "")), 400,
                ApiProblems.INVALID_REQUEST, "workerId");
        refused(json(post(url), planJson(fresh("a"), "w1", "m1", 0).replace("\"MONDAY\"", "\"MONTAG\"")), 400,
                ApiProblems.MALFORMED_REQUEST, "pattern.weekdayMinutes");
        refused(json(post(url), "[1,2]"), 400, ApiProblems.MALFORMED_REQUEST, null);
        refused(post(url).contentType(MediaType.APPLICATION_JSON), 400, ApiProblems.MALFORMED_REQUEST, null);
        refused(json(put(base() + "/assignments/x/actual-hours/2026-13"), "{\"minutesPerDay\":{}}"), 400,
                ApiProblems.INVALID_REQUEST, "month");
        refused(json(put(base() + "/office-costs/abc"), "{\"yen\":1}"), 400, ApiProblems.INVALID_REQUEST, "businessYear");
        refused(json(put(base() + "/office-costs/99999"), "{\"yen\":1}"), 400, ApiProblems.INVALID_REQUEST, "businessYear");
        refused(json(put(base() + "/office-costs/2026"), "{\"yen\":-5}"), 400, ApiProblems.INVALID_REQUEST, "yen");
        refused(post(url).contentType(MediaType.TEXT_PLAIN).content("hello"), 415, ApiProblems.INVALID_REQUEST, null);
        refused(json(post(url), planJson(fresh("a"), "w1", "m1", 0)).header("Idempotency-Key", "bad key with spaces"),
                400, ApiProblems.INVALID_REQUEST, "Idempotency-Key");
    }

    @Test
    @DisplayName("query parameters of the wrong type → 400 with the parameter")
    void badParameters() throws Exception {
        refused(get(base() + "/ratio/notayear"), 400, ApiProblems.INVALID_REQUEST, "businessYear");
        refused(get(base() + "/members?asOf=2026-02-30"), 400, ApiProblems.INVALID_REQUEST, "asOf");
        refused(get(base() + "/ledger.csv?encoding=EBCDIC"), 400, ApiProblems.INVALID_REQUEST, "encoding");
        refused(get("/api/v1/audit?limit=0"), 400, ApiProblems.INVALID_REQUEST, "limit");
        refused(get(base() + "/as-of/2026-99-01"), 400, ApiProblems.INVALID_REQUEST, "date");
    }

    @Test
    @DisplayName("unknown ids → 404 problem, for commands and queries alike; nothing written")
    void unknownIds() throws Exception {
        String nobody = "/api/v1/cooperatives/" + fresh("nobody");
        JsonNode unknownCoop = refused(json(post(nobody + "/assignments"), planJson("a", "w1", "m1", 0)), 404,
                ApiProblems.NOT_FOUND, null);
        refused(get(nobody + "/ratio/2026"), 404, ApiProblems.NOT_FOUND, null);
        refused(get(nobody), 404, ApiProblems.NOT_FOUND, null);
        refused(get(nobody + "/workers"), 404, ApiProblems.NOT_FOUND, null);
        refused(get(nobody + "/ledger.csv"), 404, ApiProblems.NOT_FOUND, null);
        refused(get(nobody + "/plan/2026"), 404, ApiProblems.NOT_FOUND, null);
        refused(get(base() + "/workers/nobody"), 404, ApiProblems.NOT_FOUND, null);
        JsonNode unknownAssignment = refused(json(post(base() + "/assignments/nobody/cancellation"), "{\"reason\":\"x\"}"),
                404, ApiProblems.NOT_FOUND, null);
        refused(json(post(base() + "/workers/nobody/separation"), "{\"lastDay\":\"2026-05-31\"}"), 404,
                ApiProblems.NOT_FOUND, null);
        refused(get("/api/v1/no/such/thing"), 404, ApiProblems.NOT_FOUND, null);
        // the same body whatever was unknown (the scope refusals answer the same: no existence leak)
        assertThat(unknownAssignment.path("detail")).isEqualTo(unknownCoop.path("detail"));
        assertThat(unknownAssignment.path("title")).isEqualTo(unknownCoop.path("title"));
    }

    @Test
    @DisplayName("a body naming an unknown worker → 422 invalid-command with the field, nothing written")
    void unknownWorkerInBody() throws Exception {
        JsonNode p = refused(json(post(base() + "/assignments"), planJson(fresh("a"), "nobody", "m1", 0)), 422,
                ApiProblems.INVALID_COMMAND, "workerId");
        assertThat(p.path("ruleId").asText()).isEqualTo("INVALID_INPUT");
        assertThat(p.path("messageJa").asText()).isNotBlank();
        assertThat(p.path("messageEn").asText()).contains("nobody");
    }

    @Test
    @DisplayName("R-CAP-2: a non-member assignment over 20 % of member use → 422 with ruleId and the figures")
    void capRefusal() throws Exception {
        // members: 40 h in week 10; then 40 h for the hotel (other non-member) in the same week → O = 100 % of M
        MvcResult ok = mvc.perform(json(post(base() + "/assignments"), planJson(fresh("m"), "w1", "m1", 10))
                .with(manager(coop))).andReturn();
        assertThat(ok.getResponse().getStatus()).as(ok.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode p = refused(json(post(base() + "/assignments"), planJson(fresh("o"), "w2", "hotel", 10)), 422,
                ApiProblems.RULE_VIOLATION, null);
        assertThat(p.path("ruleId").asText()).isEqualTo("R-CAP-2");
        assertThat(p.path("messageJa").asText()).contains("上限");
        assertThat(p.path("messageEn").asText()).contains("cap");
        JsonNode f = p.path("figures");
        assertThat(f.path("businessYear").asInt()).isEqualTo(2026);
        assertThat(f.path("unit").asText()).isEqualTo("HOURS");
        assertThat(f.path("member").asLong()).isGreaterThanOrEqualTo(2400);
        assertThat(f.path("other").asLong()).isGreaterThanOrEqualTo(2400);
        assertThat(f.path("capPercent").asInt()).isEqualTo(20);
    }

    @Test
    @DisplayName("Idempotency-Key: a retry returns the stored response and records nothing twice")
    void idempotentReplay() throws Exception {
        String id = fresh("idem");
        String body = planJson(id, "w3", "m2", 20);
        long before = eventsOfType(coop, "AssignmentPlanned");
        MvcResult first = mvc.perform(json(post(base() + "/assignments"), body).header("Idempotency-Key", "k-" + id)
                .with(manager(coop))).andReturn();
        assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);
        MvcResult again = mvc.perform(json(post(base() + "/assignments"), body).header("Idempotency-Key", "k-" + id)
                .with(manager(coop))).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(201);
        assertThat(again.getResponse().getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(eventsOfType(coop, "AssignmentPlanned")).isEqualTo(before + 1);

        // the same key with another body: refused, nothing written
        JsonNode p = refused(json(post(base() + "/assignments"), planJson(fresh("other"), "w3", "m2", 21))
                .header("Idempotency-Key", "k-" + id), 422, ApiProblems.IDEMPOTENCY_KEY_REUSED, null);
        assertThat(p.path("messageJa").asText()).isNotBlank();
        assertThat(eventsOfType(coop, "AssignmentPlanned")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("Idempotency-Key: a refused command leaves the key free; the same retry is refused again, not replayed")
    void refusedCommandIsNotStored() throws Exception {
        String key = fresh("k");
        for (int i = 0; i < 2; i++) {
            refused(json(post(base() + "/assignments"), planJson(fresh("x"), "nobody", "m1", 0).replace("\"x-", "\"x-"))
                    .header("Idempotency-Key", key), 422, ApiProblems.INVALID_COMMAND, "workerId");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_idempotency WHERE idempotency_key = ?", Long.class, key))
                .isZero();
    }

    @Test
    @DisplayName("Idempotency-Key: two concurrent retries record the command once")
    void concurrentRetries() throws Exception {
        String id = fresh("conc");
        String body = planJson(id, "w1", "m3", 30);
        String key = "k-" + id;
        long before = eventsOfType(coop, "AssignmentPlanned");
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return mvc.perform(json(post(base() + "/assignments"), body).header("Idempotency-Key", key)
                            .with(manager(coop))).andReturn().getResponse().getStatus();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 201 || s == 409);
            assertThat(statuses).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsOfType(coop, "AssignmentPlanned")).isEqualTo(before + 1);
        MvcResult later = mvc.perform(json(post(base() + "/assignments"), body).header("Idempotency-Key", key)
                .with(manager(coop))).andReturn();
        assertThat(later.getResponse().getStatus()).isEqualTo(201);
        assertThat(later.getResponse().getHeader("Idempotency-Replayed")).isEqualTo("true");
    }

    @Test
    @DisplayName("registering a cooperative id that exists → 409 conflict")
    void duplicateRegistration() throws Exception {
        String body = """
                {"cooperativeId":"%s","name":"重複","prefectureCode":"32","districtMunicipalities":["%s"],
                 "businessYearStartMonth":4,"capUnit":"HOURS"}""".formatted(coop, AMA);
        refused(json(post("/api/v1/cooperatives"), body), 409, ApiProblems.CONFLICT, null);
    }
}
