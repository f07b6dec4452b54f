package jp.yui.query.audit;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.WorkerHired;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection of processing group {@value #GROUP}: the audit trail (監査証跡, R-REP-5) — one {@code audit_event} row per
 * event of every type, with its global position, timestamp, the user who caused it (metadata {@code userId}), the
 * cooperative, the event type and a Japanese and an English description ({@link AuditDescriptions}).
 * <p>
 * The names the descriptions need are kept in {@code audit_name} (cooperatives, workers, clients) and
 * {@code audit_assignment} from the registration events of the same cooperative. Events of one cooperative are
 * handled in order (Axon's default sequencing policy keeps an aggregate's events in one segment), so a description
 * always uses the names known when its event happened, and a replay writes exactly the same text.
 * <p>
 * Idempotent: a row is keyed by the event identifier and never rewritten; a name is only replaced by the event with a
 * higher aggregate sequence number. {@link #reset()} empties exactly the three tables.
 */
@Component
@ProcessingGroup(AuditTrailProjection.GROUP)
public class AuditTrailProjection implements AuditNames {

    public static final String GROUP = "audit";

    static final List<String> TABLES = List.of("audit_event", "audit_name", "audit_assignment");

    /** The user recorded for an event without {@code userId} metadata (events never lack it in Yui). */
    public static final String UNKNOWN_USER = "unknown";

    private static final ClassValue<Optional<Method>> COOPERATIVE_ID = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                Method m = type.getMethod("cooperativeId");
                return m.getReturnType() == String.class ? Optional.of(m) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    /** Axon's event table (jp.yui.deploy.config.AxonJdbcConfiguration, deploy's V1 migration). */
    static final String EVENT_TABLE = "domain_event_entry";

    private final JdbcTemplate jdbc;
    private final AuditDescriptions descriptions;
    private volatile Boolean eventTableExists;

    public AuditTrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.descriptions = new AuditDescriptions(this);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, @Timestamp Instant timestamp) {
        Batch batch = currentBatch();
        boolean now = batch == null;
        if (now) {
            batch = new Batch();
        }
        String cooperativeId = cooperativeIdOf(event, message);
        long seq = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1L;
        Batch previous = HANDLING.get();
        HANDLING.set(batch);
        try {
            remember(batch, event, seq);
            AuditText text = descriptions.describeOrGeneric(event);
            Object user = message.getMetaData().get("userId");
            String userId = user instanceof String s && !s.isBlank() ? s : UNKNOWN_USER;
            String cooperativeName = cooperativeId == null ? null
                    : batch.name(jdbc, List.of(cooperativeId, "COOPERATIVE", cooperativeId));
            batch.events.add(new Object[] {eventTableExists() ? message.getIdentifier() : globalIndex(message),
                    message.getIdentifier(), seq < 0 ? null : seq, timestamp.atOffset(ZoneOffset.UTC), userId,
                    cooperativeId, cooperativeName, event.getClass().getSimpleName(), text.ja(), text.en()});
        } finally {
            HANDLING.set(previous);
        }
        if (now) {
            write(batch);
        }
    }

    private static final String INSERT = """
            insert into audit_event (global_index, event_id, sequence_number, occurred_at, user_id,
                cooperative_id, cooperative_name, event_type, description_ja, description_en)
            values (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (event_id) do nothing""";

    private static final String NAME_UPSERT = """
            insert into audit_name (cooperative_id, kind, id, name, last_event_seq) values (?, ?, ?, ?, ?)
            on conflict (cooperative_id, kind, id) do update set name = excluded.name,
                last_event_seq = excluded.last_event_seq
            where audit_name.last_event_seq < excluded.last_event_seq""";

    private static final String ASSIGNMENT_UPSERT = """
            insert into audit_assignment (cooperative_id, assignment_id, kind, worker_id, client_id, work,
                last_event_seq)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (cooperative_id, assignment_id) do update set kind = excluded.kind,
                worker_id = excluded.worker_id, client_id = excluded.client_id, work = excluded.work,
                last_event_seq = excluded.last_event_seq
            where audit_assignment.last_event_seq < excluded.last_event_seq""";

    // ------------------------------------------------------------------------------------------------ the batch

    /** The batch the current thread's handler works on (the names lookups of the descriptions read through it). */
    private static final ThreadLocal<Batch> HANDLING = new ThreadLocal<>();

    /** A name or assignment row as this batch knows it: {@code value} null = none; {@code seq} of the event that set it. */
    private record Known<T>(T value, long seq, boolean resolved) {
    }

    /** An {@code audit_assignment} row. */
    private record AssignmentRow(String kind, String workerId, String clientId, String work) {
    }

    /**
     * The audit trail's changes within one unit of work (a processor's batch of events, or a single event outside
     * one): the rows of {@code audit_event}, and the names and assignments remembered, written when the unit of work
     * prepares its commit by three batched statements. The names and assignments the descriptions need are read once
     * per batch; what the batch itself remembered is seen by its later events exactly as the tables would show it
     * (a name is only replaced by an event with a higher sequence number, as the upserts' condition says).
     */
    private static final class Batch {
        final Map<List<String>, Known<String>> names = new HashMap<>();
        final Map<List<String>, Known<AssignmentRow>> assignments = new HashMap<>();
        final Map<List<String>, Object[]> nameUpserts = new LinkedHashMap<>();
        final Map<List<String>, Object[]> assignmentUpserts = new LinkedHashMap<>();
        final List<Object[]> events = new ArrayList<>();

        /** The stored name (null when none), as the table shows it with this batch's upserts applied. */
        String name(JdbcTemplate jdbc, List<String> key) {
            Known<String> known = names.get(key);
            if (known != null && known.resolved()) {
                return known.value();
            }
            List<Known<String>> stored = jdbc.query("select name, last_event_seq from audit_name "
                            + "where cooperative_id = ? and kind = ? and id = ?",
                    (rs, i) -> new Known<>(rs.getString(1), rs.getLong(2), true), key.get(0), key.get(1), key.get(2));
            Known<String> resolved = merge(stored.isEmpty() ? null : stored.get(0), known);
            names.put(key, resolved);
            return resolved.value();
        }

        AssignmentRow assignment(JdbcTemplate jdbc, List<String> key) {
            Known<AssignmentRow> known = assignments.get(key);
            if (known != null && known.resolved()) {
                return known.value();
            }
            List<Known<AssignmentRow>> stored = jdbc.query("select kind, worker_id, client_id, work, last_event_seq "
                            + "from audit_assignment where cooperative_id = ? and assignment_id = ?",
                    (rs, i) -> new Known<>(new AssignmentRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)), rs.getLong(5), true), key.get(0), key.get(1));
            Known<AssignmentRow> resolved = merge(stored.isEmpty() ? null : stored.get(0), known);
            assignments.put(key, resolved);
            return resolved.value();
        }

        /** The stored row with the batch's own (not yet written) one applied: the later one wins if its seq is higher. */
        private static <T> Known<T> merge(Known<T> stored, Known<T> batch) {
            if (batch == null) {
                return stored != null ? stored : new Known<>(null, Long.MIN_VALUE, true);
            }
            if (stored != null && stored.seq() >= batch.seq()) {
                return stored;
            }
            return new Known<>(batch.value(), batch.seq(), true);
        }

        /** Remembers a value set by an event (upsert when written; seen at once by later lookups of this batch). */
        static <T> void remember(Map<List<String>, Known<T>> known, Map<List<String>, Object[]> upserts,
                                 List<String> key, T value, long seq, Object[] upsertArgs) {
            Known<T> before = known.get(key);
            if (before == null || before.value() == null || seq > before.seq()) {
                known.put(key, new Known<>(value, seq, before != null && before.resolved()));
            }
            // of several upserts of one key in a batch only the one with the highest sequence (the first of equal ones)
            // changes the table; one multi-row statement may not update a row twice
            Object[] earlier = upserts.get(key);
            if (earlier == null || seq > (Long) earlier[earlier.length - 1]) {
                upserts.put(key, upsertArgs);
            }
        }
    }

    /** The batch of the current unit of work, created (with its write before the commit) on first use; else null. */
    private Batch currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get();
        return uow.getOrComputeResource(Batch.class.getName(), k -> {
            Batch b = new Batch();
            uow.onPrepareCommit(u -> write(b));
            return b;
        });
    }

    private void write(Batch b) {
        if (!b.nameUpserts.isEmpty()) {
            jdbc.batchUpdate(NAME_UPSERT, new ArrayList<>(b.nameUpserts.values()));
            b.nameUpserts.clear();
        }
        if (!b.assignmentUpserts.isEmpty()) {
            jdbc.batchUpdate(ASSIGNMENT_UPSERT, new ArrayList<>(b.assignmentUpserts.values()));
            b.assignmentUpserts.clear();
        }
        if (!b.events.isEmpty()) {
            // the event's own position, from the event store in the same database (see eventTableExists)
            jdbc.batchUpdate(INSERT.formatted(eventTableExists()
                    ? "(select global_index from " + EVENT_TABLE + " where event_identifier = ?)" : "?"), b.events);
            b.events.clear();
        }
    }

    /**
     * Whether Axon's event table is in this database (it is in the application: the read models live beside the event
     * store; it is not in the read-model tests). Its {@code global_index} is the event's own position. The tracking
     * token an event arrives with is not: when transactions commit out of order, the token of an event that fills a gap
     * carries the highest index seen so far, so it would differ between the first run and a replay.
     */
    private boolean eventTableExists() {
        Boolean exists = eventTableExists;
        if (exists == null) {
            exists = Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class,
                    EVENT_TABLE));
            eventTableExists = exists;
        }
        return exists;
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    // ------------------------------------------------------------------------------------- the names lookup tables

    private void remember(Batch b, Object event, long seq) {
        if (event instanceof CooperativeRegistered e) {
            name(b, e.cooperativeId(), "COOPERATIVE", e.cooperativeId(), e.name(), seq);
        } else if (event instanceof WorkerHired e) {
            name(b, e.cooperativeId(), "WORKER", e.workerId(), e.name(), seq);
        } else if (event instanceof MemberAdmitted e) {
            name(b, e.cooperativeId(), "CLIENT", e.clientId(), e.name(), seq);
        } else if (event instanceof NonMemberClientRegistered e) {
            name(b, e.cooperativeId(), "CLIENT", e.clientId(), e.name(), seq);
        } else if (event instanceof AssignmentPlanned e) {
            Batch.remember(b.assignments, b.assignmentUpserts, List.of(e.cooperativeId(), e.assignmentId()),
                    new AssignmentRow(e.kind().name(), e.workerId(), e.clientId(), e.work()), seq,
                    new Object[] {e.cooperativeId(), e.assignmentId(), e.kind().name(), e.workerId(), e.clientId(),
                            e.work(), seq});
        }
    }

    private static void name(Batch b, String cooperativeId, String kind, String id, String name, long seq) {
        if (name == null || name.isBlank()) {
            return;
        }
        Batch.remember(b.names, b.nameUpserts, List.of(cooperativeId, kind, id), name, seq,
                new Object[] {cooperativeId, kind, id, name, seq});
    }

    @Override
    public String worker(String cooperativeId, String workerId) {
        return lookup(cooperativeId, "WORKER", workerId);
    }

    @Override
    public String client(String cooperativeId, String clientId) {
        return lookup(cooperativeId, "CLIENT", clientId);
    }

    @Override
    public Assignment assignment(String cooperativeId, String assignmentId) {
        AssignmentRow row = batch().assignment(jdbc, List.of(cooperativeId, assignmentId));
        if (row == null) {
            return null;
        }
        return new Assignment(AssignmentKind.valueOf(row.kind()), lookup(cooperativeId, "WORKER", row.workerId()),
                lookup(cooperativeId, "CLIENT", row.clientId()), row.work());
    }

    private String lookup(String cooperativeId, String kind, String id) {
        return orElse(batch().name(jdbc, List.of(cooperativeId, kind, id)), id);
    }

    /** The batch of the event being handled (a lookup outside a handler reads the tables through a batch of its own). */
    private static Batch batch() {
        Batch b = HANDLING.get();
        return b != null ? b : new Batch();
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    // ------------------------------------------------------------------------------------------------ message facts

    /** The cooperative of an event: its {@code cooperativeId()}, else the aggregate it belongs to, else null. */
    static String cooperativeIdOf(Object event, EventMessage<?> message) {
        Optional<Method> accessor = COOPERATIVE_ID.get(event.getClass());
        if (accessor.isPresent()) {
            try {
                return (String) accessor.get().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read cooperativeId of " + event.getClass().getName(), e);
            }
        }
        return message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null;
    }

    /**
     * The position of the tracking token an event was read with (null when untracked) — where the event table cannot be
     * read. It is the event's own position unless transactions committed out of order (see {@link #eventTableExists()}).
     */
    static Long globalIndex(EventMessage<?> message) {
        if (!(message instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken() == null) {
            return null;
        }
        TrackingToken token = tracked.trackingToken();
        Optional<GapAwareTrackingToken> gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
        if (gapAware.isPresent()) {
            return gapAware.get().getIndex();
        }
        Optional<GlobalSequenceTrackingToken> global = WrappedToken.unwrap(token, GlobalSequenceTrackingToken.class);
        if (global.isPresent()) {
            return global.get().getGlobalIndex();
        }
        return token.position().isPresent() ? token.position().getAsLong() : null;
    }
}
