package jp.yui.command.api;

/** Event — A closed business year was reopened for a correction, with the reason (R-CAP-6). */
public record BusinessYearReopenedForCorrection(String cooperativeId, int businessYear, String reason) {
}
