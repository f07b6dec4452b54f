package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 更新: renew the certification; the next 10-year term starts the day after the current one expires. */
public record RenewCertification(@TargetAggregateIdentifier String cooperativeId, String certificationNumber, LocalDate decidedOn) {
}
