package jp.yui.query.plan;

/** A warning on a worker's year (a SHOULD rule, or a limit the recorded results exceed), in Japanese and English. */
public record PlanWarning(String ruleId, String messageJa, String messageEn) {
}
