package jp.yui.query.security;

/**
 * A command or query outside the caller's scope (another cooperative, another prefecture, a write by a read-only
 * role) or sent by nobody. Thrown by the scope interceptors on the buses; the REST API answers it with 404 (so that
 * nothing tells whether the thing exists) and the UI with a Japanese message.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
