package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 苦情の記録: a complaint received about an assignment and how it was handled (R-REP-1). */
public record RecordComplaint(@TargetAggregateIdentifier String cooperativeId, String assignmentId, LocalDate receivedOn, String content, String handling) {
}
