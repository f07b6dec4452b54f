package jp.yui.command.api;

import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 就業条件の記録: the terms of an assignment the dispatcher's ledger (派遣元管理台帳, R-REP-1) keeps: the client's organisational unit (組織単位), daily start and end times and break, the degree of responsibility (責任の程度), and the responsible persons of both sides (派遣元責任者・派遣先責任者). Recording again replaces them. */
public record RecordAssignmentTerms(@TargetAggregateIdentifier String cooperativeId, String assignmentId, String organisationalUnit, LocalTime startTime, LocalTime endTime, int breakMinutes, String responsibility, String dispatcherResponsiblePerson, String clientResponsiblePerson) {
}
