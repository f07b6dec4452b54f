package jp.yui.query.audit;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
        String cooperativeId = cooperativeIdOf(event, message);
        long seq = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1L;
        remember(event, seq);
        AuditText text = descriptions.describeOrGeneric(event);
        Object user = message.getMetaData().get("userId");
        String userId = user instanceof String s && !s.isBlank() ? s : UNKNOWN_USER;
        Object[] args = {message.getIdentifier(), seq < 0 ? null : seq, timestamp.atOffset(ZoneOffset.UTC), userId,
                cooperativeId, cooperativeId, cooperativeId, event.getClass().getSimpleName(), text.ja(), text.en()};
        if (eventTableExists()) {
            // the event's own position, from the event store in the same database
            jdbc.update(INSERT.formatted("(select global_index from " + EVENT_TABLE + " where event_identifier = ?)"),
                    withFirst(message.getIdentifier(), args));
        } else {
            jdbc.update(INSERT.formatted("?"), withFirst(globalIndex(message), args));
        }
    }

    private static final String INSERT = """
            insert into audit_event (global_index, event_id, sequence_number, occurred_at, user_id,
                cooperative_id, cooperative_name, event_type, description_ja, description_en)
            values (%s, ?, ?, ?, ?, ?,
                (select name from audit_name where cooperative_id = ? and kind = 'COOPERATIVE' and id = ?),
                ?, ?, ?)
            on conflict (event_id) do nothing""";

    private static Object[] withFirst(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
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

    private void remember(Object event, long seq) {
        if (event instanceof CooperativeRegistered e) {
            name(e.cooperativeId(), "COOPERATIVE", e.cooperativeId(), e.name(), seq);
        } else if (event instanceof WorkerHired e) {
            name(e.cooperativeId(), "WORKER", e.workerId(), e.name(), seq);
        } else if (event instanceof MemberAdmitted e) {
            name(e.cooperativeId(), "CLIENT", e.clientId(), e.name(), seq);
        } else if (event instanceof NonMemberClientRegistered e) {
            name(e.cooperativeId(), "CLIENT", e.clientId(), e.name(), seq);
        } else if (event instanceof AssignmentPlanned e) {
            jdbc.update("""
                            insert into audit_assignment (cooperative_id, assignment_id, kind, worker_id, client_id, work,
                                last_event_seq)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (cooperative_id, assignment_id) do update set kind = excluded.kind,
                                worker_id = excluded.worker_id, client_id = excluded.client_id, work = excluded.work,
                                last_event_seq = excluded.last_event_seq
                            where audit_assignment.last_event_seq < excluded.last_event_seq""",
                    e.cooperativeId(), e.assignmentId(), e.kind().name(), e.workerId(), e.clientId(), e.work(), seq);
        }
    }

    private void name(String cooperativeId, String kind, String id, String name, long seq) {
        if (name == null || name.isBlank()) {
            return;
        }
        jdbc.update("""
                        insert into audit_name (cooperative_id, kind, id, name, last_event_seq) values (?, ?, ?, ?, ?)
                        on conflict (cooperative_id, kind, id) do update set name = excluded.name,
                            last_event_seq = excluded.last_event_seq
                        where audit_name.last_event_seq < excluded.last_event_seq""",
                cooperativeId, kind, id, name, seq);
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
        List<Assignment> found = jdbc.query("""
                        select a.kind, a.worker_id, a.client_id, a.work, w.name as worker_name, c.name as client_name
                        from audit_assignment a
                        left join audit_name w on w.cooperative_id = a.cooperative_id and w.kind = 'WORKER'
                            and w.id = a.worker_id
                        left join audit_name c on c.cooperative_id = a.cooperative_id and c.kind = 'CLIENT'
                            and c.id = a.client_id
                        where a.cooperative_id = ? and a.assignment_id = ?""",
                (rs, i) -> new Assignment(AssignmentKind.valueOf(rs.getString("kind")),
                        orElse(rs.getString("worker_name"), rs.getString("worker_id")),
                        orElse(rs.getString("client_name"), rs.getString("client_id")), rs.getString("work")),
                cooperativeId, assignmentId);
        return found.isEmpty() ? null : found.get(0);
    }

    private String lookup(String cooperativeId, String kind, String id) {
        List<String> found = jdbc.queryForList(
                "select name from audit_name where cooperative_id = ? and kind = ? and id = ?", String.class,
                cooperativeId, kind, id);
        return found.isEmpty() ? id : found.get(0);
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
