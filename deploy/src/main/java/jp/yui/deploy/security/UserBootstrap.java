package jp.yui.deploy.security;

import jp.yui.query.security.Role;
import jp.yui.query.security.SystemActor;
import jp.yui.ui.admin.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The first users, at start (as {@link SystemActor} {@value #PURPOSE}):
 * <ul>
 *   <li>when no user exists, the administrator of {@code yui.security.initial-admin.username/password}; without them
 *       nothing is created and the log says how to configure them (there is no default password);</li>
 *   <li>with {@code yui.security.demo-users=true} (the {@code demo} profile), the demo users that do not exist yet.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UserBootstrap implements ApplicationRunner {

    public static final String PURPOSE = "user-bootstrap";

    /** The demo users (README, "Security and users"): the demo cooperative is "dozen", its district 海士町, 西ノ島町, 知夫村. */
    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("manager", "島前マルチワーク事業協同組合 事務局", Role.MANAGER, "dozen", "yui-manager-2026"),
            new DemoUser("ama", "海士町 地域振興課", Role.MUNICIPALITY, "325252", "yui-ama-2026"),
            new DemoUser("okinoshima", "隠岐の島町 地域振興課", Role.MUNICIPALITY, "325287", "yui-okinoshima-2026"),
            new DemoUser("shimane", "島根県 地域振興部", Role.PREFECTURE, "32", "yui-shimane-2026"),
            new DemoUser("admin", "システム管理者", Role.ADMIN, null, "yui-admin-2026"));

    public record DemoUser(String username, String displayName, Role role, String scope, String password) {
    }

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final JdbcUserDirectory users;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean demoUsers;

    public UserBootstrap(JdbcUserDirectory users,
                         @Value("${yui.security.initial-admin.username:}") String adminUsername,
                         @Value("${yui.security.initial-admin.password:}") String adminPassword,
                         @Value("${yui.security.demo-users:false}") boolean demoUsers) {
        this.users = users;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(PURPOSE, this::bootstrap);
    }

    void bootstrap() {
        if (users.count() == 0) {
            if ((adminUsername == null || adminUsername.isBlank() || adminPassword == null || adminPassword.isBlank())
                    && !demoUsers) {
                log.warn("No user exists yet and no first administrator is configured: nobody can sign in. Set "
                        + "yui.security.initial-admin.username and yui.security.initial-admin.password (environment "
                        + "YUI_SECURITY_INITIAL_ADMIN_USERNAME / YUI_SECURITY_INITIAL_ADMIN_PASSWORD, at least {} "
                        + "characters) and start again, or start with the demo profile "
                        + "(-Dspring-boot.run.profiles=demo).", UserDirectory.MIN_PASSWORD_LENGTH);
            } else if (adminUsername != null && !adminUsername.isBlank() && adminPassword != null
                    && !adminPassword.isBlank()) {
                createIfMissing(new UserDirectory.NewUser(adminUsername, "システム管理者", Role.ADMIN, null), adminPassword);
                log.info("First administrator '{}' created from yui.security.initial-admin (change the password in "
                        + "the users screen)", adminUsername);
            }
        }
        if (demoUsers) {
            for (DemoUser u : DEMO_USERS) {
                if (createIfMissing(new UserDirectory.NewUser(u.username(), u.displayName(), u.role(), u.scope()),
                        u.password())) {
                    log.info("Demo user '{}' ({}) created", u.username(), u.role());
                }
            }
        }
    }

    private boolean createIfMissing(UserDirectory.NewUser user, String password) {
        if (users.exists(user.username())) {
            return false;
        }
        try {
            users.create(user, password);
            return true;
        } catch (IllegalArgumentException e) {
            if (users.exists(user.username())) {
                return false; // another node created it at the same moment
            }
            throw new IllegalStateException("cannot create user '" + user.username() + "': " + e.getMessage(), e);
        }
    }
}
