package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 認定: the prefectural governor certifies the cooperative; the term is 10 years (R-CERT-1). */
public record CertifyCooperative(@TargetAggregateIdentifier String cooperativeId, String certificationNumber, LocalDate certifiedOn) {
}
