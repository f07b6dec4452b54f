package jp.yui.command.api;

/** The version of the non-member cap (員外利用制限) that judges a business year: the one in force on its first day (R-CAP-2). */
public enum CapRuleVersion {
    /** R-CAP-1: before the 2025 amendment, {@code O + R ≤ 20 % of M}. */
    SINGLE_20_PERCENT("R-CAP-1"),
    /** R-CAP-2: from the amendment's commencement, {@code O ≤ 20 % of M} and {@code O + R ≤ 50 % of M}. */
    NESTED_20_50_PERCENT("R-CAP-2");

    private final String ruleId;

    CapRuleVersion(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
