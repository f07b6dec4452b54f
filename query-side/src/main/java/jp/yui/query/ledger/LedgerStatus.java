package jp.yui.query.ledger;

/** Where a ledger entry's assignment stands on the day the ledger is read. */
public enum LedgerStatus {
    /** The period has not begun. */
    SCHEDULED("予定", "scheduled"),
    /** The day read lies in the period. */
    IN_PROGRESS("派遣中", "in progress"),
    /** The period has ended. */
    ENDED("終了", "ended"),
    /** The assignment was cancelled (kept in the ledger with its reason). */
    CANCELLED("取消", "cancelled");

    private final String labelJa;
    private final String labelEn;

    LedgerStatus(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }
}
