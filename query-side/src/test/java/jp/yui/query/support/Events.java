package jp.yui.query.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Feeds events to a projection exactly as Axon would (annotated handlers, parameter resolution, metadata, timestamp,
 * sequence numbers), without a Spring context: {@code Events.to(projection).as("alice").at(instant).given(e1, e2)}.
 */
public final class Events {

    private final List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private String userId = "tester";
    private Instant timestamp = Instant.parse("2026-11-25T00:00:00Z");
    private final List<DomainEventMessage<?>> handled = new ArrayList<>();

    private Events(Object... projections) {
        for (Object projection : projections) {
            adapters.add(new AnnotationEventHandlerAdapter(projection));
        }
    }

    /** Events for these projections, each event handled by each in turn (as one processing group would). */
    public static Events to(Object... projections) {
        return new Events(projections);
    }

    public Events as(String userId) {
        this.userId = userId;
        return this;
    }

    public Events at(Instant timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    /** Handles each payload as the next event of the aggregate named by its {@code cooperativeId()} accessor. */
    public Events given(Object... payloads) {
        for (Object p : payloads) {
            String aggregate = aggregateOf(p);
            long seq = sequences.merge(aggregate, 1L, Long::sum) - 1;
            DomainEventMessage<?> m = new GenericDomainEventMessage<>("Cooperative", aggregate, seq, p,
                    MetaData.with("userId", userId), java.util.UUID.randomUUID().toString(), timestamp);
            handle(m);
            handled.add(m);
        }
        return this;
    }

    /** The messages handled so far, in order (to replay them, e.g. for idempotency tests). */
    public List<DomainEventMessage<?>> handled() {
        return List.copyOf(handled);
    }

    /** Handles already built messages again (idempotency: the same event twice must change nothing). */
    public Events again(List<DomainEventMessage<?>> messages) {
        for (DomainEventMessage<?> m : messages) {
            handle(m);
        }
        return this;
    }

    private void handle(DomainEventMessage<?> m) {
        for (AnnotationEventHandlerAdapter adapter : adapters) {
            try {
                adapter.handle(m);
            } catch (Exception e) {
                throw new IllegalStateException("projection failed on " + m.getPayload(), e);
            }
        }
    }

    private static String aggregateOf(Object payload) {
        try {
            return (String) payload.getClass().getMethod("cooperativeId").invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a Yui event (no cooperativeId()): " + payload, e);
        }
    }
}
