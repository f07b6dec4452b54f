package jp.yui.query.asof;

import static jp.yui.query.asof.AsOfScenario.COOP;
import static jp.yui.query.asof.AsOfScenario.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.people.MemberView;
import jp.yui.query.registry.CertificationStatus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FindCooperativeAsOf} read from an Axon event store (an {@link EmbeddedEventStore} over the
 * {@link InMemoryEventStorageEngine}) holding domain event messages recorded at chosen instants.
 */
class CooperativeAsOfQueriesTest {

    /** Not an event record: stands for the aggregate state Axon stores as a snapshot. */
    static final class CooperativeSnapshot {
    }

    EmbeddedEventStore eventStore;
    CooperativeAsOfQueries queries;
    long lastSequence = -1;

    @BeforeEach
    void store() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        queries = new CooperativeAsOfQueries(eventStore, CapLaw.defaults());
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (AsOfScenario.Recorded r : AsOfScenario.events()) {
            lastSequence++;
            messages.add(new GenericDomainEventMessage<>("Cooperative", COOP, lastSequence, r.event(),
                    MetaData.with("userId", r.userId()), java.util.UUID.randomUUID().toString(), r.at()));
        }
        eventStore.publish(messages);
        // another cooperative's events never mix in
        eventStore.publish(new GenericDomainEventMessage<>("Cooperative", "other", 0,
                new jp.yui.command.api.MembershipEnded("other", "setnet", d("2021-06-01"),
                        jp.yui.command.api.MembershipEndReason.DEATH), MetaData.emptyInstance(),
                java.util.UUID.randomUUID().toString(), Instant.parse("2021-06-01T00:00:00Z")));
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void beforeTheRevocationValidAndAMemberAfterItRevokedAndNoLongerAMember() {
        CooperativeAsOf before = queries.handle(new FindCooperativeAsOf(COOP, d("2026-08-31"))).orElseThrow();
        assertThat(before.certification().status()).isEqualTo(CertificationStatus.VALID);
        assertThat(before.members()).extracting(MemberView::clientId).containsExactly("process", "setnet");
        assertThat(before.members().get(0).membership().lastDay()).isNull();

        CooperativeAsOf after = queries.handle(new FindCooperativeAsOf(COOP, d("2026-11-05"))).orElseThrow();
        assertThat(after.certification().status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(after.members()).extracting(MemberView::clientId).containsExactly("setnet");

        // the same as the pure fold over the same history
        assertThat(before).isEqualTo(AsOfScenario.foldOn(d("2026-08-31")));
        assertThat(after).isEqualTo(AsOfScenario.foldOn(d("2026-11-05")));
        assertThat(after.certification().end().recordedAt()).isEqualTo(AsOfScenario.tokyo("2026-10-15T14:00:00"));
    }

    @Test
    void aSnapshotHidesNothing() {
        // the write model snapshotted the aggregate after all these events: readEvents(id) now starts there
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Cooperative", COOP, lastSequence,
                new CooperativeSnapshot()));
        DomainEventStream fromSnapshot = eventStore.readEvents(COOP);
        assertThat(fromSnapshot.next().getPayload()).isInstanceOf(CooperativeSnapshot.class);
        assertThat(fromSnapshot.hasNext()).isFalse();

        CooperativeAsOf s = queries.handle(new FindCooperativeAsOf(COOP, d("2026-08-31"))).orElseThrow();
        assertThat(s.eventsConsidered()).isEqualTo(13);
        assertThat(s.members()).extracting(MemberView::clientId).containsExactly("process", "setnet");
        assertThat(s).isEqualTo(AsOfScenario.foldOn(d("2026-08-31")));
    }

    @Test
    void anUnknownCooperativeOrADayBeforeItsRegistrationIsEmpty() {
        assertThat(queries.handle(new FindCooperativeAsOf("nobody", d("2026-08-31")))).isEmpty();
        assertThat(queries.handle(new FindCooperativeAsOf(COOP, d("2021-05-19")))).isEmpty();
        assertThat(queries.handle(new FindCooperativeAsOf(COOP, d("2021-05-20")))).get()
                .extracting(CooperativeAsOf::eventsConsidered).isEqualTo(1);
    }

    @Test
    void answersThroughAnAxonQueryBus() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(queries).subscribe(bus);
        QueryGateway gateway = DefaultQueryGateway.builder().queryBus(bus).build();
        Optional<CooperativeAsOf> s = gateway.query(new FindCooperativeAsOf(COOP, d("2026-11-05")),
                ResponseTypes.optionalInstanceOf(CooperativeAsOf.class)).join();
        assertThat(s).get().extracting(c -> c.certification().status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(gateway.query(new FindCooperativeAsOf("nobody", d("2026-11-05")),
                ResponseTypes.optionalInstanceOf(CooperativeAsOf.class)).join()).isEmpty();
    }
}
