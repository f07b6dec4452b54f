package jp.yui.query.integrity;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.yui.query.integrity.EventChainHash.StoredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection of processing group {@value #GROUP}: links every event of a cooperative, as stored in
 * {@code domain_event_entry}, into a hash chain ({@link EventChainHash}) kept in {@code integrity_chain}.
 * <p>
 * The hash covers the stored bytes (re-read by event identifier from the event table in the same database), not the
 * deserialised event, so any later change of a row — payload, metadata, timestamp, type — no longer matches.
 * Events of one cooperative arrive in order (Axon's default sequencing policy: one aggregate, one segment), so the
 * previous link is always recorded before the next one.
 * <p>
 * Per batch, not per event: inside a processor's batch ({@link BatchingUnitOfWork}) the stored rows of all the batch's
 * events are read by one query when its first event is handled, the links already recorded around them by one query
 * per cooperative, and the new links are inserted by one batched statement before the batch commits (in its
 * transaction, before the token). Each event's link is the one handling the events one at a time gives: the link
 * before it is the recorded (or, within the batch, just computed) link with the next lower sequence number, and a link
 * already recorded is kept, never rewritten. An event whose row is missing still fails alone, in its own handler, so
 * the dead-letter queue parks it (and its cooperative's later events) while the rest goes on.
 * <p>
 * Never replayed ({@link DisallowReplay}, and no reset handler: the replay operation leaves this processor alone) —
 * re-recording the chain from the current rows would bless any alteration made since. Idempotent: a link, once
 * recorded, is never rewritten.
 */
@ConditionalOnProperty(name = "yui.integrity.enabled", havingValue = "true", matchIfMissing = true)
@Component
@ProcessingGroup(IntegrityChainProjection.GROUP)
@DisallowReplay
public class IntegrityChainProjection {

    public static final String GROUP = "integrity";

    static final String EVENT_TABLE = "domain_event_entry";

    private static final String INSERT = """
            insert into integrity_chain (cooperative_id, sequence_number, global_index, event_identifier, hash)
            values (?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final String resource = IntegrityChainProjection.class.getName() + "#" + System.identityHashCode(this);

    public IntegrityChainProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What one batch has read and computed so far. */
    private final class Batch {
        /** The batch's stored rows by event identifier (read at once for every domain event of the batch). */
        final Map<String, StoredEvent> stored = new HashMap<>();
        /** Per cooperative: the links recorded or computed, by sequence number (read once per cooperative). */
        final Map<String, TreeMap<Long, byte[]>> links = new HashMap<>();
        /** Per cooperative: the lowest and highest sequence numbers of the batch (which recorded links are read). */
        final Map<String, Long> lowest = new HashMap<>();
        final Map<String, Long> highest = new HashMap<>();
        final List<Object[]> inserts = new ArrayList<>();

        Batch(List<? extends EventMessage<?>> messages) {
            Set<String> ids = new LinkedHashSet<>();
            for (EventMessage<?> m : messages) {
                if (m instanceof DomainEventMessage<?> d) {
                    ids.add(d.getIdentifier());
                    lowest.merge(d.getAggregateIdentifier(), d.getSequenceNumber(), Math::min);
                    highest.merge(d.getAggregateIdentifier(), d.getSequenceNumber(), Math::max);
                }
            }
            for (StoredEvent e : readStored(ids)) {
                stored.put(e.eventIdentifier(), e);
                lowest.merge(e.aggregateIdentifier(), e.sequenceNumber(), Math::min);
                highest.merge(e.aggregateIdentifier(), e.sequenceNumber(), Math::max);
            }
        }

        TreeMap<Long, byte[]> links(StoredEvent e) {
            return links.computeIfAbsent(e.aggregateIdentifier(),
                    coop -> recordedLinks(coop, Math.min(e.sequenceNumber(), lowest.getOrDefault(coop, Long.MAX_VALUE)),
                            Math.max(e.sequenceNumber(), highest.getOrDefault(coop, Long.MIN_VALUE))));
        }

        void flush() {
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate(INSERT, inserts);
                inserts.clear();
            }
        }
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain)) {
            return;
        }
        Batch batch = batch();
        boolean alone = batch == null;
        if (alone) {
            batch = new Batch(List.of(message));
        }
        StoredEvent stored = batch.stored.get(message.getIdentifier());
        if (stored == null) {
            // read again: the batch's query ran when its first event was handled
            List<StoredEvent> rows = readStored(Set.of(message.getIdentifier()));
            if (rows.isEmpty()) {
                throw new IllegalStateException("event " + message.getIdentifier() + " of "
                        + domain.getAggregateIdentifier() + " is not in " + EVENT_TABLE
                        + " (the integrity chain needs the event store's own database)");
            }
            stored = rows.get(0);
        }
        TreeMap<Long, byte[]> links = batch.links(stored);
        if (!links.containsKey(stored.sequenceNumber())) {
            Map.Entry<Long, byte[]> previous = links.lowerEntry(stored.sequenceNumber());
            byte[] hash = EventChainHash.link(previous == null ? EventChainHash.GENESIS : previous.getValue(), stored);
            links.put(stored.sequenceNumber(), hash);
            batch.inserts.add(new Object[] {stored.aggregateIdentifier(), stored.sequenceNumber(), stored.globalIndex(),
                    stored.eventIdentifier(), hash});
        }
        if (alone) {
            batch.flush();
        }
    }

    /** The current batch's state, created (and its write registered before the commit) by its first event. */
    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get();
        if (!(uow instanceof BatchingUnitOfWork<?> batching)) {
            return null;
        }
        return uow.getOrComputeResource(resource, k -> {
            List<EventMessage<?>> messages = new ArrayList<>();
            for (Object m : batching.getMessages()) {
                if (m instanceof EventMessage<?> e) {
                    messages.add(e);
                }
            }
            Batch b = new Batch(messages);
            uow.onPrepareCommit(u -> b.flush());
            return b;
        });
    }

    private List<StoredEvent> readStored(Set<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        if (eventIds.size() == 1) {
            return jdbc.query(IntegrityRows.SELECT_STORED + " where event_identifier = ?", IntegrityRows.STORED,
                    eventIds.iterator().next());
        }
        return jdbc.query(IntegrityRows.SELECT_STORED + " where event_identifier = any (?)",
                ps -> {
                    Array array = ps.getConnection().createArrayOf("text", eventIds.toArray());
                    ps.setArray(1, array);
                },
                IntegrityRows.STORED);
    }

    /**
     * The links of {@code coop} recorded from the last one below {@code from} up to {@code to}: all a batch needs to
     * find each event's previous link and the links it must not rewrite.
     */
    private TreeMap<Long, byte[]> recordedLinks(String coop, long from, long to) {
        TreeMap<Long, byte[]> links = new TreeMap<>();
        jdbc.query("""
                        select sequence_number, hash from integrity_chain
                        where cooperative_id = ? and sequence_number <= ?
                          and sequence_number >= coalesce((select max(sequence_number) from integrity_chain
                                                           where cooperative_id = ? and sequence_number < ?), ?)""",
                rs -> {
                    links.put(rs.getLong(1), rs.getBytes(2));
                },
                coop, to, coop, from, from);
        return links;
    }
}
