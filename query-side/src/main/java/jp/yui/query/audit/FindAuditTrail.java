package jp.yui.query.audit;

import java.time.Instant;

/**
 * The audit trail (監査証跡, R-REP-5), newest first: the events of one cooperative or of all ({@code cooperativeId}
 * null), optionally only those one user caused ({@code userId}) or of one event type ({@code eventType}, the simple
 * class name such as {@code AssignmentPlanned}), with a timestamp in {@code [from, to)} (either may be null: open),
 * one page of {@code limit} rows (1..1000) from {@code offset} (0-based).
 */
public record FindAuditTrail(String cooperativeId, String userId, Instant from, Instant to, String eventType,
                             int offset, int limit) {

    public static final int MAX_LIMIT = 1000;
}
