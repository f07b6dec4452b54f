package jp.yui.deploy.security;

import jp.yui.query.security.HasYuiPrincipal;
import jp.yui.query.security.YuiPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** A stored user as Spring Security sees it: the {@link YuiPrincipal}, the password hash, enabled. */
public final class YuiUser implements UserDetails, CredentialsContainer, HasYuiPrincipal {

    private final YuiPrincipal principal;
    private String passwordHash;
    private final boolean enabled;

    public YuiUser(YuiPrincipal principal, String passwordHash, boolean enabled) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public YuiPrincipal yuiPrincipal() {
        return principal;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(principal.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "YuiUser[" + principal.username() + ", " + principal.role() + "]";
    }
}
