package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 季節の仕事の取下げ: the client no longer asks for the job; the planner ignores it from now on. */
public record WithdrawSeasonalJob(@TargetAggregateIdentifier String cooperativeId, String jobId, String reason) {
}
