package jp.yui.deploy.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jp.yui.deploy.demo.DemoDataLoader;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.HomeView;
import jp.yui.ui.admin.ReplayView;
import jp.yui.ui.admin.UsersView;
import jp.yui.ui.imports.ImportView;
import jp.yui.ui.integrity.IntegrityView;
import jp.yui.ui.login.LoginView;
import jp.yui.ui.manager.ActualHoursView;
import jp.yui.ui.manager.AssignmentView;
import jp.yui.ui.manager.DashboardView;
import jp.yui.ui.manager.LedgerView;
import jp.yui.ui.manager.MembersView;
import jp.yui.ui.manager.PlanBoardView;
import jp.yui.ui.manager.WorkersView;
import jp.yui.ui.manager.YearCloseView;
import jp.yui.ui.municipality.MunicipalityView;
import jp.yui.ui.planner.PlannerView;
import jp.yui.ui.prefecture.AsOfView;
import jp.yui.ui.prefecture.AuditView;
import jp.yui.ui.prefecture.RegistryView;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which screen (issue 7): every {@code @Route} view of the ui module — found by scanning, and compared
 * with the explicit table below so that a new view without an entry, or a changed access annotation, fails — navigated
 * with Karibu-Testing on the application's Spring context as anonymous, manager, municipality, prefecture and
 * administrator. Anonymous requests over real HTTP: every view but the login view is redirected to {@code /login}, and
 * every REST endpoint (from the request mappings) answers 401 with a problem document.
 */
@YuiIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the context of ApiFuzzTest
class ViewAccessMatrixTest {

    enum Who { ANONYMOUS, MANAGER, MUNICIPALITY, PREFECTURE, ADMIN }

    /** What happens when {@code who} opens a view. */
    enum Outcome {
        /** the view opens (for "/", the role's main view opens). */
        ALLOWED,
        /** refused: the navigation ends in an error view, not in the view. */
        REFUSED,
        /** the anonymous user is sent to the login view. */
        LOGIN
    }

    static final Outcome A = Outcome.ALLOWED;
    static final Outcome R = Outcome.REFUSED;
    static final Outcome L = Outcome.LOGIN;

