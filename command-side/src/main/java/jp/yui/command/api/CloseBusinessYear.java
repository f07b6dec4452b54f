package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 締め: close a business year after it ended, freezing its figures (R-CAP-6). */
public record CloseBusinessYear(@TargetAggregateIdentifier String cooperativeId, int businessYear) {
}
