package jp.yui.deploy.api;

import jp.yui.query.security.AccessRefusedException;
import jp.yui.query.security.HasYuiPrincipal;
import jp.yui.query.security.YuiPrincipal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request (the API's filter chain has authenticated it). */
final class CurrentUser {

    private CurrentUser() {
    }

    /** The user id written into the commands' metadata: the {@link YuiPrincipal}'s username. */
    static String userId() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
            throw new AccessRefusedException("not signed in");
        }
        Object p = a.getPrincipal();
        if (p instanceof YuiPrincipal yui) {
            return yui.username();
        }
        if (p instanceof HasYuiPrincipal has && has.yuiPrincipal() != null) {
            return has.yuiPrincipal().username();
        }
        String name = a.getName();
        if (name == null || name.isBlank()) {
            throw new AccessRefusedException("no user name");
        }
        return name;
    }
}
