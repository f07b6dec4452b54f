package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 無期転換: a fixed-term worker becomes indefinite-term from a date (R-WORK-1). */
public record ConvertWorkerToIndefiniteTerm(@TargetAggregateIdentifier String cooperativeId, String workerId, LocalDate effectiveOn) {
}
