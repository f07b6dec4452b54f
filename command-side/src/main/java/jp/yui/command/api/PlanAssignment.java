package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 派遣（個別契約）の計画: plan a dispatch or a secondment of one worker to one client. */
public record PlanAssignment(@TargetAggregateIdentifier String cooperativeId, String assignmentId, AssignmentKind kind, String workerId, String clientId, String work, WorkCategory category, MedicalDispatchException medicalException, String workplaceMunicipality, Period period, WorkPattern pattern, long feePerHourYen) {
}
