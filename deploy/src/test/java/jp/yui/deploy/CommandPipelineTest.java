package jp.yui.deploy;

import jp.yui.deploy.command.Commands;
import jp.yui.query.support.TestDatabase;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import testfixture.axon.PingCounter;
import testfixture.axon.PingCounter.Ping;
import testfixture.axon.PingCounter.Pinged;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commands through the whole pipeline, with a test aggregate configured like the Cooperative one: userId metadata,
 * injected domain beans, snapshots, no retry of refusals, and retry when two nodes append to the same aggregate.
 */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest(properties = {"yui.snapshot.threshold=5", "yui.command.retry.max-retries=10"})
@Import(PingCounter.class)
class CommandPipelineTest {

    @Autowired
    Commands commands;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsCarryTheSendersUserIdAndHandlersGetTheDomainBeans() {
        String id = "counter-" + UUID.randomUUID();
        Integer count = commands.send(new Ping(id, false), "alice");
        assertThat(count).isEqualTo(1);

        DomainEventMessage<?> event = eventStore.readEvents(id).next();
        assertThat(event.getMetaData()).containsEntry("userId", "alice");
        assertThat(event.getMetaData()).containsKeys("correlationId", "traceId");
        assertThat(event.getPayload()).isEqualTo(new Pinged(id, 1, "Asia/Tokyo", "2025-07-01", true));
    }

    @Test
    void commandsOfTheSystemWithoutUserIdAreAttributedToItsPurpose() {
        String id = "counter-" + UUID.randomUUID();
        commandGateway.sendAndWait(new Ping(id, false));

        assertThat(eventStore.readEvents(id).next().getMetaData())
                .containsEntry("userId", jp.yui.query.security.SystemActor.userId(jp.yui.deploy.support.RunAsSystem.PURPOSE))
                .containsEntry("role", "SYSTEM");
    }

    @Test
    void commandsOfNobodyAreRefused() throws Exception {
        String id = "counter-" + UUID.randomUUID();
        // a thread with neither a signed-in user nor a system actor: fail closed
        java.util.concurrent.CompletableFuture<Void> sent = java.util.concurrent.CompletableFuture.runAsync(
                () -> commands.send(new Ping(id, false), "alice"));
        assertThatThrownBy(sent::join).hasCauseInstanceOf(jp.yui.query.security.AccessRefusedException.class);
        assertThat(eventStore.lastSequenceNumberFor(id)).isEmpty();
    }

    @Test
    void refusalsReachTheCallerUnwrappedAndAreNotRetried() {
        String id = "counter-" + UUID.randomUUID();
        commands.send(new Ping(id, false), "alice");
        int before = PingCounter.HANDLER_INVOCATIONS.get();

        assertThatThrownBy(() -> commands.send(new Ping(id, true), "alice"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("refused by the rules");
        assertThat(PingCounter.HANDLER_INVOCATIONS.get() - before).isEqualTo(1);
        assertThatThrownBy(() -> commands.send(new Ping(id, false), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshotsAreTakenAfterTheConfiguredNumberOfEvents() {
        String id = "counter-" + UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            commands.send(new Ping(id, false), "alice");
        }
        Long snapshotSequence = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
        assertThat(snapshotSequence).isNotNull().isGreaterThanOrEqualTo(4L);
        // The aggregate still loads correctly from snapshot + later events.
        assertThat((Integer) commands.send(new Ping(id, false), "alice")).isEqualTo(13);
    }

    @Test
    void twoNodesAppendingToTheSameAggregateRetryInsteadOfFailing(@Autowired ConfigurableApplicationContext node1)
            throws Exception {
        TestDatabase db = TestDatabase.get();
        // Spring Security's context holder strategy is static: the second node's (Vaadin-aware) strategy would replace
        // the first node's for the rest of this JVM, and node 1's filters and interceptors would no longer see the
        // same holder. Two nodes in one JVM exist only in this test; restore node 1's strategy afterwards.
        org.springframework.security.core.context.SecurityContextHolderStrategy node1Strategy =
                org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        try {
        try (ConfigurableApplicationContext node2 = new SpringApplicationBuilder(YuiApplication.class, PingCounter.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0",
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                        "yui.snapshot.threshold=5", "yui.command.retry.max-retries=10")
                .run()) {
            String id = "counter-" + UUID.randomUUID();
            Commands[] nodes = {node1.getBean(Commands.class), node2.getBean(Commands.class)};
            int threadsPerNode = 2;
            int commandsPerThread = 15;
            int invocationsBefore = PingCounter.HANDLER_INVOCATIONS.get();

            ExecutorService pool = Executors.newFixedThreadPool(nodes.length * threadsPerNode);
            try {
                List<Future<?>> results = new ArrayList<>();
                for (Commands node : nodes) {
                    for (int t = 0; t < threadsPerNode; t++) {
                        results.add(pool.submit(() -> {
                            for (int i = 0; i < commandsPerThread; i++) {
                                jp.yui.query.security.SystemActor.run(jp.yui.deploy.support.RunAsSystem.PURPOSE,
                                        () -> node.send(new Ping(id, false), "node-test"));
                            }
                            return null;
                        }));
                    }
                }
                for (Future<?> result : results) {
                    result.get(2, TimeUnit.MINUTES); // rethrows any command that failed for good
                }
            } finally {
                pool.shutdownNow();
            }

            int total = nodes.length * threadsPerNode * commandsPerThread;
            List<Long> sequences = jdbc.queryForList(
                    "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                            + "ORDER BY sequence_number", Long.class, id);
            assertThat(sequences).hasSize(total);
            assertThat(sequences.get(total - 1)).isEqualTo(total - 1);
            int retries = PingCounter.HANDLER_INVOCATIONS.get() - invocationsBefore - total;
            System.out.printf("Two nodes, %d commands on one aggregate: %d handler re-executions after conflicts%n",
                    total, retries);
        }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(node1Strategy);
        }
    }
}
