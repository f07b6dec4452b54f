package jp.yui.query.subsidy;

/** Query — the subsidy figures (R-REP-4) of one cooperative and business year. Answer: {@link CooperativeSubsidy} (null when the cooperative is unknown). */
public record FindCooperativeSubsidy(String cooperativeId, int businessYear) {
}
