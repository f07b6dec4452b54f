package jp.yui.deploy.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username and password sign-in (the UI's form and the API's HTTP Basic): the stored {@code {bcrypt}} hash is
 * checked by a {@link DaoAuthenticationProvider}; before that the rate limit of {@link LoginAttempts}, after it the
 * sign-in audit. A locked sign-in fails with {@link LockedException} carrying {@link #LOCKED_MESSAGE}.
 */
public class YuiAuthenticationProvider implements AuthenticationProvider {

    public static final String LOCKED_MESSAGE =
            "ログインの失敗が続いたため、このユーザー名またはこの端末からのログインを一時的に停止しています。15分ほど待ってから再度お試しください。";

    private static final Logger log = LoggerFactory.getLogger(YuiAuthenticationProvider.class);

    private final LoginAttempts attempts;
    private final DaoAuthenticationProvider dao;

    public YuiAuthenticationProvider(JdbcUserDirectory users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.attempts = attempts;
        this.dao = new DaoAuthenticationProvider(passwordEncoder);
        this.dao.setUserDetailsService(username -> users.findForLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return signIn(authentication);
        } catch (org.springframework.dao.DataAccessException e) {
            // the user directory or the sign-in audit cannot be reached (e.g. the database restarts): not a failed
            // sign-in; the API answers 503, the login form shows its error
            throw new InternalAuthenticationServiceException("the user directory is unavailable", e);
        }
    }

    private Authentication signIn(Authentication authentication) {
        String username = authentication.getName();
        String address = remoteAddress(authentication);
        if (attempts.isLocked(username, address)) {
            attempts.record(username, address, false, LoginAttempts.LOCKED);
            log.warn("Sign-in of '{}' from {} refused: locked after repeated failures", username, address);
            throw new LockedException(LOCKED_MESSAGE);
        }
        try {
            Authentication result = dao.authenticate(authentication);
            attempts.record(username, address, true, LoginAttempts.SUCCESS);
            return result;
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the directory failed (DaoAuthenticationProvider wraps its exception): no verdict on the password
        } catch (DisabledException e) {
            attempts.record(username, address, false, LoginAttempts.DISABLED);
            throw e;
        } catch (AuthenticationException e) {
            attempts.record(username, address, false, LoginAttempts.BAD_CREDENTIALS);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
