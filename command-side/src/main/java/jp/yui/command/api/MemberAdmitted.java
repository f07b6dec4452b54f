package jp.yui.command.api;

import java.time.LocalDate;

/** Event — A business became a member (組合員) on {@code joinedOn}. */
public record MemberAdmitted(String cooperativeId, String clientId, String name, String industry, LocalDate joinedOn) {
}
