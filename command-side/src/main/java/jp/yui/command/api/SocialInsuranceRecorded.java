package jp.yui.command.api;

/** Event — A worker's social-insurance enrolment was recorded (R-REP-1). */
public record SocialInsuranceRecorded(String cooperativeId, String workerId, boolean healthInsurance, boolean pension, boolean employmentInsurance, String reasonNotEnrolled) {
}
