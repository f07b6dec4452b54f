package jp.yui.query.people;

import java.time.LocalDate;

/**
 * The members (組合員) of a cooperative on {@code asOf} — the businesses one of whose membership periods covers that day
 * — each with all its periods; a {@code List<MemberView>} ordered by joining date, then id.
 */
public record FindMembers(String cooperativeId, LocalDate asOf) {
}
