package jp.yui.command.api;

/** What kind of development a worker received (R-REP-1). */
public enum TrainingKind {
    /** 教育訓練 */
    TRAINING,
    /** キャリアコンサルティング */
    CAREER_CONSULTATION
}
