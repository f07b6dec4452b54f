package jp.yui.query.ratio;

/**
 * M (組合員), R (関係市町村等) and O (その他の員外) in minutes and yen, with the shares in the cooperative's cap unit
 * and in both units.
 */
public record UsageBreakdown(RatioAmount member, RatioAmount related, RatioAmount other, Shares inCapUnit,
                             Shares byHours, Shares byFees) {
}
