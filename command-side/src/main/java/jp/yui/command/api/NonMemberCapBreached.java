package jp.yui.command.api;

/** Event — Recorded actual results left a business year above a non-member cap (R-DISP-4). The figures are the projected year. */
public record NonMemberCapBreached(String cooperativeId, int businessYear, String ruleId, CapUnit unit, UsageFigures figures, String description) {
}
