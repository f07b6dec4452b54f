package jp.yui.command.api;

import java.util.Map;

/** A command with a missing, malformed or out-of-range value, or naming something unknown. */
public class InvalidCommandException extends CommandRefusedException {

    public static final String CODE = "INVALID_INPUT";

    public InvalidCommandException(String field, String messageJa, String messageEn) {
        super(CODE, field, messageJa, messageEn, Map.of());
    }
}
