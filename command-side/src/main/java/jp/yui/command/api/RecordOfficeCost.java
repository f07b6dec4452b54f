package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 事務局運営費の記録: the cooperative office's cost for a business year, the basis of the subsidy (R-REP-4). Recording again replaces it. */
public record RecordOfficeCost(@TargetAggregateIdentifier String cooperativeId, int businessYear, long yen) {
}
