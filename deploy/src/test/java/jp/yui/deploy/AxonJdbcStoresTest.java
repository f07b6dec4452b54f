package jp.yui.deploy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each of Axon's JDBC stores round-trips through the Flyway schema (catches any column-name mismatch). */
@YuiIntegrationTest
class AxonJdbcStoresTest {

    public record Noted(String text, int number) {
    }

    @Autowired
    EventStorageEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsAndSnapshotsRoundTripAsBytea() {
        String id = "agg-" + UUID.randomUUID();
        engine.appendEvents(event(id, 0, "first"), event(id, 1, "second"));

        DomainEventStream stream = engine.readEvents(id);
        List<? extends DomainEventMessage<?>> events = stream.asStream().toList();
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(events.get(1).getPayload()).isEqualTo(new Noted("second", 1));
        assertThat(events.get(1).getMetaData()).containsEntry("userId", "tester");

        String storedJson = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND sequence_number = 1", String.class, id);
        assertThat(storedJson).contains("\"text\":\"second\"");

        engine.storeSnapshot(new GenericDomainEventMessage<>("Noted", id, 1, new Noted("state", 2)));
        Optional<DomainEventMessage<?>> snapshot = engine.readSnapshot(id);
        assertThat(snapshot).hasValueSatisfying(s -> assertThat(s.getPayload()).isEqualTo(new Noted("state", 2)));

        // Tracking reads use the global index and the string time stamps.
        TrackingToken tail = engine.createTailToken();
        assertThat(engine.readEvents(tail, false).limit(1).count()).isEqualTo(1);
        assertThat(engine.createTokenAt(Instant.now().minusSeconds(3600))).isNotNull();
        assertThat(engine.createHeadToken()).isNotNull();
    }

    @Test
    void duplicateSequenceNumbersBecomeConcurrencyFailuresNotGenericStoreErrors() {
        String id = "agg-" + UUID.randomUUID();
        engine.appendEvents(event(id, 0, "created"), event(id, 1, "changed"));

        assertThatThrownBy(() -> engine.appendEvents(event(id, 0, "created again")))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(event(id, 1, "changed concurrently")))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void tokenStoreUsesTokenEntry(@Autowired TokenStore tokenStore, @Autowired TransactionManager tx) {
        String processor = "processor-" + UUID.randomUUID();
        tx.executeInTransaction(() -> tokenStore.initializeTokenSegments(processor, 2));
        tx.executeInTransaction(() -> {
            tokenStore.fetchToken(processor, 0);
            tokenStore.storeToken(new GlobalSequenceTrackingToken(42), processor, 0);
        });
        TrackingToken token = tx.fetchInTransaction(() -> tokenStore.fetchToken(processor, 0));
        assertThat(token).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThat(tokenStore.fetchSegments(processor)).containsExactly(0, 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                processor)).isEqualTo(2);
    }

    @Test
    void deadLetterQueueUsesDeadLetterEntry(@Autowired ConnectionProvider connectionProvider,
                                            @Autowired TransactionManager transactionManager,
                                            @Autowired DeadLetterSchema schema,
                                            @Autowired Serializer serializer,
                                            @Autowired @Qualifier("eventSerializer") Serializer eventSerializer) {
        String group = "group-" + UUID.randomUUID();
        JdbcSequencedDeadLetterQueue<EventMessage<?>> queue =
                JdbcSequencedDeadLetterQueue.builder()
                                            .processingGroup(group)
                                            .connectionProvider(connectionProvider)
                                            .transactionManager(transactionManager)
                                            .schema(schema)
                                            .genericSerializer(serializer)
                                            .eventSerializer(eventSerializer)
                                            .build();
        EventMessage<?> failed = GenericEventMessage.asEventMessage(new Noted("failed", 7));
        queue.enqueue("sequence-1", new GenericDeadLetter<>("sequence-1", failed, new IllegalStateException("boom")));

        assertThat(queue.contains("sequence-1")).isTrue();
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.deadLetterSequence("sequence-1"))
                .singleElement()
                .satisfies(letter -> {
                    assertThat(letter.message().getPayload()).isEqualTo(new Noted("failed", 7));
                    assertThat(letter.cause()).hasValueSatisfying(c -> assertThat(c.message()).isEqualTo("boom"));
                });
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void sagaStoreUsesSagaTables(@Autowired SagaStore sagaStore) {
        String sagaId = "saga-" + UUID.randomUUID();
        AssociationValue association = new AssociationValue("orderId", sagaId + "-order");
        sagaStore.insertSaga(TestSaga.class, sagaId, new TestSaga("waiting"), Set.of(association));

        assertThat(sagaStore.findSagas(TestSaga.class, association)).containsExactly(sagaId);
        SagaStore.Entry<TestSaga> entry = sagaStore.loadSaga(TestSaga.class, sagaId);
        assertThat(entry.saga().state).isEqualTo("waiting");
        assertThat(entry.associationValues()).containsExactly(association);
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static class TestSaga {
        String state;

        public TestSaga() {
        }

        TestSaga(String state) {
            this.state = state;
        }
    }

    private static DomainEventMessage<Noted> event(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Noted", aggregateId, sequence, new Noted(text, (int) sequence),
                MetaData.with("userId", "tester"));
    }
}
