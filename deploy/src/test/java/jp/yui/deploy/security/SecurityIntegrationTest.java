package jp.yui.deploy.security;

import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.RecordOfficeCost;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.demo.DemoDataLoader;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.WorkerView;
import jp.yui.query.registry.CooperativeCertificationView;
import jp.yui.query.registry.FindCertificationRegistry;
import jp.yui.query.registry.FindCooperativeCertification;
import jp.yui.query.replay.FindReplayProgress;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.security.AccessRefusedException;
import jp.yui.query.security.Principals;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scope on a real PostgreSQL: the demo cooperative "dozen" (島根県, district 海士町 325252, 西ノ島町, 知夫村), a
 * cooperative in 鳥取県 and one more in 島根県; the demo users and their passwords; sign-in by form and HTTP Basic.
 */
@YuiIntegrationTest
@AutoConfigureMockMvc
class SecurityIntegrationTest {

    static final String DOZEN = DemoDataLoader.COOPERATIVE_ID;
    static final String AMA = "325252";
    static final String OKINOSHIMA = "325287";

    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    String tottori;
    String shimaneNew;

    @BeforeEach
    void cooperatives() throws InterruptedException {
        tottori = "tottori-" + UUID.randomUUID();
        shimaneNew = "shimane-" + UUID.randomUUID();
        SystemActor.run("test", () -> {
            commands.send(new RegisterCooperative(tottori, "鳥取テスト組合", "31", Set.of("312011"), 4, CapUnit.HOURS,
                    null, null));
            commands.send(new RegisterCooperative(shimaneNew, "島根テスト組合", "32", Set.of(AMA), 4, CapUnit.HOURS,
                    null, null));
        });
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (registered(tottori, shimaneNew, DOZEN) < 3) {
            assertThat(System.nanoTime()).as("registry projection caught up").isLessThan(until);
            Thread.sleep(100);
        }
    }

    @AfterEach
    void signOut() {
        Principals.clear();
    }

    private int registered(String... ids) {
        Integer n = jdbc.queryForObject("select count(*) from registry_cooperative where cooperative_id in (?, ?, ?)",
                Integer.class, (Object[]) ids);
        return n == null ? 0 : n;
    }

    private List<WorkerView> workers(YuiPrincipal p, String coop) {
        return Principals.callAs(p, () -> queryGateway.query(new FindWorkers(coop, null),
                ResponseTypes.multipleInstancesOf(WorkerView.class)).join());
    }

    private Optional<CooperativeCertificationView> certification(YuiPrincipal p, String coop) {
        return Principals.callAs(p, () -> queryGateway.query(new FindCooperativeCertification(coop),
                ResponseTypes.optionalInstanceOf(CooperativeCertificationView.class)).join());
    }

    private static void refused(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("refused").isNotNull();
        Throwable c = t;
        while (c != null && !(c instanceof AccessRefusedException)) {
            c = c.getCause();
        }
        assertThat(c).as("an AccessRefusedException in " + t).isInstanceOf(AccessRefusedException.class);
        // how it reaches the caller (gateways dispatching on this thread: thrown as it is)
        assertThat(t).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void managerOfOneCooperativeCannotCommandOrQueryAnother() {
        YuiPrincipal manager = Principals.manager(DOZEN);
        assertThat(workers(manager, DOZEN)).isNotEmpty();
        refused(() -> workers(manager, tottori));
        refused(() -> Principals.runAs(manager, () -> commands.send(
                new AdmitMember(tottori, "m", "組合員", "漁業", LocalDate.of(2026, 4, 1)))));

        Principals.runAs(manager, () -> commands.send(new RecordOfficeCost(DOZEN, 2026, 5_000_000)));
        DomainEventMessage<?> last = eventStore.readEvents(DOZEN).asStream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.getMetaData()).containsEntry("userId", "manager-" + DOZEN).containsEntry("role", "MANAGER");
    }

    @Test
    void municipalityReadsTheCooperativesOfItsDistrictOnly() {
        assertThat(certification(Principals.municipality(AMA), DOZEN)).isPresent();
        assertThat(workers(Principals.municipality(AMA), shimaneNew)).isEmpty();
        refused(() -> certification(Principals.municipality(OKINOSHIMA), DOZEN));
        refused(() -> certification(Principals.municipality(AMA), tottori));
        refused(() -> Principals.runAs(Principals.municipality(AMA), () -> commands.send(
                new RecordOfficeCost(DOZEN, 2026, 1))));
    }

    @Test
    void prefectureReadsItsCooperativesAndDecidesTheirCertification() {
        YuiPrincipal shimane = Principals.prefecture("32");
        assertThat(certification(shimane, DOZEN)).isPresent();
        refused(() -> certification(shimane, tottori));
        assertThat(Principals.callAs(shimane, () -> queryGateway.query(new FindCertificationRegistry("32", null),
                ResponseTypes.multipleInstancesOf(Object.class)).join())).isNotEmpty();
        refused(() -> Principals.callAs(shimane, () -> queryGateway.query(new FindCertificationRegistry("31", null),
                ResponseTypes.multipleInstancesOf(Object.class)).join()));

        Principals.runAs(shimane, () -> commands.send(new CertifyCooperative(shimaneNew, "島根県指令第99号",
                LocalDate.of(2026, 4, 1))));
        assertThat(eventStore.readEvents(shimaneNew).asStream().reduce((a, b) -> b).orElseThrow().getMetaData())
                .containsEntry("userId", "prefecture-32").containsEntry("role", "PREFECTURE");
        refused(() -> Principals.runAs(shimane, () -> commands.send(new CertifyCooperative(tottori, "x",
                LocalDate.of(2026, 4, 1)))));
        refused(() -> Principals.runAs(shimane, () -> commands.send(new RecordOfficeCost(DOZEN, 2026, 1))));
    }

