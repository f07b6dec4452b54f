package jp.yui.command.api;

/** The class of a client on one day (R-CAP): decides whether its usage counts as M, R or O. */
public enum ClientClass {
    /** 組合員 — usage M. */
    MEMBER,
    /** 関係市町村等 — a municipality of the district or its local independent administrative agency; usage R. */
    RELATED_MUNICIPALITY,
    /** その他の員外利用 — every other non-member; usage O. */
    OTHER_NON_MEMBER
}
