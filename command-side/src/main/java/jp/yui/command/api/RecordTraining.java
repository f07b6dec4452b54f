package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 教育訓練・キャリアコンサルティングの記録 (R-REP-1). */
public record RecordTraining(@TargetAggregateIdentifier String cooperativeId, String workerId, LocalDate heldOn, TrainingKind kind, String content, int minutes) {
}
