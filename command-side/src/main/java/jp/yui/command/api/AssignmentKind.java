package jp.yui.command.api;

/** Kind of an assignment. */
public enum AssignmentKind {
    /** 労働者派遣 — dispatch; counts for the non-member caps. */
    DISPATCH,
    /** 在籍型出向 — secondment (the worker has contracts with both sides); never counted as dispatch (R-DISP-2). */
    SECONDMENT
}
