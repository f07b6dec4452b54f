package jp.yui.deploy.security;

import jp.yui.query.security.AccessRefusedException;
import jp.yui.query.security.Principals;
import jp.yui.query.security.Role;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.admin.UserDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users of Yui in table {@code yui_user} (passwords as {@code {bcrypt}} hashes), their API tokens
 * ({@code yui_api_token}, SHA-256 of the secret) and the sign-in audit ({@code yui_login_audit}). The
 * {@link UserDirectory} methods are for administrators (or Yui itself, {@link SystemActor}) only.
 */
@Service
public class JdbcUserDirectory implements UserDirectory {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");
    static final Pattern MUNICIPALITY = Pattern.compile("\\d{6}");
    static final Pattern PREFECTURE = Pattern.compile("(0[1-9]|[1-3]\\d|4[0-7])");
    static final String TOKEN_PREFIX = "yui_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public JdbcUserDirectory(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    // ------------------------------------------------------------------ sign-in

    /** The stored user of {@code username} (enabled or not), for sign-in. */
    public Optional<YuiUser> findForLogin(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.query("select * from yui_user where username = ?", USER_DETAILS, username).stream().findFirst();
    }

    /** The enabled user of a valid, unrevoked API token ({@code yui_<id>_<secret>}). */
    public Optional<YuiUser> findByApiToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String rest = token.substring(TOKEN_PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep <= 0 || sep == rest.length() - 1) {
            return Optional.empty();
        }
        String id = rest.substring(0, sep);
        String secret = rest.substring(sep + 1);
        List<String[]> rows = jdbc.query("select username, secret_sha256 from yui_api_token where token_id = ? "
                + "and not revoked", (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = rows.get(0)[1].getBytes(StandardCharsets.US_ASCII);
        byte[] actual = sha256Hex(secret).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        return findForLogin(rows.get(0)[0]).filter(YuiUser::isEnabled);
    }

    public int count() {
        Integer n = jdbc.queryForObject("select count(*) from yui_user", Integer.class);
        return n == null ? 0 : n;
    }

    public boolean exists(String username) {
        Integer n = jdbc.queryForObject("select count(*) from yui_user where username = ?", Integer.class, username);
        return n != null && n > 0;
    }

    // ------------------------------------------------------------------ administration

    @Override
    public List<UserRow> users() {
        requireAdministrator();
        return jdbc.query("select * from yui_user order by role, username", (rs, i) -> {
            YuiPrincipal p = principal(rs);
            return new UserRow(p.username(), p.displayName(), p.role(), scopeOf(p), rs.getBoolean("enabled"),
                    rs.getTimestamp("created_at").toInstant());
        });
    }

    @Override
    public void create(NewUser user, String password) {
        requireAdministrator();
        if (user == null || user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw new IllegalArgumentException("admin.error.username");
        }
        if (user.role() == null) {
            throw new IllegalArgumentException("admin.error.role");
        }
        String scope = user.scope() == null ? null : user.scope().strip();
        String coop = null;
        String municipality = null;
        String prefecture = null;
        switch (user.role()) {
            case MANAGER -> coop = requireScope(scope, null);
            case MUNICIPALITY -> municipality = requireScope(scope, MUNICIPALITY);
            case PREFECTURE -> prefecture = requireScope(scope, PREFECTURE);
            case ADMIN -> { }
        }
        String display = user.displayName() == null || user.displayName().isBlank() ? user.username()
                : user.displayName().strip();
        try {
            jdbc.update("insert into yui_user (username, display_name, role, cooperative_id, municipality_code, "
                            + "prefecture_code, password_hash, enabled, created_by) values (?, ?, ?, ?, ?, ?, ?, true, ?)",
                    user.username(), display, user.role().name(), coop, municipality, prefecture, hash(password),
                    actor());
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("admin.error.exists");
        }
    }

    @Override
    public void resetPassword(String username, String newPassword) {
        requireAdministrator();
        String hash = hash(newPassword);
        if (jdbc.update("update yui_user set password_hash = ? where username = ?", hash, username) == 0) {
            throw new IllegalArgumentException("admin.error.unknown");
        }
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        requireAdministrator();
        if (!enabled && Principals.current().map(p -> p.username().equals(username)).orElse(false)) {
            throw new IllegalArgumentException("admin.error.self");
        }
        if (jdbc.update("update yui_user set enabled = ? where username = ?", enabled, username) == 0) {
            throw new IllegalArgumentException("admin.error.unknown");
        }
    }

    @Override
    public String issueApiToken(String username, String description) {
        requireAdministrator();
        if (!exists(username)) {
            throw new IllegalArgumentException("admin.error.unknown");
        }
        byte[] idBytes = new byte[8];
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        jdbc.update("insert into yui_api_token (token_id, username, secret_sha256, description, created_by) "
                + "values (?, ?, ?, ?, ?)", id, username, sha256Hex(secret), description, actor());
        return TOKEN_PREFIX + id + "_" + secret;
    }

    @Override
    public List<LoginAttempt> recentLogins(int limit) {
        requireAdministrator();
        return jdbc.query("select * from yui_login_audit order by occurred_at desc, id desc limit ?",
                (rs, i) -> new LoginAttempt(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                        rs.getString("remote_address"), rs.getBoolean("success"), rs.getString("reason")),
                Math.max(1, Math.min(limit, 1000)));
    }

    // ------------------------------------------------------------------ helpers

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("admin.error.password");
        }
        return passwordEncoder.encode(password);
    }

    private static String requireScope(String scope, Pattern pattern) {
        if (scope == null || scope.isBlank() || (pattern != null && !pattern.matcher(scope).matches())) {
            throw new IllegalArgumentException("admin.error.scope");
        }
        return scope;
    }

    private static void requireAdministrator() {
        if (SystemActor.current().isPresent()) {
            return;
        }
        if (Principals.current().map(p -> p.role() == Role.ADMIN).orElse(false)) {
            return;
        }
        throw new AccessRefusedException("user administration is for administrators");
    }

    private static String actor() {
        return Principals.current().map(YuiPrincipal::username)
                .orElseGet(() -> SystemActor.current().map(SystemActor::userId).orElse(null));
    }

    static String scopeOf(YuiPrincipal p) {
        return switch (p.role()) {
            case MANAGER -> p.cooperativeId();
            case MUNICIPALITY -> p.municipalityCode();
            case PREFECTURE -> p.prefectureCode();
            case ADMIN -> null;
        };
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static YuiPrincipal principal(ResultSet rs) throws SQLException {
        return new YuiPrincipal(rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("cooperative_id"), rs.getString("municipality_code"),
                rs.getString("prefecture_code"));
    }

    private static final RowMapper<YuiUser> USER_DETAILS = (rs, i) ->
            new YuiUser(principal(rs), rs.getString("password_hash"), rs.getBoolean("enabled"));

}
