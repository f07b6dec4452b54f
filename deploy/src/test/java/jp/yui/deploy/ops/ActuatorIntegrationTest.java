package jp.yui.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Health (with the probes' groups) and the Prometheus scrape are public; the scrape carries Axon's metrics, the
 * processor lag per segment and the cap head-room per cooperative; other actuator endpoints are refused.
 */
@YuiIntegrationTest
@AutoConfigureMockMvc
@AutoConfigureObservability
class ActuatorIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    YuiMetrics metrics;
    @Autowired
    Commands commands;

    @Test
    void healthProbesAndPrometheusArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

        String coop = "metrics-" + System.nanoTime();
        SystemActor.run("metrics-test", () -> commands.send(new RegisterCooperative(coop, "結テスト組合", "32",
                Set.of("325252"), 4, CapUnit.HOURS, DayOfWeek.SUNDAY, null), "metrics-it"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        String scrape = "";
        while (System.nanoTime() < deadline && !scrape.contains("cooperative=\"" + coop + "\"")) {
            Thread.sleep(500);
            metrics.refresh();
            scrape = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
        }
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("yui_processor_lag_events{")))
                .andExpect(content().string(containsString("processor=\"records\"")))
                .andExpect(content().string(containsString("processor=\"plan\"")))
                .andExpect(content().string(containsString("yui_cap_headroom_minutes{")))
                .andExpect(content().string(containsString("cooperative=\"" + coop + "\"")))
                .andExpect(content().string(containsString("commandBus")));
        mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());

        // a cooperative whose ledger did not move keeps its rows without being computed again; an event moves it
        metrics.refresh();
        assertThat(metrics.lastRecomputed()).doesNotContain(coop);
        SystemActor.run("metrics-test", () -> commands.send(new AdmitMember(coop, "m1", "結農園", "農業",
                LocalDate.of(2026, 4, 1)), "metrics-it-2"));
        deadline = System.nanoTime() + 60_000_000_000L;
        boolean recomputed = false;
        while (System.nanoTime() < deadline && !recomputed) {
            Thread.sleep(200);
            metrics.refresh();
            recomputed = metrics.lastRecomputed().contains(coop);
        }
        assertThat(recomputed).isTrue();
        metrics.refresh();
        assertThat(metrics.lastRecomputed()).doesNotContain(coop);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString())
                .contains("cooperative=\"" + coop + "\"");
    }
}
