package jp.yui.deploy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import org.junit.jupiter.api.Test;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * CSV import through the REST API into the event store and on to the read models: valid files (UTF-8 with BOM and
 * Shift_JIS) are recorded and reach the plan; a file with one refused row answers 422 and records nothing.
 */
@YuiIntegrationTest
@AutoConfigureMockMvc
class ImportApiIntegrationTest {

    private static final String AMA = "325252";

    @Autowired
    MockMvc mvc;
    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcTemplate jdbc;

    private static Authentication manager(String coop) {
        YuiPrincipal p = YuiPrincipal.manager("import-it", "取込テスト", coop);
        return new UsernamePasswordAuthenticationToken(p, null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER")));
    }

    private String newCooperative() {
        String coop = "import-it-" + System.nanoTime();
        SystemActor.run("import integration test setup", () -> {
            commands.send(new RegisterCooperative(coop, "取込テスト組合", "32", Set.of(AMA), 4, CapUnit.HOURS,
                    DayOfWeek.SUNDAY, null), "import-it");
            commands.send(new CertifyCooperative(coop, "島根県指令第99号", LocalDate.of(2021, 6, 1)), "import-it");
        });
        return coop;
    }

    private long events(String coop) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, coop);
    }

    private MockHttpServletRequestBuilder upload(String coop, String kind, boolean dryRun, byte[] body) {
        return post("/api/v1/cooperatives/{id}/imports/{kind}", coop, kind).param("dryRun", String.valueOf(dryRun))
                .contentType(new MediaType("text", "csv")).content(body).with(authentication(manager(coop)))
                .with(csrf());
    }

    private static byte[] utf8Bom(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    private <R> R await(Object query, Class<R> type, Predicate<R> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        R last = null;
        while (System.nanoTime() < deadline) {
            last = SystemActor.call("import integration test query", () -> {
                try {
                    return queryGateway.query(query, type).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the read model did not catch up; last answer: " + last);
    }

    @Test
    void validFilesAreRecordedAndReachThePlan() throws Exception {
        String coop = newCooperative();
        byte[] members = utf8Bom("組合員ID,名称,業種,加入日\r\n"
                + "setnet,株式会社 崎の定置網,漁業,R3.6.1\r\n"
                + "inn,\"民宿 はまなす, 本館\",宿泊業,2022/4/1\r\n");
        // the preview records nothing
        long before = events(coop);
        mvc.perform(upload(coop, "members", true, members))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.rowCount").value(2))
                .andExpect(jsonPath("$.problems").isEmpty());
        assertThat(events(coop)).isEqualTo(before);

        mvc.perform(upload(coop, "members", false, members))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.charset").value("UTF-8"));
        assertThat(events(coop)).isEqualTo(before + 2);

        // Shift_JIS as Excel saves it, the encoding detected
        byte[] workers = ("職員ID,氏名,生年月日,雇入れ日,雇用形態,住所の市町村コード,技能,前職の派遣先ID,前職の離職日\r\n"
                + "w1,髙橋 陽菜,H10.5.12,R4.4.1,無期雇用,32525,漁業、接客,,\r\n"
                + "w2,田中 大翔,1995/11/3,2026-04-01,無期,325252,,inn,2026-03-31\r\n")
                .getBytes(ImportEncoding31J.CHARSET);
        mvc.perform(upload(coop, "workers", false, workers))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.charset").value("windows-31j"));

        byte[] assignments = utf8Bom("派遣ID,種別,職員ID,派遣先ID,業務内容,就業場所の市町村コード,開始日,終了日,月,火,水,木,金,土,日,祝日を除く,時間単価（円）\r\n"
                + "a1,派遣,w1,setnet,定置網の水揚げ,325252,2026-10-05,2026-10-09,8,8,8,8,8,,,はい,\"1,100\"\r\n"
                + "a2,派遣,w2,setnet,加工,325252,2026-12-01,2026-12-04,6,6,6,6,6,,,,1200\r\n");
        mvc.perform(upload(coop, "assignments", false, assignments))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(true));
        byte[] actual = utf8Bom("派遣ID,年月,5日,6日,7日,8日,9日\r\na1,2026-10,8,7.5,8,7:30,\r\n");
        mvc.perform(upload(coop, "actual-hours", false, actual))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(true));

        YearPlan plan = await(new FindYearPlan(coop, 2026), YearPlan.class,
                p -> p.workers().size() == 2 && p.workers().get(0).actualMinutes() == 480 + 450 + 480 + 450);
        assertThat(plan.workers()).extracting(w -> w.name()).containsExactly("髙橋 陽菜", "田中 大翔");
        assertThat(plan.workers().get(0).clientIds()).containsExactly("setnet");
        assertThat(plan.workers().get(1).days()).extracting(PlanDay::plannedMinutes).containsOnly(360);
    }

    @Test
    void aFileWithOneRefusedRowAnswers422AndRecordsNothing() throws Exception {
        String coop = newCooperative();
        long before = events(coop);
        byte[] members = utf8Bom("組合員ID,名称,加入日\r\n"
                + "m1,一番目,2026-04-01\r\n"
                + "m2,二番目,2026-04-01\r\n"
                + "m1,重複,2026-05-01\r\n"     // already a member from row 2 on: refused by the aggregate
                + "m4,四番目,2026-04-01\r\n");
        mvc.perform(upload(coop, "members", false, members))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:yui:problem:import"))
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(4))
                .andExpect(jsonPath("$.problems[0].column").value("加入日"));
        // a cell that cannot be read: 422 too, with row and column
        mvc.perform(upload(coop, "members", false, utf8Bom("組合員ID,名称,加入日\r\nm1,一番目,R7.13.1\r\n")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("加入日"));
        assertThat(events(coop)).isEqualTo(before);
    }

    @Test
    void onlyTheCooperativesManagerMayImportAndTemplatesAreCsvWithBom() throws Exception {
        String coop = newCooperative();
        mvc.perform(post("/api/v1/cooperatives/{id}/imports/members", coop)
                        .contentType(new MediaType("text", "csv")).content("組合員ID,名称,加入日\r\nm1,x,2026-04-01\r\n")
                        .with(authentication(manager("some-other-cooperative"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(upload(coop, "no-such-kind", false, utf8Bom("a\r\n")))
                .andExpect(status().isNotFound());
        byte[] template = mvc.perform(get("/api/v1/cooperatives/{id}/imports/workers/template", coop)
                        .with(authentication(manager(coop))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(template[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(template, StandardCharsets.UTF_8)).contains("職員ID,氏名,生年月日");
    }

    private static final class ImportEncoding31J {
        static final java.nio.charset.Charset CHARSET = java.nio.charset.Charset.forName("windows-31j");
    }
}
