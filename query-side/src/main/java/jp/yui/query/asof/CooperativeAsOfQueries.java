package jp.yui.query.asof;

import java.util.Optional;
import jp.yui.command.domain.CapLaw;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCooperativeAsOf} from the event store (R-REP-5): reads the cooperative's whole stream and folds
 * the events recorded by the end of the day in memory ({@link CooperativeAsOfFold}).
 * <p>
 * The stream is read from sequence 0 with {@code readEvents(id, 0)}: plain {@code readEvents(id)} starts at the latest
 * snapshot (an aggregate state as of <em>now</em>) and would hide every event before it — once a cooperative has
 * been snapshotted (every 250 events by default) its past could no longer be reconstructed. Snapshot payloads (not
 * event records) are skipped in any case.
 */
@Component
public class CooperativeAsOfQueries {

    /** The metadata key naming who caused an event. */
    public static final String USER_ID = "userId";

    private final EventStore eventStore;
    private final CapLaw law;

    @Autowired
    public CooperativeAsOfQueries(EventStore eventStore, ObjectProvider<CapLaw> law) {
        this(eventStore, law.getIfAvailable(CapLaw::defaults));
    }

    public CooperativeAsOfQueries(EventStore eventStore, CapLaw law) {
        this.eventStore = eventStore;
        this.law = law;
    }

    @QueryHandler
    public Optional<CooperativeAsOf> handle(FindCooperativeAsOf q) {
        CooperativeAsOfFold fold = CooperativeAsOfFold.asOf(q.cooperativeId(), q.date());
        DomainEventStream stream = eventStore.readEvents(q.cooperativeId(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            // check type and time before deserialising the payload
            if (!fold.knows(m.getTimestamp()) || !CooperativeAsOfFold.isEvent(m.getPayloadType())) {
                continue;
            }
            Object userId = m.getMetaData().get(USER_ID);
            fold.offer(m.getPayload(), m.getTimestamp(), userId == null ? null : userId.toString());
        }
        return fold.registered() ? Optional.of(fold.view(law)) : Optional.empty();
    }
}
