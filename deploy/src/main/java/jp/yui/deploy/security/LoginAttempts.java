package jp.yui.deploy.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in audit ({@code yui_login_audit}) and the rate limit built on it: after {@code maxFailures} failed
 * attempts within {@code window}, counted per username and per remote address (and only since the last success of
 * that username / address), sign-in is refused until the window has passed. The table is shared by every node, so
 * the limit holds across nodes. Refusals because of the lock are recorded (reason {@value #LOCKED}) but do not
 * extend it.
 */
@Component
public class LoginAttempts {

    public static final String SUCCESS = "SUCCESS";
    public static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";
    public static final String DISABLED = "DISABLED";
    public static final String LOCKED = "LOCKED";

    private final JdbcTemplate jdbc;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();

    public LoginAttempts(JdbcTemplate jdbc, @Value("${yui.security.login.max-failures:5}") int maxFailures,
                         @Value("${yui.security.login.window-minutes:15}") int windowMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    public Duration window() {
        return window;
    }

    public void record(String username, String remoteAddress, boolean success, String reason) {
        jdbc.update("insert into yui_login_audit (username, remote_address, success, reason, occurred_at) "
                        + "values (?, ?, ?, ?, ?)", truncate(username, 200), truncate(remoteAddress, 100), success,
                reason, Timestamp.from(clock.instant()));
    }

    /** Whether sign-in of {@code username} from {@code remoteAddress} is locked now. */
    public boolean isLocked(String username, String remoteAddress) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        return failuresSince("username", truncate(username, 200), since) >= maxFailures
                || (remoteAddress != null && failuresSince("remote_address", truncate(remoteAddress, 100), since) >= maxFailures);
    }

    private int failuresSince(String column, String value, Timestamp since) {
        Integer n = jdbc.queryForObject("select count(*) from yui_login_audit a where " + column + " = ? "
                + "and not success and coalesce(reason, '') <> '" + LOCKED + "' and occurred_at > ? "
                + "and not exists (select 1 from yui_login_audit s where s." + column + " = a." + column
                + " and s.success and s.occurred_at > a.occurred_at)", Integer.class, value, since);
        return n == null ? 0 : n;
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** For tests: the instant the audit would write now. */
    Instant now() {
        return clock.instant();
    }
}
