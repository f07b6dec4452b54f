package jp.yui.query.jobs;

/**
 * The seasonal jobs of a cooperative overlapping a business year (all years when {@code businessYear} is null),
 * withdrawn ones only when asked; a {@code List<SeasonalJobView>} by start date, then id.
 */
public record FindSeasonalJobs(String cooperativeId, Integer businessYear, boolean includeWithdrawn) {
}
