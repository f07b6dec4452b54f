package jp.yui.command.api;

/** Event — An assignment (dispatch or secondment) was planned. */
public record AssignmentPlanned(String cooperativeId, String assignmentId, AssignmentKind kind, String workerId, String clientId, String work, WorkCategory category, MedicalDispatchException medicalException, String workplaceMunicipality, Period period, WorkPattern pattern, long feePerHourYen) {
}
