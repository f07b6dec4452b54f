package jp.yui.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindAuditTrail} from the {@code audit_event} table of {@link AuditTrailProjection}. */
@Component
public class AuditTrailQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public AuditTrailQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the audit trail, newest first (timestamp, then position in the event store, then position in the
     * cooperative's stream), and the number of matching rows.
     *
     * @throws IllegalArgumentException for a negative offset or a limit outside 1..{@value FindAuditTrail#MAX_LIMIT}
     */
    @QueryHandler
    public AuditTrailPage handle(FindAuditTrail q) {
        if (q.offset() < 0) {
            throw new IllegalArgumentException("offset must be 0 or more (got " + q.offset() + ")");
        }
        if (q.limit() < 1 || q.limit() > FindAuditTrail.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + FindAuditTrail.MAX_LIMIT + " (got " + q.limit() + ")");
        }
        List<String> where = new ArrayList<>();
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (q.cooperativeId() != null) {
            where.add("cooperative_id = :cooperativeId");
            p.addValue("cooperativeId", q.cooperativeId());
        }
        if (q.userId() != null) {
            where.add("user_id = :userId");
            p.addValue("userId", q.userId());
        }
        if (q.eventType() != null) {
            where.add("event_type = :eventType");
            p.addValue("eventType", q.eventType());
        }
        if (q.from() != null) {
            where.add("occurred_at >= :from");
            p.addValue("from", utc(q.from()));
        }
        if (q.to() != null) {
            where.add("occurred_at < :to");
            p.addValue("to", utc(q.to()));
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Long total = jdbc.queryForObject("select count(*) from audit_event" + filter, p, Long.class);
        p.addValue("offset", q.offset());
        p.addValue("limit", q.limit());
        List<AuditEntry> entries = jdbc.query("""
                        select event_id, global_index, sequence_number, occurred_at, user_id, cooperative_id,
                            cooperative_name, event_type, description_ja, description_en
                        from audit_event""" + filter + """
                         order by occurred_at desc, global_index desc nulls last, cooperative_id desc,
                            sequence_number desc, event_id desc
                        offset :offset limit :limit""",
                p, (rs, i) -> new AuditEntry(rs.getString("event_id"), rs.getObject("global_index", Long.class),
                        rs.getObject("sequence_number", Long.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("user_id"),
                        rs.getString("cooperative_id"), rs.getString("cooperative_name"), rs.getString("event_type"),
                        rs.getString("description_ja"), rs.getString("description_en")));
        return new AuditTrailPage(entries, total == null ? 0 : total, q.offset(), q.limit());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
