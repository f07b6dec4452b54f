package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 前職の記録: a client that directly employed the worker before, the leaving date, and whether they left as a retiree of 60 or over (R-WORK-3). */
public record RecordPreviousEmployer(@TargetAggregateIdentifier String cooperativeId, String workerId, String clientId, LocalDate leftOn, boolean retiredAt60OrOver) {
}
