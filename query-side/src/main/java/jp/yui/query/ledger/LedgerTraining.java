package jp.yui.query.ledger;

import java.time.LocalDate;
import jp.yui.command.api.TrainingKind;

/**
 * Training (教育訓練) or a career consultation (キャリアコンサルティング) the worker received.
 *
 * @param kindJa "教育訓練" or "キャリアコンサルティング"
 */
public record LedgerTraining(LocalDate heldOn, TrainingKind kind, String kindJa, String content, int minutes) {

    static String kindJa(TrainingKind kind) {
        return kind == TrainingKind.CAREER_CONSULTATION ? "キャリアコンサルティング" : "教育訓練";
    }
}
