package jp.yui.query.registry;

/**
 * One cooperative's certification record: today's standing, every term and renewal, lapses and revocations with the
 * assignments they listed, and the district with its change history; answered with an
 * {@code Optional<CooperativeCertificationView>} (empty for an unknown cooperative).
 */
public record FindCooperativeCertification(String cooperativeId) {
}
