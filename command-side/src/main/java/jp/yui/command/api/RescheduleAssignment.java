package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 変更: change the period and/or the work pattern of an assignment. */
public record RescheduleAssignment(@TargetAggregateIdentifier String cooperativeId, String assignmentId, Period period, WorkPattern pattern) {
}
