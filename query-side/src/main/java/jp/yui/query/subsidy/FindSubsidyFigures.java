package jp.yui.query.subsidy;

/**
 * Query — what a municipality pays on (R-REP-4): the subsidy figures of every cooperative whose district contains the
 * municipality on at least one day of that cooperative's business year {@code businessYear}. Answer:
 * {@link SubsidyFigures}.
 */
public record FindSubsidyFigures(String municipalityCode, int businessYear) {
}
