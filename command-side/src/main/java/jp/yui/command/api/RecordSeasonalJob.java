package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 季節の仕事の登録: record a client's seasonal job (demand) for the planner. */
public record RecordSeasonalJob(@TargetAggregateIdentifier String cooperativeId, String jobId,
                                SeasonalJobTerms terms) {
}
