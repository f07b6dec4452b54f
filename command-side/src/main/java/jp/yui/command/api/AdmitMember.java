package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 加入: a business joins the cooperative (組合員) on a date. An already registered non-member business keeps its id. */
public record AdmitMember(@TargetAggregateIdentifier String cooperativeId, String clientId, String name, String industry, LocalDate joinedOn) {
}
