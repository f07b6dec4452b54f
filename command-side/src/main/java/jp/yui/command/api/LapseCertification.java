package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 失効: the certification lapses from a date (R-CERT-3). */
public record LapseCertification(@TargetAggregateIdentifier String cooperativeId, LocalDate effectiveOn, LapseReason reason) {
}
