package jp.yui.query.audit;

import java.util.List;

/** One page of the audit trail, newest first, and how many rows match the filter in all. */
public record AuditTrailPage(List<AuditEntry> entries, long total, int offset, int limit) {
}
