package jp.yui.query.audit;

/** A description in Japanese (shown first) and in English. */
public record AuditText(String ja, String en) {
}
