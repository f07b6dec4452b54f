package jp.yui.command.api;

/** Event — A seasonal job was withdrawn. */
public record SeasonalJobWithdrawn(String cooperativeId, String jobId, String reason) {
}
