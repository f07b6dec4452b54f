package jp.yui.query.ratio;

/** Whether a business year is closed (R-CAP-6). */
public enum YearStatus {
    /** 未締め — never closed. */
    OPEN("未締め", "open"),
    /** 締め済み — closed; the latest close's figures are final. */
    CLOSED("締め済み", "closed"),
    /** 訂正のため再開 — reopened for a correction after a close. */
    REOPENED_FOR_CORRECTION("訂正のため再開中", "reopened for correction");

    private final String labelJa;
    private final String labelEn;

    YearStatus(String labelJa, String labelEn) {
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
