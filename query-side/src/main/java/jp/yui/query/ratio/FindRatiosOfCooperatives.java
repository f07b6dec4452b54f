package jp.yui.query.ratio;

import java.util.Set;

/**
 * Query — the non-member ratios of several cooperatives in one business year (a municipality's or prefecture's
 * screen). Answer: {@link CooperativeRatios}, unknown cooperatives left out.
 */
public record FindRatiosOfCooperatives(Set<String> cooperativeIds, int businessYear) {

    public FindRatiosOfCooperatives {
        cooperativeIds = cooperativeIds == null ? Set.of() : Set.copyOf(cooperativeIds);
    }
}
