package jp.yui.query.subsidy;

import java.util.List;

/**
 * What one municipality pays on (R-REP-4): the subsidy figures of each cooperative whose district contains it in the
 * business year. The totals add up the cooperatives; where a cooperative's district has several municipalities its
 * municipal quarter is shown in total, before any division between them (their agreement, not in the events).
 */
public record SubsidyFigures(String municipalityCode, String municipalityName, int businessYear,
                             List<CooperativeSubsidy> cooperatives, long eligibleTotalYen, long subsidyYen,
                             long nationalQuarterYen, long municipalQuarterYen, List<CooperativeSubsidy.Note> notes) {
}
