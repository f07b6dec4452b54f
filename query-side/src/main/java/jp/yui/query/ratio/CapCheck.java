package jp.yui.query.ratio;

import java.math.BigDecimal;

/**
 * One cap of the rule version in force, checked: {@code O (+ R if includesRelated) ≤ capPercent % × M}, compared
 * exactly (inclusive); the share is shown with one decimal (null while M is zero).
 */
public record CapCheck(String ruleId, boolean includesRelated, int capPercent, BigDecimal sharePercent, boolean holds,
                       String labelJa, String labelEn) {
}
