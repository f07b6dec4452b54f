package jp.yui.ui.security;

import jp.yui.query.security.Principals;
import jp.yui.query.security.YuiPrincipal;

import java.util.Optional;

/**
 * The signed-in user of the current request, as a {@link YuiPrincipal} with its role and scope.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user signed in on this request, if any. */
    public static Optional<YuiPrincipal> get() {
        return Principals.current();
    }

    /** The user signed in on this request; views behind the login can rely on it. */
    public static YuiPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in Yui user on this request"));
    }
}
