package jp.yui.command.api;

import java.util.Map;

/** A command that would break a MUST rule of RULES.md; {@link #code()} is the rule id. */
public class RuleViolationException extends CommandRefusedException {

    public RuleViolationException(String ruleId, String messageJa, String messageEn) {
        this(ruleId, messageJa, messageEn, Map.of());
    }

    public RuleViolationException(String ruleId, String messageJa, String messageEn, Map<String, Object> figures) {
        super(ruleId, null, messageJa, messageEn, figures);
    }

    public String ruleId() {
        return code();
    }
}
