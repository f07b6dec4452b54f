package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 脱退: a membership ends; {@code lastDay} is the last day as a member (a business-year end for voluntary withdrawal). */
public record EndMembership(@TargetAggregateIdentifier String cooperativeId, String clientId, LocalDate lastDay, MembershipEndReason reason) {
}
