package jp.yui.command.api;

/** Event — The office cost of a business year was recorded (R-REP-4). */
public record OfficeCostRecorded(String cooperativeId, int businessYear, long yen) {
}
