package jp.yui.deploy.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.replay.ReplayService;
import jp.yui.query.security.Role;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Base of the REST API tests: the one shared application context of {@link YuiIntegrationTest} (no other annotations,
 * so every API test class and the other integration tests share it), MockMvc over the real security filter chains,
 * users as {@link YuiPrincipal}s, fixtures sent through the command pipeline as the system.
 */
@YuiIntegrationTest
abstract class ApiTestSupport {

    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final String CHIBU = "325279";
    static final String OKINOSHIMA = "325287";
    static final LocalDate FIRST_MONDAY_2026 = LocalDate.of(2026, 4, 6);
    static final Duration CATCH_UP = Duration.ofSeconds(90);

    @Autowired
    WebApplicationContext context;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    ReplayService replay;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestPostProcessor as(YuiPrincipal principal) {
        RequestPostProcessor auth = authentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(principal.role().authority()))));
        // csrf(): harmless for a stateless API chain, needed while only the UI's chain exists
        return request -> csrf().postProcessRequest(auth.postProcessRequest(request));
    }

    static RequestPostProcessor manager(String coop) {
        return as(YuiPrincipal.manager("mgr-" + coop, "組合事務局 " + coop, coop));
    }

    static RequestPostProcessor municipality(String code) {
        return as(YuiPrincipal.municipality("muni-" + code, "市町村 " + code, code));
    }

    static RequestPostProcessor prefecture(String code) {
        return as(YuiPrincipal.prefecture("pref-" + code, "都道府県 " + code, code));
    }

    static RequestPostProcessor admin() {
        return as(YuiPrincipal.administrator("api-admin", "管理者"));
    }

    static Role roleOf(YuiPrincipal p) {
        return p.role();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, Object body) throws Exception {
        return b.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .content(body instanceof String s ? s : objectMapper.writeValueAsString(body));
    }

    JsonNode body(MvcResult r) throws Exception {
        return objectMapper.readTree(r.getResponse().getContentAsByteArray());
    }

    long events(String aggregateId) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return n == null ? 0 : n;
    }

    long eventsOfType(String aggregateId, String simpleType) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE ?", Long.class, aggregateId, "%." + simpleType);
        return n == null ? 0 : n;
    }

    /** GETs {@code url} until it answers 200 (the read models are built asynchronously). */
    /**
     * Until every streaming processor has handled every event stored so far. A 200 only says the cooperative's row is
     * there; a test that counts rows of another read model (members, plan) must wait for that model too.
     */
    void awaitProjections() throws InterruptedException {
        Long max = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        long head = max == null ? 0 : max;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            var lagging = replay.progress().processors().entrySet().stream()
                    .filter(e -> e.getValue().replaying() || e.getValue().position() < head)
                    .map(e -> e.getKey() + "@" + e.getValue().position()).toList();
            if (lagging.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("processors not caught up with " + head + " within 3 min: " + lagging);
            }
            Thread.sleep(200);
        }
    }

    MvcResult awaitOk(String url, RequestPostProcessor user) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        MvcResult last = null;
        while (System.nanoTime() < deadline) {
            last = mvc.perform(get(url).with(user)).andReturn();
            if (last.getResponse().getStatus() == 200) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + url + " never answered 200; last " + last.getResponse().getStatus() + " "
                + last.getResponse().getContentAsString());
    }

    /**
     * A certified cooperative of Shimane (district 海士町・西ノ島町) with members m1..m3, non-member clients "town"
     * (海士町役場, related municipality) and "hotel" (other non-member), and indefinite-term workers w1..w3 —
     * sent through the command pipeline as the system (no signed-in user).
     */
    void fixture(String coop) {
        SystemActor.run("api-test-fixture", () -> {
            String user = SystemActor.userId("api-test-fixture");
            commands.send(new RegisterCooperative(coop, "APIテスト組合 " + coop, "32", Set.of(AMA, NISHINOSHIMA), 4,
                    CapUnit.HOURS, DayOfWeek.SUNDAY, null), user);
            commands.send(new CertifyCooperative(coop, "島根県指令第1号", LocalDate.of(2021, 6, 1)), user);
            for (String m : new String[] {"m1", "m2", "m3"}) {
                commands.send(new AdmitMember(coop, m, "組合員 " + m, "漁業", LocalDate.of(2021, 6, 1)), user);
            }
            commands.send(new RegisterNonMemberClient(coop, "town", "海士町役場", ClientKind.MUNICIPALITY, AMA), user);
            commands.send(new RegisterNonMemberClient(coop, "hotel", "ホテル", ClientKind.BUSINESS, null), user);
            for (String w : new String[] {"w1", "w2", "w3"}) {
                commands.send(new HireWorker(coop, w, "職員 " + w, LocalDate.of(1990, 1, 1), LocalDate.of(2025, 4, 1),
                        EmploymentType.INDEFINITE, null, AMA, Set.of()), user);
            }
        });
    }

    /** JSON of a Monday-to-Friday dispatch, 8 h a day, in week {@code week} (0-based) of business year 2026. */
    static String planJson(String assignmentId, String worker, String client, int week) {
        LocalDate monday = FIRST_MONDAY_2026.plusWeeks(week);
        return """
                {"assignmentId":"%s","kind":"DISPATCH","workerId":"%s","clientId":"%s","work":"作業",
                 "category":"GENERAL","workplaceMunicipality":"%s",
                 "period":{"from":"%s","to":"%s"},
                 "pattern":{"weekdayMinutes":{"MONDAY":480,"TUESDAY":480,"WEDNESDAY":480,"THURSDAY":480,"FRIDAY":480}},
                 "feePerHourYen":1100}
                """.formatted(assignmentId, worker, client, AMA, monday, monday.plusDays(4));
    }
}
