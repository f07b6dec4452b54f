package jp.yui.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.security.SystemActor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection that fails on one event parks it (and the later events of the same cooperative) in its processing
 * group's dead-letter queue in PostgreSQL while the other cooperatives go on; after the fix the parked events are
 * processed through {@link DeadLetterOperations} and the read model ends correct, in order.
 */
@YuiIntegrationTest
@Import(DeadLetterQueueIntegrationTest.Projection.class)
class DeadLetterQueueIntegrationTest {

    static final String GROUP = "dlq-test";
    private static final String AMA = "325252";
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    /** A test-only projection: per cooperative, what it saw, in order; fails for one cooperative while "broken". */
    @ProcessingGroup(GROUP)
    static class FlakyProjection {

        static volatile String brokenFor;
        static final Map<String, List<String>> MODEL = new ConcurrentHashMap<>();

        @EventHandler
        void on(CooperativeRegistered e) {
            add(e.cooperativeId(), "registered");
        }

        @EventHandler
        void on(MemberAdmitted e) {
            if (e.cooperativeId().equals(brokenFor)) {
                throw new IllegalStateException("a bug in this projection for " + e.clientId());
            }
            add(e.cooperativeId(), "member " + e.clientId());
        }

        private static void add(String coop, String what) {
            MODEL.computeIfAbsent(coop, k -> Collections.synchronizedList(new ArrayList<>())).add(what);
        }

        static List<String> of(String coop) {
            List<String> seen = MODEL.get(coop);
            return seen == null ? List.of() : List.copyOf(seen);
        }
    }

    @TestConfiguration
    static class Projection {
        @Bean
        FlakyProjection flakyProjection() {
            return new FlakyProjection();
        }
    }

    @Autowired
    Commands commands;
    @Autowired
    DeadLetterOperations operations;
    @Autowired
    JdbcTemplate jdbc;

    private void cooperative(String coop, String... members) {
        SystemActor.run("dlq-test", () -> {
            commands.send(new RegisterCooperative(coop, "結テスト組合", "32", Set.of(AMA), 4, CapUnit.HOURS,
                    DayOfWeek.SUNDAY, null), "dlq-it");
            for (String m : members) {
                commands.send(new AdmitMember(coop, m, "組合員 " + m, "漁業", LocalDate.parse("2021-06-01")), "dlq-it");
            }
        });
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " did not happen within " + CATCH_UP);
    }

    private long parked(String coop) {
        return jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ? "
                + "and aggregate_identifier = ?", Long.class, GROUP, coop);
    }

    @Test
    void failingEventIsParkedTheRestGoesOnAndAfterTheFixItIsProcessed() throws Exception {
        String broken = "dlq-broken-" + System.nanoTime();
        String healthy = "dlq-healthy-" + System.nanoTime();
        FlakyProjection.brokenFor = broken;

        cooperative(broken, "m1", "m2");
        cooperative(healthy, "h1");

        // the healthy cooperative is fully projected; the broken one stops before m1, and m1 and m2 are parked
        await("the healthy cooperative's projection", () -> FlakyProjection.of(healthy).size() == 2);
        await("parking both later events of the broken cooperative", () -> parked(broken) == 2);
        assertThat(FlakyProjection.of(healthy)).containsExactly("registered", "member h1");
        assertThat(FlakyProjection.of(broken)).containsExactly("registered");
        assertThat(operations.parked()).containsKey(GROUP).containsKey("plan");
        assertThat(operations.parked().get(GROUP)).isGreaterThanOrEqualTo(2L);
        assertThat(jdbc.queryForObject("select cause_message from dead_letter_entry where processing_group = ? "
                + "and aggregate_identifier = ? order by sequence_index limit 1", String.class, GROUP, broken))
                .contains("a bug in this projection for m1");

        // processing before the fix: still failing, still parked, nothing lost
        operations.processAll(GROUP);
        assertThat(parked(broken)).isEqualTo(2);
        assertThat(FlakyProjection.of(broken)).containsExactly("registered");

        // the fix, then the administrator's operation
        FlakyProjection.brokenFor = null;
        DeadLetterOperations.Outcome outcome = operations.processAll(GROUP);
        assertThat(outcome.sequencesProcessed()).isGreaterThanOrEqualTo(1);
        assertThat(parked(broken)).isZero();
        assertThat(FlakyProjection.of(broken)).containsExactly("registered", "member m1", "member m2");

        // and new events of that cooperative flow normally again
        SystemActor.run("dlq-test", () -> commands.send(new AdmitMember(broken, "m3", "組合員 m3", "漁業",
                LocalDate.parse("2022-06-01")), "dlq-it"));
        await("the next event after the fix", () -> FlakyProjection.of(broken).size() == 4);
        assertThat(FlakyProjection.of(broken)).endsWith("member m3");
    }
}
