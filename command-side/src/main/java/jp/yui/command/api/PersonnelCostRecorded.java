package jp.yui.command.api;

/** Event — A worker's personnel cost for a business year was recorded (R-REP-4). */
public record PersonnelCostRecorded(String cooperativeId, String workerId, int businessYear, long yen) {
}
