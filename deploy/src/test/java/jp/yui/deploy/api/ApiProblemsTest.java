package jp.yui.deploy.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.yui.command.api.RuleViolationException;
import jp.yui.query.security.AccessRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Fast tests (no Spring context) of the problem mapping and of the idempotency hash. */
class ApiProblemsTest {

    @RestController
    static class Throwing {
        @GetMapping("/t/refused/{id}")
        String refused(@PathVariable String id) {
            throw new AccessRefusedException("manager of another cooperative");
        }

        @GetMapping("/t/unknown/{id}")
        String unknown(@PathVariable String id) {
            throw ApiProblemException.notFound();
        }

        @GetMapping("/t/wrapped")
        String wrapped() {
            throw new CompletionException(new RuleViolationException("R-CAP-2", "上限を超えます", "over the cap",
                    Map.of("capPercent", 20)));
        }

        @GetMapping("/t/bug")
        String bug() {
            throw new IllegalStateException("secret internals");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Throwing()).setControllerAdvice(new ApiProblems()).build();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode problem(String url, int status) throws Exception {
        MvcResult r = mvc.perform(get(url)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        return json.readTree(r.getResponse().getContentAsByteArray());
    }

    @Test
    void accessRefusedLooksExactlyLikeAnUnknownId() throws Exception {
        JsonNode refused = problem("/t/refused/x", 404);
        JsonNode unknown = problem("/t/unknown/x", 404);
        assertThat(refused.path("type").asText()).isEqualTo(ApiProblems.NOT_FOUND);
        ((com.fasterxml.jackson.databind.node.ObjectNode) refused).remove("instance");
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknown).remove("instance");
        assertThat(refused).isEqualTo(unknown);
        assertThat(refused.toString()).doesNotContain("another cooperative");
    }

    @Test
    void wrappedRuleViolationIsUnwrapped() throws Exception {
        JsonNode p = problem("/t/wrapped", 422);
        assertThat(p.path("type").asText()).isEqualTo(ApiProblems.RULE_VIOLATION);
        assertThat(p.path("ruleId").asText()).isEqualTo("R-CAP-2");
        assertThat(p.path("messageJa").asText()).isEqualTo("上限を超えます");
        assertThat(p.path("figures").path("capPercent").asInt()).isEqualTo(20);
    }

    @Test
    void realFaultsAre500WithoutDetails() throws Exception {
        JsonNode p = problem("/t/bug", 500);
        assertThat(p.path("type").asText()).isEqualTo(ApiProblems.INTERNAL);
        assertThat(p.toString()).doesNotContain("secret");
    }

    @Test
    void canonicalJsonIgnoresKeyAndSetOrder() throws Exception {
        JsonNode a = json.readTree("{\"b\":[\"2\",\"1\"],\"a\":{\"y\":1,\"x\":2}}");
        JsonNode b = json.readTree("{\"a\":{\"x\":2,\"y\":1},\"b\":[\"1\",\"2\"]}");
        assertThat(ApiCommandExecutor.canonical(a).toString()).isEqualTo(ApiCommandExecutor.canonical(b).toString());
        JsonNode c = json.readTree("{\"a\":{\"x\":3,\"y\":1},\"b\":[\"1\",\"2\"]}");
        assertThat(ApiCommandExecutor.canonical(c).toString()).isNotEqualTo(ApiCommandExecutor.canonical(b).toString());
    }
}
