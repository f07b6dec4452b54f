package jp.yui.query.registry;

import java.time.LocalDate;

/**
 * The certification registry (認定台帳) of one prefecture with each cooperative's status on {@code asOf}; answered with
 * a {@code List<CertificationRegistryRow>} sorted by expiry (soonest first, cooperatives without a term last).
 */
public record FindCertificationRegistry(String prefectureCode, LocalDate asOf) {
}
