package jp.yui.query.ratio;

import java.util.List;

/** The non-member ratios of several cooperatives in one business year, by cooperative id. */
public record CooperativeRatios(int businessYear, List<NonMemberRatio> cooperatives) {
}
