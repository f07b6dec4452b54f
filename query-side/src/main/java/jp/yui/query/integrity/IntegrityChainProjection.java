package jp.yui.query.integrity;

import java.util.List;
import jp.yui.query.integrity.EventChainHash.StoredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

    private final JdbcTemplate jdbc;

    public IntegrityChainProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain)) {
            return;
        }
        List<StoredEvent> rows = jdbc.query(IntegrityRows.SELECT_STORED + " where event_identifier = ?",
                IntegrityRows.STORED, message.getIdentifier());
        if (rows.isEmpty()) {
            throw new IllegalStateException("event " + message.getIdentifier() + " of " + domain.getAggregateIdentifier()
                    + " is not in " + EVENT_TABLE + " (the integrity chain needs the event store's own database)");
        }
        StoredEvent stored = rows.get(0);
        List<byte[]> previous = jdbc.query("""
                        select hash from integrity_chain where cooperative_id = ? and sequence_number < ?
                        order by sequence_number desc limit 1""",
                (rs, i) -> rs.getBytes(1), stored.aggregateIdentifier(), stored.sequenceNumber());
        byte[] hash = EventChainHash.link(previous.isEmpty() ? EventChainHash.GENESIS : previous.get(0), stored);
        jdbc.update("""
                        insert into integrity_chain (cooperative_id, sequence_number, global_index, event_identifier, hash)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing""",
                stored.aggregateIdentifier(), stored.sequenceNumber(), stored.globalIndex(), stored.eventIdentifier(),
                hash);
    }
}
