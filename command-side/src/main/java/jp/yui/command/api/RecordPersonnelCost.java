package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 人件費の記録: a dispatched worker's personnel cost for a business year, the basis of the subsidy (R-REP-4). Recording again replaces it. */
public record RecordPersonnelCost(@TargetAggregateIdentifier String cooperativeId, String workerId, int businessYear, long yen) {
}
