package jp.yui.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 社会保険の加入状況: a worker's enrolment in health insurance, pension and employment insurance, with the reason where not enrolled (R-REP-1). */
public record RecordSocialInsurance(@TargetAggregateIdentifier String cooperativeId, String workerId, boolean healthInsurance, boolean pension, boolean employmentInsurance, String reasonNotEnrolled) {
}
