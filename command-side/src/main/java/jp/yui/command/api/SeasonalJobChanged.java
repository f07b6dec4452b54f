package jp.yui.command.api;

/** Event — The terms of a seasonal job were changed. */
public record SeasonalJobChanged(String cooperativeId, String jobId, SeasonalJobTerms terms) {
}
