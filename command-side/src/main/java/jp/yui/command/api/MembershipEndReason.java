package jp.yui.command.api;

/** Why a membership (組合員資格) ends. */
public enum MembershipEndReason {
    /** 自由脱退 — voluntary withdrawal; takes effect at the end of a business year. */
    VOLUNTARY_WITHDRAWAL,
    /** 除名 — expulsion. */
    EXPULSION,
    /** 死亡・解散 — death (or dissolution of the member business). */
    DEATH,
    /** 資格喪失 — loss of qualification. */
    LOSS_OF_QUALIFICATION
}
