package jp.yui.deploy.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The happy path of every endpoint of {@code /api/v1}: the commands build a cooperative through HTTP alone, then
 * every query answers 200 with the data (JSON, CSV, PDF), and the OpenAPI document lists the endpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiEndpointsTest extends ApiTestSupport {

    private String coop;
    private String revoked;
    private String lapsed;
    private RequestPostProcessor user;

    @BeforeAll
    void ids() {
        coop = fresh("api-ok");
        revoked = fresh("api-rev");
        lapsed = fresh("api-lap");
        user = manager(coop);
        fixture(revoked);
        fixture(lapsed);
    }

    private JsonNode send(MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        MvcResult r = mvc.perform(json(request, body).with(user)).andReturn();
        assertThat(r.getResponse().getStatus()).as(request.buildRequest(context.getServletContext()).getRequestURI()
                + " → " + r.getResponse().getContentAsString()).isEqualTo(status);
        return body(r);
    }

    @Test
    @Order(1)
    @DisplayName("every command endpoint accepts a valid request")
    void commands() throws Exception {
        String c = "/api/v1/cooperatives/" + coop;
        JsonNode registered = send(post("/api/v1/cooperatives"), """
                {"cooperativeId":"%s","name":"API組合","prefectureCode":"32","districtMunicipalities":["%s","%s"],
                 "businessYearStartMonth":4,"capUnit":"HOURS","weekStartsOn":"SUNDAY"}""".formatted(coop, AMA, NISHINOSHIMA), 201);
        assertThat(registered.path("command").asText()).isEqualTo("RegisterCooperative");
        assertThat(registered.path("location").asText()).isEqualTo(c);
        send(post(c + "/certification"), "{\"certificationNumber\":\"島根県指令第9号\",\"certifiedOn\":\"2021-06-01\"}", 200);
        for (String m : new String[] {"m1", "m2", "m3"}) {
            send(post(c + "/members"), "{\"clientId\":\"%s\",\"name\":\"組合員 %s\",\"industry\":\"漁業\",\"joinedOn\":\"2021-06-01\"}"
                    .formatted(m, m), 201);
        }
        send(post(c + "/clients"), "{\"clientId\":\"town\",\"name\":\"海士町役場\",\"kind\":\"MUNICIPALITY\",\"municipalityCode\":\"%s\"}"
                .formatted(AMA), 201);
        send(post(c + "/clients"), "{\"clientId\":\"hotel\",\"name\":\"ホテル\",\"kind\":\"BUSINESS\"}", 201);
        for (String w : new String[] {"w1", "w2", "w3"}) {
            send(post(c + "/workers"), """
                    {"workerId":"%s","name":"職員 %s","birthDate":"1990-01-01","hiredOn":"2025-04-01",
                     "employmentType":"INDEFINITE","homeMunicipality":"%s","skills":["漁業"]}""".formatted(w, w, AMA), 201);
        }
        send(post(c + "/workers"), """
                {"workerId":"f1","name":"有期 f1","birthDate":"1990-01-01","hiredOn":"2025-04-01",
                 "employmentType":"FIXED_TERM","fixedTermEndsOn":"2027-03-31","homeMunicipality":"%s"}""".formatted(AMA), 201);
        send(post(c + "/workers/w1/previous-employers"), "{\"clientId\":\"m2\",\"leftOn\":\"2020-03-31\",\"retiredAt60OrOver\":false}", 200);
        send(put(c + "/workers/w1/social-insurance"), "{\"healthInsurance\":true,\"pension\":true,\"employmentInsurance\":true}", 200);
        send(post(c + "/workers/w1/trainings"), "{\"heldOn\":\"2026-04-10\",\"kind\":\"TRAINING\",\"content\":\"安全衛生\",\"minutes\":60}", 200);
        send(put(c + "/workers/w1/personnel-costs/2026"), "{\"yen\":3000000}", 200);
        send(put(c + "/office-costs/2026"), "{\"yen\":1000000}", 200);
        send(post(c + "/assignments"), planJson("a1", "w1", "m1", 0), 201);
        send(post(c + "/assignments/a1/reschedule"),
                "{\"period\":{\"from\":\"2026-04-06\",\"to\":\"2026-04-10\"},\"pattern\":{\"weekdayMinutes\":{\"MONDAY\":420,\"TUESDAY\":420,\"WEDNESDAY\":420,\"THURSDAY\":420,\"FRIDAY\":420}}}", 200);
        send(put(c + "/assignments/a1/terms"), """
                {"organisationalUnit":"加工場","startTime":"08:00","endTime":"16:00","breakMinutes":60,
                 "responsibility":"補助","dispatcherResponsiblePerson":"山田","clientResponsiblePerson":"佐藤"}""", 200);
        send(put(c + "/assignments/a1/actual-hours/2026-04"), "{\"minutesPerDay\":{\"2026-04-06\":420,\"2026-04-07\":400}}", 200);
        send(post(c + "/assignments/a1/complaints"), "{\"receivedOn\":\"2026-04-08\",\"content\":\"休憩\",\"handling\":\"調整\"}", 200);
        send(post(c + "/assignments"), planJson("a2", "w2", "m2", 1), 201);
        send(post(c + "/assignments/a2/cancellation"), "{\"reason\":\"漁期変更\"}", 200);
        send(post(c + "/workers/f1/indefinite-term-conversion"), "{\"effectiveOn\":\"2026-06-01\"}", 200);
        send(post(c + "/workers/w3/separation"), "{\"lastDay\":\"2027-03-31\",\"reason\":\"自己都合\"}", 200);
        send(post(c + "/members/m3/membership-end"), "{\"lastDay\":\"2027-03-31\",\"reason\":\"VOLUNTARY_WITHDRAWAL\"}", 200);
        send(post(c + "/district-changes"), "{\"districtMunicipalities\":[\"%s\",\"%s\",\"%s\"],\"effectiveOn\":\"2026-10-01\"}"
                .formatted(AMA, NISHINOSHIMA, CHIBU), 200);
        send(post(c + "/business-years/2024/close"), "", 200);
        send(post(c + "/business-years/2024/reopen"), "{\"reason\":\"実績の訂正\"}", 200);
        send(post(c + "/certification/renewal"), "{\"certificationNumber\":\"島根県指令第99号\",\"decidedOn\":\"2031-03-15\"}", 200);

        user = manager(revoked);
        send(post("/api/v1/cooperatives/" + revoked + "/certification/revocation"),
                "{\"effectiveOn\":\"2026-06-01\",\"ground\":\"FRAUD\",\"reason\":\"不正\"}", 200);
        user = manager(lapsed);
        send(post("/api/v1/cooperatives/" + lapsed + "/certification/lapse"),
                "{\"effectiveOn\":\"2026-06-01\",\"reason\":\"DISCONTINUATION\"}", 200);
        user = manager(coop);
    }

    private String ok(String url) throws Exception {
        return ok(url, user);
    }

    /** As {@code who}: the prefecture's, municipality's and administrator's endpoints are theirs, not the manager's. */
    private String ok(String url, RequestPostProcessor who) throws Exception {
        MvcResult r = awaitOk(url, who);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode okJson(String url) throws Exception {
        return objectMapper.readTree(ok(url));
    }

    @Test
    @Order(2)
    @DisplayName("every query endpoint answers 200 with the data")
    void queries() throws Exception {
        String c = "/api/v1/cooperatives/" + coop;
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        awaitProjections();

        assertThat(okJson(c).path("cooperativeId").asText()).isEqualTo(coop);
        assertThat(ok("/api/v1/prefectures/32/registry", prefecture("32"))).contains(coop);
        assertThat(ok("/api/v1/prefectures/32/registry?asOf=2026-04-01", prefecture("32"))).contains(coop);
        assertThat(ok("/api/v1/prefectures/32/cooperatives", prefecture("32"))).contains(coop);
        assertThat(ok("/api/v1/municipalities/" + AMA + "/cooperatives", municipality(AMA))).contains(coop);
        assertThat(okJson(c + "/as-of/" + today).path("cooperativeId").asText()).isEqualTo(coop);

        assertThat(okJson(c + "/members?asOf=2026-04-01").size()).isEqualTo(3);
        assertThat(ok(c + "/clients")).contains("hotel");
        assertThat(ok(c + "/workers?asOf=2026-04-01")).contains("w1");
        assertThat(okJson(c + "/workers/w1").toString()).contains("w1");

        assertThat(ok(c + "/plan/2026")).contains("w1");
        assertThat(ok(c + "/plan/2026/workers/w1")).contains("w1");
        assertThat(okJson(c + "/ratio/2026").toString()).contains(coop);
        MvcResult csv = mvc.perform(get(c + "/ratio/2026.csv").with(user)).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        MvcResult sjis = mvc.perform(get(c + "/ratio/2026.csv?encoding=SHIFT_JIS").with(user)).andReturn();
        assertThat(sjis.getResponse().getContentType()).containsIgnoringCase("Shift_JIS");
        assertPdf(c + "/ratio/2026.pdf");
        assertThat(ok("/api/v1/ratios/2026?cooperativeId=" + coop)).contains(coop);

        assertThat(ok(c + "/ledger")).contains("a1");
        assertThat(ok(c + "/ledger?workerId=w1&asOf=2026-05-01&includeExpired=true")).contains("a1");
        MvcResult ledgerCsv = mvc.perform(get(c + "/ledger.csv").with(user)).andReturn();
        assertThat(ledgerCsv.getResponse().getStatus()).isEqualTo(200);
        assertThat(ledgerCsv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(ledgerCsv.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(ledgerCsv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("a1");
        assertPdf(c + "/ledger.pdf");

        assertThat(ok(c + "/reports/annual/2026")).isNotBlank();
        assertThat(mvc.perform(get(c + "/reports/annual/2026.csv").with(user)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertPdf(c + "/reports/annual/2026.pdf");
        assertThat(ok(c + "/reports/dispatch-business/2026")).isNotBlank();
        assertThat(mvc.perform(get(c + "/reports/dispatch-business/2026.csv").with(user)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        assertThat(ok(c + "/subsidy/2026")).isNotBlank();
        assertThat(mvc.perform(get(c + "/subsidy/2026.csv").with(user)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(ok("/api/v1/municipalities/" + AMA + "/subsidy/2026", municipality(AMA))).contains(AMA);
        assertThat(mvc.perform(get("/api/v1/municipalities/" + AMA + "/subsidy/2026.csv").with(municipality(AMA))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        JsonNode audit = okJson(c + "/audit?limit=500");
        assertThat(audit.path("entries").size()).isGreaterThan(15);
        assertThat(audit.toString()).contains("mgr-" + coop);
        assertThat(okJson("/api/v1/audit?cooperativeId=" + coop + "&eventType=AssignmentPlanned").path("entries").size())
                .isEqualTo(2);
        assertThat(objectMapper.readTree(ok("/api/v1/admin/replay", admin())).has("running")).isTrue();
    }

    private void assertPdf(String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(r.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(3)
    @DisplayName("the OpenAPI document lists the endpoints; Swagger UI is served")
    void openApi() throws Exception {
        MvcResult r = mvc.perform(get("/v3/api-docs").with(user)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode doc = body(r);
        assertThat(doc.path("paths").has("/api/v1/cooperatives/{cooperativeId}/assignments")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/cooperatives/{cooperativeId}/ratio/{businessYear}")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/cooperatives/{cooperativeId}/ledger.csv")).isTrue();
        int ui = mvc.perform(get("/swagger-ui/index.html").with(user)).andReturn().getResponse().getStatus();
        assertThat(ui).isEqualTo(200);
        assertThat(doc.path("components").path("securitySchemes").has("basic")).isTrue();
    }
}