    @Test
    void administratorSeesTheReplayButNoCooperativeAndNobodySeesAnything() {
        YuiPrincipal admin = Principals.administrator();
        assertThat(Principals.callAs(admin, () -> queryGateway.query(new FindReplayProgress(),
                ReplayProgress.class).join())).isNotNull();
        refused(() -> workers(admin, DOZEN));
        refused(() -> queryGateway.query(new FindWorkers(DOZEN, null),
                ResponseTypes.multipleInstancesOf(WorkerView.class)).join());
        refused(() -> commands.send(new RecordOfficeCost(DOZEN, 2026, 1)));
    }

    // ------------------------------------------------------------------ sign-in

    /** The login form's POST (as Vaadin's LoginForm sends it), with Spring's CSRF token, from {@code address}. */
    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void demoUsersHaveBcryptHashes() {
        List<String> hashes = jdbc.queryForList("select password_hash from yui_user where username in "
                + "('manager', 'ama', 'okinoshima', 'shimane', 'admin')", String.class);
        assertThat(hashes).hasSize(5).allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2a$"));
    }

    @Test
    void formLoginChangesTheSessionIdAndIsAudited() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();
        MvcResult result = mvc.perform(login("shimane", "yui-shimane-2026", "10.1.0.1").session(before))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(oldId);
        assertThat(jdbc.queryForList("select success from yui_login_audit where username = 'shimane' "
                + "and remote_address = '10.1.0.1'", Boolean.class)).contains(true);
    }

    @Test
    void fiveFailuresLockTheUsernameAndTheLoginViewSaysSo() throws Exception {
        String address = "10.2.0." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("okinoshima", "wrong-" + i, address)).andExpect(status().is3xxRedirection());
        }
        // the right password from another address: still locked (per username)
        MvcResult locked = mvc.perform(login("okinoshima", "yui-okinoshima-2026", "10.3.0.1")).andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).endsWith("/login?error&locked");
        assertThat(jdbc.queryForList("select reason from yui_login_audit where username = 'okinoshima' "
                + "order by id", String.class)).containsSubsequence("BAD_CREDENTIALS", "BAD_CREDENTIALS", "LOCKED");
        // the address is locked for other usernames too
        MvcResult byAddress = mvc.perform(login("ama", "yui-ama-2026", address)).andReturn();
        assertThat(byAddress.getResponse().getRedirectedUrl()).endsWith("/login?error&locked");
    }

    @Test
    void apiAcceptsBasicAndBearerTokensStatelessly() throws Exception {
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isUnauthorized());
        assertThat(passesSecurity(get("/api/v1/no-such-endpoint").with(r -> {
            r.setRemoteAddr("10.4.0.1");
            r.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("manager:yui-manager-2026".getBytes()));
            return r;
        }))).isTrue();

        String token = SystemActor.call("test", () -> userDirectory.issueApiToken("ama", "test"));
        assertThat(token).matches("yui_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject("select secret_sha256 from yui_api_token where token_id = ?", String.class,
                token.substring(4, 20))).hasSize(64).doesNotContain(token.substring(21));
        assertThat(passesSecurity(get("/api/v1/no-such-endpoint").header("Authorization", "Bearer " + token))).isTrue();
        mvc.perform(get("/api/v1/no-such-endpoint").header("Authorization", "Bearer " + token + "x"))
           .andExpect(status().isUnauthorized());
        // POST without CSRF token is fine on the API (stateless, no cookies)
        assertThat(passesSecurity(post("/api/v1/no-such-endpoint").header("Authorization", "Bearer " + token))).isTrue();
    }

    @Autowired
    JdbcUserDirectory userDirectory;

    /**
     * Whether a request got through the API's filter chain: an answer other than 401/403, or an error from behind the
     * chain (no REST controller exists in this branch: the request reaches Vaadin's servlet forwarding).
     */
    private boolean passesSecurity(MockHttpServletRequestBuilder request) throws Exception {
        try {
            MvcResult r = mvc.perform(request).andReturn();
            return r.getResponse().getStatus() != 401 && r.getResponse().getStatus() != 403
                    && r.getRequest().getSession(false) == null;
        } catch (jakarta.servlet.ServletException e) {
            return true;
        }
    }

    @Test
    void userAdministrationIsForAdministrators() {
        refused(() -> Principals.runAs(Principals.manager(DOZEN), userDirectory::users));
        assertThat(Principals.callAs(Principals.administrator(), userDirectory::users))
                .extracting(r -> r.username()).contains("manager", "ama", "okinoshima", "shimane", "admin");
        Map<String, Object> ama = jdbc.queryForMap("select * from yui_user where username = 'ama'");
        assertThat(ama).containsEntry("role", "MUNICIPALITY").containsEntry("municipality_code", AMA);
    }
}
