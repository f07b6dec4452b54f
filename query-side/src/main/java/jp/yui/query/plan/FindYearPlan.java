package jp.yui.query.plan;

/** Query — the year-round plan (年間就業計画) of a cooperative's business year, every worker. Answer: {@link YearPlan} (null for an unknown cooperative). */
public record FindYearPlan(String cooperativeId, int businessYear) {
}
