package jp.yui.deploy.api;

import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.query.security.SystemActor;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Role × scope over every endpoint family: each role against an in-scope and an out-of-scope cooperative (or
 * municipality, prefecture). Out of scope answers 404 with the same problem as an unknown id.
 * <p>
 * Cells whose answer the security rules leave open are not asserted.
 */
@Tag("scope-matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiScopeMatrixTest extends ApiTestSupport {

    private String a;
    private String b;

    @BeforeAll
    void cooperatives() {
        a = fresh("scope-a");
        b = fresh("scope-b");
        fixture(a); // district 海士町・西ノ島町
        SystemActor.run("api-test-fixture", () -> {
            String user = SystemActor.userId("api-test-fixture");
            commands.send(new RegisterCooperative(b, "範囲外組合 " + b, "32", Set.of(CHIBU), 4, CapUnit.HOURS,
                    DayOfWeek.SUNDAY, null), user);
            commands.send(new CertifyCooperative(b, "島根県指令第2号", LocalDate.of(2021, 6, 1)), user);
        });
    }

    /** The GET families, for one cooperative. */
    private static List<String> families(String coop) {
        String c = "/api/v1/cooperatives/" + coop;
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        return List.of(c, c + "/as-of/" + today, c + "/members", c + "/clients", c + "/workers", c + "/plan/2026",
                c + "/ratio/2026", c + "/ratio/2026.csv", c + "/ledger", c + "/ledger.csv", c + "/reports/annual/2026",
                c + "/reports/dispatch-business/2026", c + "/subsidy/2026", c + "/audit");
    }

    private record Cell(String who, RequestPostProcessor user, MockHttpServletRequestBuilder request, int expected) {
    }

    @Test
    @DisplayName("each role × in-scope / out-of-scope × every endpoint family")
    void matrix() throws Exception {
        // wait until both cooperatives are in the read models (as the system: a prefecture user of 32 sees both)
        awaitOk("/api/v1/cooperatives/" + a + "/workers", prefecture("32"));
        awaitOk("/api/v1/cooperatives/" + b, prefecture("32"));

        List<Cell> cells = new ArrayList<>();
        for (String url : families(a)) {
            cells.add(new Cell("manager A → A", manager(a), get(url), 200));
            cells.add(new Cell("municipality 海士町 → A", municipality(AMA), get(url), 200));
            cells.add(new Cell("prefecture 32 → A", prefecture("32"), get(url), 200));
            cells.add(new Cell("prefecture 31 → A", prefecture("31"), get(url), 404));
            cells.add(new Cell("admin → A", admin(), get(url), 404));
        }
        for (String url : families(b)) {
            cells.add(new Cell("manager A → B", manager(a), get(url), 404));
            cells.add(new Cell("municipality 海士町 → B", municipality(AMA), get(url), 404));
            cells.add(new Cell("prefecture 32 → B", prefecture("32"), get(url), 200));
        }
        cells.add(new Cell("prefecture 32 → registry 32", prefecture("32"), get("/api/v1/prefectures/32/registry"), 200));
        cells.add(new Cell("prefecture 31 → registry 32", prefecture("31"), get("/api/v1/prefectures/32/registry"), 404));
        cells.add(new Cell("municipality 海士町 → its list", municipality(AMA),
                get("/api/v1/municipalities/" + AMA + "/cooperatives"), 200));
        cells.add(new Cell("municipality 隠岐の島町 → 海士町's list", municipality(OKINOSHIMA),
                get("/api/v1/municipalities/" + AMA + "/cooperatives"), 404));
        cells.add(new Cell("municipality 海士町 → its subsidy", municipality(AMA),
                get("/api/v1/municipalities/" + AMA + "/subsidy/2026"), 200));
        cells.add(new Cell("municipality 隠岐の島町 → 海士町's subsidy", municipality(OKINOSHIMA),
                get("/api/v1/municipalities/" + AMA + "/subsidy/2026"), 404));
        cells.add(new Cell("admin → replay", admin(), get("/api/v1/admin/replay"), 200));
        cells.add(new Cell("manager → replay", manager(a), get("/api/v1/admin/replay"), 404));
        cells.add(new Cell("manager → start a replay", manager(a), post("/api/v1/admin/replay"), 404));

        // commands: a manager writes its own cooperative only; municipalities never write; a prefecture decides
        // certifications of its own prefecture
        cells.add(new Cell("manager A → admit in A", manager(a), json(post("/api/v1/cooperatives/" + a + "/members"),
                admit(fresh("c"))), 201));
        cells.add(new Cell("manager A → admit in B", manager(a), json(post("/api/v1/cooperatives/" + b + "/members"),
                admit(fresh("c"))), 404));
        cells.add(new Cell("municipality → admit in A", municipality(AMA),
                json(post("/api/v1/cooperatives/" + a + "/members"), admit(fresh("c"))), 404));
        cells.add(new Cell("admin → admit in A", admin(),
                json(post("/api/v1/cooperatives/" + a + "/members"), admit(fresh("c"))), 404));
        cells.add(new Cell("prefecture 31 → district change of A", prefecture("31"),
                json(post("/api/v1/cooperatives/" + a + "/district-changes"), districtChange()), 404));
        cells.add(new Cell("prefecture 32 → district change of A", prefecture("32"),
                json(post("/api/v1/cooperatives/" + a + "/district-changes"), districtChange()), 200));

        String unknownBody = mvc.perform(get("/api/v1/cooperatives/" + fresh("nobody")).with(prefecture("32")))
                .andReturn().getResponse().getContentAsString();
        SoftAssertions soft = new SoftAssertions();
        for (Cell cell : cells) {
            long before = events(a) + events(b);
            MvcResult r = mvc.perform(cell.request().with(cell.user())).andReturn();
            String uri = r.getRequest().getRequestURI();
            soft.assertThat(r.getResponse().getStatus()).as(cell.who() + " " + uri + " → "
                    + r.getResponse().getContentAsString()).isEqualTo(cell.expected());
            if (cell.expected() == 404 && r.getResponse().getStatus() == 404) {
                soft.assertThat(objectMapper.readTree(r.getResponse().getContentAsString()).path("detail"))
                        .as(cell.who() + " " + uri + ": same body as an unknown id")
                        .isEqualTo(objectMapper.readTree(unknownBody).path("detail"));
                soft.assertThat(events(a) + events(b)).as(cell.who() + " " + uri + ": nothing written").isEqualTo(before);
            }
        }
        soft.assertAll();
        assertThat(cells).hasSizeGreaterThan(100);
    }

    private static String admit(String clientId) {
        return "{\"clientId\":\"%s\",\"name\":\"新組合員\",\"industry\":\"漁業\",\"joinedOn\":\"2026-04-01\"}".formatted(clientId);
    }

    private static String districtChange() {
        return "{\"districtMunicipalities\":[\"%s\",\"%s\",\"%s\"],\"effectiveOn\":\"%s\"}"
                .formatted(AMA, NISHINOSHIMA, CHIBU, "2027-0" + (1 + (int) (Math.random() * 8)) + "-01");
    }
}
