package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 取消: cancel a planned assignment. */
public record CancelAssignment(@TargetAggregateIdentifier String cooperativeId, String assignmentId, String reason) {
}
