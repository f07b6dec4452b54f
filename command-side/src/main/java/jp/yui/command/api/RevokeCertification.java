package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 取消し: the prefecture revokes the certification from a date (R-CERT-3). */
public record RevokeCertification(@TargetAggregateIdentifier String cooperativeId, LocalDate effectiveOn, RevocationGround ground, String reason) {
}
