package jp.yui.query.integrity;

/**
 * Recomputes the tamper-evidence hash chain of one cooperative's stored events and compares it with the hashes the
 * {@code integrity} projection recorded; answered with a {@link ChainVerification}. A cooperative-scoped query.
 */
public record VerifyEventChain(String cooperativeId) {
}
