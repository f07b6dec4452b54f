package jp.yui.command.api;

import java.util.Map;

/**
 * A command was refused and nothing was written. Carries a code (the rule id such as {@code R-CAP-2}, or
 * {@code INVALID_INPUT}), the field at fault where there is one, a Japanese and an English message, and the
 * figures behind the refusal for screens that show them.
 */
public class CommandRefusedException extends RuntimeException {

    private final String code;
    private final String field;
    private final String messageJa;
    private final String messageEn;
    private final Map<String, Object> figures;

    public CommandRefusedException(String code, String field, String messageJa, String messageEn,
                                   Map<String, Object> figures) {
        super(code + ": " + messageEn);
        this.code = code;
        this.field = field;
        this.messageJa = messageJa;
        this.messageEn = messageEn;
        this.figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String messageJa() {
        return messageJa;
    }

    public String messageEn() {
        return messageEn;
    }

    public Map<String, Object> figures() {
        return figures;
    }
}
