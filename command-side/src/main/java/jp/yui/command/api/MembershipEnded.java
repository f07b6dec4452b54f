package jp.yui.command.api;

import java.time.LocalDate;

/** Event — A membership ended; {@code lastDay} was the last day as a member. */
public record MembershipEnded(String cooperativeId, String clientId, LocalDate lastDay, MembershipEndReason reason) {
}
