package jp.yui.query.registry;

/** The standing of a cooperative's certification (認定) on one day, as the prefecture's registry shows it. */
public enum CertificationStatus {
    /** 有効 — a term covers the day and the renewal window is not open. */
    VALID("有効", "Valid"),
    /**
     * 更新申請期間中 — a term covers the day, no next term has been decided, and the day lies from 90 through 60 days
     * before the last valid day (R-CERT-2), both ends included.
     */
    RENEWAL_WINDOW_OPEN("更新申請期間中", "Renewal window open"),
    /** 有効期間満了 — the last term ran out (past its valid-through day) without a renewal, lapse or revocation. */
    EXPIRED("有効期間満了", "Expired"),
    /** 失効 — the certification lapsed (CertificationLapsed) from its effective date on (R-CERT-3). */
    LAPSED("失効", "Lapsed"),
    /** 認定取消し — the prefecture revoked the certification (CertificationRevoked) from its effective date on. */
    REVOKED("認定取消し", "Revoked"),
    /** 未認定 — no term has started by the day (never certified, or certified only later). */
    NOT_CERTIFIED("未認定", "Not certified");

    private final String labelJa;
    private final String labelEn;

    CertificationStatus(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether dispatch may be planned or recorded on a day with this status (R-CERT-1). */
    public boolean valid() {
        return this == VALID || this == RENEWAL_WINDOW_OPEN;
    }
}
