package jp.yui.deploy.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.AxonTransientException;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Axon's caching event-sourcing repository, made safe for several nodes: a command is never decided on a cached
 * aggregate older than the event store (another node, a bulk import or a test appended meanwhile).
 * <p>
 * The rules stay where they were, and so does the consistency boundary (R-CAP-5): the cache only saves reading and
 * replaying events. How a stale cached state is caught depends on what the command did with it:
 * <ul>
 *     <li><b>it appended events</b> (an accepted command): the event table's unique (aggregate, sequence) key refuses
 *     an append from a stale state, the unit of work rolls back (Axon then drops the cache entry) and the command is
 *     retried on the state loaded from the store ({@link TransientFailureRetryScheduler}). Nothing to check before;</li>
 *     <li><b>it was refused, or appended nothing</b>: no append guards that outcome, so {@link #verifyOutcome()}
 *     compares the aggregate's version when it was loaded with the last sequence number in the store (one indexed
 *     lookup). When they differ the outcome is replaced by a {@link StaleStateException} (transient: the command is
 *     retried at once on the fresh state), so a command is never refused on old figures.</li>
 * </ul>
 * Outside a command (the planner reads a state in a unit of work of its own) the cached aggregate is checked when it
 * is loaded, as every command's was before: that lookup was a third of the time the command threads waited on
 * PostgreSQL in the 16-thread benchmark.
 */
public class VersionCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private static final String UNCHECKED = VersionCheckedCachingRepository.class.getName() + ".unchecked";

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
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof CommandMessage<?>) {
            // decided after the handler: free when it appends (the unique key guards it), one lookup otherwise
            Map<String, Loaded> loaded = CurrentUnitOfWork.get().root()
                    .getOrComputeResource(UNCHECKED, k -> new LinkedHashMap<>());
            loaded.putIfAbsent(aggregateIdentifier, new Loaded(this, aggregate, aggregate.version()));
            return aggregate;
        }
        if (!isStale(aggregateIdentifier, aggregate.version())) {
            return aggregate;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    private boolean isStale(String aggregateIdentifier, Long version) {
        Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        return !Objects.equals(stored, version);
    }

    /** A cached aggregate a command used, with its version when it was loaded. */
    private record Loaded(VersionCheckedCachingRepository<?> repository, EventSourcedAggregate<?> aggregate,
                          Long version) {
    }

    /**
     * The command handler interceptor that checks, after the handler, every cached aggregate the command used without
     * appending to it (it was refused, or it changed nothing): when the store holds newer events the outcome is
     * replaced by a {@link StaleStateException}. Registered on the command bus by the messaging configuration.
     */
    public static MessageHandlerInterceptor<CommandMessage<?>> verifyOutcome() {
        return (unitOfWork, chain) -> {
            Object result;
            try {
                result = chain.proceed();
            } catch (Exception failure) {
                verify(unitOfWork, failure);
                throw failure;
            }
            verify(unitOfWork, null);
            return result;
        };
    }

    private static void verify(UnitOfWork<?> unitOfWork, Exception failure) {
        Map<String, Loaded> loaded = unitOfWork.root().getResource(UNCHECKED);
        if (loaded == null) {
            return;
        }
        for (Map.Entry<String, Loaded> e : loaded.entrySet()) {
            Loaded l = e.getValue();
            boolean appended = !Objects.equals(l.aggregate().version(), l.version());
            if (failure == null && appended) {
                continue; // the append's unique (aggregate, sequence) key decides
            }
            if (l.repository().isStale(e.getKey(), l.version())) {
                // the unit of work then rolls back, and Axon's repository drops the cache entry on rollback
                throw new StaleStateException(e.getKey(), l.version(), failure);
            }
        }
    }

    /**
     * A command was decided on a cached aggregate older than the event store; it changed nothing and is retried on the
     * state loaded from the store ({@link TransientFailureRetryScheduler} retries it without waiting).
     */
    public static class StaleStateException extends AxonTransientException {

        StaleStateException(String aggregateIdentifier, Long version, Throwable outcome) {
            super("aggregate " + aggregateIdentifier + " was cached at version " + version
                    + " but the event store holds newer events; the command is run again on the stored state", outcome);
        }
    }
}
