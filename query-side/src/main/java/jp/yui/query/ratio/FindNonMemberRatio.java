package jp.yui.query.ratio;

/** Query — the non-member ratio (員外利用比率) of one cooperative and business year. Answer: {@link NonMemberRatio} (null for an unknown cooperative). */
public record FindNonMemberRatio(String cooperativeId, int businessYear) {
}
