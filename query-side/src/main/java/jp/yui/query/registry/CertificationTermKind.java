package jp.yui.query.registry;

/** How a term of certification came about. */
public enum CertificationTermKind {
    /** 認定 — CooperativeCertified. */
    CERTIFICATION("認定", "Certification"),
    /** 更新 — CertificationRenewed: the next 10-year term from the day after the current one ends. */
    RENEWAL("更新", "Renewal");

    private final String labelJa;
    private final String labelEn;

    CertificationTermKind(String labelJa, String labelEn) {
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
