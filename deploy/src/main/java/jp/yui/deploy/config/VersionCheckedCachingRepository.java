package jp.yui.deploy.config;

import java.util.Objects;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Axon's caching event-sourcing repository, made safe for several nodes: an aggregate taken from the cache is used
 * only when its version is the last sequence number in the event store (one indexed {@code max(sequence_number)}
 * lookup, in the command's transaction); otherwise — another node, a bulk import or a test appended meanwhile — the
 * entry is dropped and the aggregate is loaded from the store (snapshot and the events after it).
 * <p>
 * The rules stay where they were, and so does the consistency boundary (R-CAP-5): the cache only saves reading and
 * replaying events. Axon's repository already drops an entry when the unit of work that loaded it rolls back (a
 * refused command, a failed append), so a state changed by a failed command is never reused; and an append from a
 * stale state could not succeed anyway, since the event table's unique (aggregate, sequence) key refuses it and the
 * command is retried on the fresh state. The version check adds that a command is never even <em>judged</em> on a
 * stale state (a refusal on old figures).
 */
public class VersionCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;

    private VersionCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache,
                                            EventStore eventStore) {
        super(builder);
        this.cache = cache;
        this.eventStore = eventStore;
    }

    /** Builds the repository from {@code builder} (everything but the event store and the cache set). */
    public static <T> VersionCheckedCachingRepository<T> create(EventSourcingRepository.Builder<T> builder,
                                                                EventStore eventStore, Cache cache) {
        builder.eventStore(eventStore).cache(cache);
        return new VersionCheckedCachingRepository<>(builder, cache, eventStore);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean cached = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (!cached) {
            return aggregate;
        }
        Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        if (Objects.equals(stored, aggregate.version())) {
            return aggregate;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
