package jp.yui.ui.admin;

import jp.yui.query.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * The users of Yui as the administrators' screen ({@link UsersView}) sees them. Implemented by the application
 * (deploy module, on its {@code yui_user} table); every method checks that the caller is an administrator.
 * Failures the administrator can fix (a taken username, a short password, a malformed scope) are
 * {@link IllegalArgumentException}s whose message is a translation key ({@code admin.error.*}).
 */
public interface UserDirectory {

    /** Shortest password accepted. */
    int MIN_PASSWORD_LENGTH = 12;

    /**
     * One user.
     *
     * @param scope the cooperative id, municipality code or prefecture code of the role; null for ADMIN
     */
    record UserRow(String username, String displayName, Role role, String scope, boolean enabled, Instant createdAt) {
    }

    /** A user to create; {@code scope} as in {@link UserRow}. */
    record NewUser(String username, String displayName, Role role, String scope) {
    }

    /** One sign-in attempt (form or HTTP Basic). */
    record LoginAttempt(Instant at, String username, String remoteAddress, boolean success, String reason) {
    }

    List<UserRow> users();

    void create(NewUser user, String password);

    void resetPassword(String username, String newPassword);

    void setEnabled(String username, boolean enabled);

    /**
     * Issues a bearer token of the REST API for {@code username}; the returned token
     * ({@code yui_<id>_<secret>}) is shown once and stored only as a SHA-256 hash.
     */
    String issueApiToken(String username, String description);

    /** The newest sign-in attempts, newest first. */
    List<LoginAttempt> recentLogins(int limit);
}
