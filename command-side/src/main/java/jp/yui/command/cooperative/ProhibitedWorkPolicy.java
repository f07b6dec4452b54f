package jp.yui.command.cooperative;

import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.WorkCategory;

/**
 * R-DISP-1 — prohibited work (Dispatch Act §4) is never dispatched: construction (including forestry site
 * preparation and planting), port cargo handling and security work; medical work in hospitals only under a stated
 * legal exception. A secondment (在籍型出向) is not dispatch and may do construction (R-DISP-2).
 */
final class ProhibitedWorkPolicy {

    private ProhibitedWorkPolicy() {
    }

    static void check(AssignmentKind kind, WorkCategory category, MedicalDispatchException exception) {
        if (kind != AssignmentKind.DISPATCH) {
            return;
        }
        switch (category) {
            case CONSTRUCTION -> throw refuse("建設業務（林業の地ごしらえ・植栽を含む）", "construction work",
                    "。在籍型出向として計画してください", "; plan it as a secondment instead");
            case PORT_CARGO_HANDLING -> throw refuse("港湾運送業務", "port cargo handling", "", "");
            case SECURITY -> throw refuse("警備業務", "security work", "", "");
            case HOSPITAL_MEDICAL -> {
                if (exception == null) {
                    throw new RuleViolationException("R-DISP-1",
                            "病院等での医療関係業務は、法令の例外（休業代替・へき地・紹介予定派遣）を明示した場合に限り派遣できます",
                            "medical work in hospitals may be dispatched only under a stated legal exception "
                                    + "(leave cover, remote area, placement intended)");
                }
            }
            case GENERAL -> {
            }
        }
    }

    private static RuleViolationException refuse(String ja, String en, String hintJa, String hintEn) {
        return new RuleViolationException("R-DISP-1", ja + "は派遣禁止業務です" + hintJa,
                en + " is prohibited work and can never be dispatched" + hintEn);
    }
}
