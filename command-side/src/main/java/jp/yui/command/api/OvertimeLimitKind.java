package jp.yui.command.api;

/** The limits of the overtime agreement (36協定, R-WORK-5) an actual result can exceed. */
public enum OvertimeLimitKind {
    /** 月の時間外労働の上限 (45 h; 42 h under annual variable hours; below 100 h with the special clause). */
    MONTHLY,
    /** 年の時間外労働の上限 (360 h; 320 h; 720 h with the special clause). */
    YEARLY,
    /** 特別条項: months over the regular monthly limit, at most 6 a year. */
    MONTHS_OVER_REGULAR_LIMIT
}