    /** The expected matrix: view → {anonymous, manager, municipality, prefecture, administrator}. */
    static final Map<Class<? extends Component>, List<Outcome>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(LoginView.class, List.of(A, A, A, A, A));
        EXPECTED.put(HomeView.class, List.of(L, A, A, A, A));
        EXPECTED.put(DashboardView.class, List.of(L, A, R, R, R));
        EXPECTED.put(PlanBoardView.class, List.of(L, A, R, R, R));
        EXPECTED.put(AssignmentView.class, List.of(L, A, R, R, R));
        EXPECTED.put(ActualHoursView.class, List.of(L, A, R, R, R));
        EXPECTED.put(MembersView.class, List.of(L, A, R, R, R));
        EXPECTED.put(WorkersView.class, List.of(L, A, R, R, R));
        EXPECTED.put(LedgerView.class, List.of(L, A, R, R, R));
        EXPECTED.put(YearCloseView.class, List.of(L, A, R, R, R));
        EXPECTED.put(ImportView.class, List.of(L, A, R, R, R));
        EXPECTED.put(PlannerView.class, List.of(L, A, R, R, R));
        EXPECTED.put(MunicipalityView.class, List.of(L, R, A, R, R));
        EXPECTED.put(RegistryView.class, List.of(L, R, R, A, R));
        EXPECTED.put(AsOfView.class, List.of(L, R, R, A, R));
        EXPECTED.put(AuditView.class, List.of(L, R, R, A, R));
        EXPECTED.put(IntegrityView.class, List.of(L, R, R, A, R));
        EXPECTED.put(ReplayView.class, List.of(L, R, R, R, A));
        EXPECTED.put(UsersView.class, List.of(L, R, R, R, A));
    }

    /** REST paths anyone may read: the API's description and the monitoring endpoints (README, Security). */
    static final List<Pattern> PUBLIC = List.of(Pattern.compile("/v3/api-docs.*"), Pattern.compile("/swagger-ui.*"),
            Pattern.compile("/actuator/(health|info|prometheus).*"));

    static final YuiPrincipal MANAGER = YuiPrincipal.manager("manager", "島前の事務局", DemoDataLoader.COOPERATIVE_ID);
    static final YuiPrincipal AMA = YuiPrincipal.municipality("ama", "海士町", "325252");
    static final YuiPrincipal SHIMANE = YuiPrincipal.prefecture("shimane", "島根県", "32");
    static final YuiPrincipal ADMIN = YuiPrincipal.administrator("admin", "管理者");

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper objectMapper;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    static YuiPrincipal principal(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case MANAGER -> MANAGER;
            case MUNICIPALITY -> AMA;
            case PREFECTURE -> SHIMANE;
            case ADMIN -> ADMIN;
        };
    }

    void open(YuiPrincipal principal) {
        Authentication auth = principal == null ? null : new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(principal.role().authority())));
        SecurityContextHolder.clearContext();
        if (auth != null) {
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (auth != null) {
                request.setUserPrincipalInt(auth);
            }
            request.setUserInRole((p, role) -> auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("jp.yui"), context, uiFactory));
        UI.getCurrent().setLocale(java.util.Locale.JAPANESE);
    }

    @SuppressWarnings("unchecked")
    static Set<Class<? extends Component>> routeViews() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new java.util.HashSet<>();
        for (var bd : scanner.findCandidateComponents("jp.yui.ui")) {
            views.add((Class<? extends Component>) Class.forName(bd.getBeanClassName()));
        }
        return views;
    }

    /** Opens {@code view} as {@code who} and tells what happened. */
    String navigate(Class<? extends Component> view, Who who) {
        open(principal(who));
        try {
            UI.getCurrent().navigate(view);
        } catch (RuntimeException refused) {
            // Karibu's error views (route not found / access denied) throw: the navigation was refused
            return refusal(view, who, refused.getClass().getSimpleName());
        }
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Object shown = chain.isEmpty() ? null : chain.get(0);
        if (shown == null) {
            return "NOTHING";
        }
        if (view.isInstance(shown)) {
            return Outcome.ALLOWED.name();
        }
        if (view == HomeView.class && who != Who.ANONYMOUS
                && HomeView.mainViewOf(principal(who).role()).isInstance(shown)) {
            return Outcome.ALLOWED.name();
        }
        if (shown instanceof LoginView) {
            return Outcome.LOGIN.name();
        }
        String name = shown.getClass().getSimpleName();
        return name.contains("NotFound") || name.contains("AccessDenied") || name.contains("Error")
                ? refusal(view, who, name) : "FORWARDED to " + name;
    }

    /**
     * A navigation that ended in an error view is a refusal only when the view's access annotation refuses the user
     * (Karibu's access-denied view throws, and Vaadin then shows its internal-error view): a view that the
     * annotation allows but that failed to open is reported as CRASHED, not as refused.
     */
    static String refusal(Class<? extends Component> view, Who who, String how) {
        YuiPrincipal p = principal(who);
        Authentication auth = p == null ? null : new UsernamePasswordAuthenticationToken(p, null,
                List.of(new SimpleGrantedAuthority(p.role().authority())));
        boolean annotationAllows = new com.vaadin.flow.server.auth.AccessAnnotationChecker().hasAccess(view, auth,
                role -> auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
        return (annotationAllows ? "CRASHED" : Outcome.REFUSED.name()) + " (" + how + ")";
    }

    @Test
    void everyViewIsInTheTableAndEachRoleOpensExactlyItsViews() throws Exception {
        Set<Class<? extends Component>> found = routeViews();
        assertThat(found).as("the @Route views of the ui module; add a new one to EXPECTED")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        List<String> wrong = new ArrayList<>();
        Map<String, String> matrix = new TreeMap<>();
        for (var entry : EXPECTED.entrySet()) {
            for (Who who : Who.values()) {
                Outcome expected = entry.getValue().get(who.ordinal());
                String actual = navigateSettled(entry.getKey(), who, expected);
                tearDown();
                matrix.put(entry.getKey().getSimpleName() + " × " + who, actual);
                if (!actual.startsWith(expected.name())) {
                    wrong.add(entry.getKey().getSimpleName() + " as " + who + ": expected " + expected + ", got " + actual);
                }
            }
        }
        matrix.forEach((k, v) -> System.out.println("VIEW ACCESS " + k + " -> " + v));
        assertThat(wrong).isEmpty();
    }

    /** An allowed view reads the read models; right after start they may still be catching up: retry a while. */
    String navigateSettled(Class<? extends Component> view, Who who, Outcome expected) throws InterruptedException {
        String actual = navigate(view, who);
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (expected == Outcome.ALLOWED && !actual.startsWith(expected.name()) && System.nanoTime() < end) {
            tearDown();
            Thread.sleep(500);
            actual = navigate(view, who);
        }
        return actual;
    }

    @Test
    void anonymousBrowsersAreSentToTheLoginPageForEveryViewButLogin() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Class<? extends Component> view : routeViews()) {
            String path = "/" + view.getAnnotation(Route.class).value();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (view == LoginView.class) {
                if (r.statusCode() != 200) {
                    wrong.add(path + " answered " + r.statusCode());
                }
                continue;
            }
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || !location.endsWith("/login")) {
                wrong.add(path + " answered " + r.statusCode() + " " + location);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRestEndpointRefusesAnonymousRequestsWith401Problems() throws Exception {
        Set<String> checked = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String path = pattern.replaceAll("\\{[^}]+}", "x1").replace("/**", "/any/thing");
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        if (!checked.add(method + " " + path)) {
                            continue;
                        }
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "application/json").timeout(Duration.ofSeconds(30));
                        b.method(method.name(), method == RequestMethod.GET || method == RequestMethod.DELETE
                                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
                        if (method != RequestMethod.GET && method != RequestMethod.DELETE) {
                            b.header("Content-Type", "application/json");
                        }
                        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                        boolean isPublic = PUBLIC.stream().anyMatch(p -> p.matcher(path).matches());
                        if (path.startsWith("/api/")) {
                            String ct = r.headers().firstValue("Content-Type").orElse("");
                            JsonNode body = r.body().isEmpty() ? null : objectMapper.readTree(r.body());
                            if (r.statusCode() != 401 || !ct.startsWith("application/problem+json") || body == null
                                    || body.path("status").asInt() != 401 || body.path("type").asText("").isBlank()
                                    || r.headers().allValues("WWW-Authenticate").isEmpty()) {
                                wrong.add(method + " " + path + " answered " + r.statusCode() + " " + ct + " " + r.body());
                            }
                        } else if (!isPublic && !path.equals("/error")) {
                            // anything else of the application (not the API) needs a signed-in user too
                            String location = r.headers().firstValue("Location").orElse("");
                            if (!(r.statusCode() == 302 && location.endsWith("/login")) && r.statusCode() != 401
                                    && r.statusCode() != 403) {
                                wrong.add(method + " " + path + " answered " + r.statusCode() + " " + location);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("anonymous checks of request mappings: " + checked.size());
        assertThat(checked).anyMatch(s -> s.contains("/api/v1/cooperatives/x1/assignments"));
        assertThat(wrong).isEmpty();
        // the documented public endpoints do answer anonymously
        for (String path : List.of("/v3/api-docs", "/actuator/health", "/actuator/info", "/actuator/prometheus")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
        }
        // and the other actuator endpoints do not
        HttpResponse<String> env = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/env"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(env.statusCode()).isIn(401, 403, 404);
    }
}
