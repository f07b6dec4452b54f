package jp.yui.command.api;

/** Employment contract of a worker (R-WORK-1). */
public enum EmploymentType {
    /** 無期雇用 — indefinite term; the only kind that may be dispatched. */
    INDEFINITE,
    /** 有期雇用 — fixed term; recorded but never dispatched. */
    FIXED_TERM
}
