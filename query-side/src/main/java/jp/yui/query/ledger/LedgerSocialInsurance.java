package jp.yui.query.ledger;

/**
 * The worker's social-insurance enrolment (社会保険・雇用保険の加入状況) as last recorded.
 *
 * @param reasonNotEnrolled why not, when one of the three is missing
 * @param labelJa           e.g. "健康保険: 有、厚生年金: 有、雇用保険: 有" or with "無（理由: …）"
 */
public record LedgerSocialInsurance(boolean healthInsurance, boolean pension, boolean employmentInsurance,
                                    String reasonNotEnrolled, String labelJa) {

    static LedgerSocialInsurance of(boolean health, boolean pension, boolean employment, String reason) {
        String label = "健康保険: " + yn(health) + "、厚生年金: " + yn(pension) + "、雇用保険: " + yn(employment);
        if (reason != null && !reason.isBlank()) {
            label += "（未加入の理由: " + reason + "）";
        }
        return new LedgerSocialInsurance(health, pension, employment, reason, label);
    }

    private static String yn(boolean b) {
        return b ? "有" : "無";
    }
}
