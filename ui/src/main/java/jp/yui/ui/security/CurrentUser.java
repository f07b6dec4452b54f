package jp.yui.ui.security;

import jp.yui.query.security.HasYuiPrincipal;
import jp.yui.query.security.YuiPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The signed-in user of the current request, as a {@link YuiPrincipal} with its role and scope.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user signed in on this request, if any. */
    public static Optional<YuiPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof HasYuiPrincipal holder) {
            return Optional.ofNullable(holder.yuiPrincipal());
        }
        if (principal instanceof YuiPrincipal yui) {
            return Optional.of(yui);
        }
        return Optional.empty();
    }

    /** The user signed in on this request; views behind the login can rely on it. */
    public static YuiPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in Yui user on this request"));
    }
}
