package jp.yui.command.api;

/** Event — A seasonal job (a client's demand) was recorded. */
public record SeasonalJobRecorded(String cooperativeId, String jobId, SeasonalJobTerms terms) {
}
