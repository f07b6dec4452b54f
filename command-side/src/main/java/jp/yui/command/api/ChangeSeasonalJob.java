package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 季節の仕事の変更: replace the terms of a recorded seasonal job. Assignments already planned stay. */
public record ChangeSeasonalJob(@TargetAggregateIdentifier String cooperativeId, String jobId,
                                SeasonalJobTerms terms) {
}
