package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 訂正のための再開: reopen a closed business year for an explicit correction with a reason (R-CAP-6). */
public record ReopenBusinessYearForCorrection(@TargetAggregateIdentifier String cooperativeId, int businessYear, String reason) {
}
