package jp.yui.deploy.replay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import jp.yui.query.support.TestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a test class a database of its own, beside this JVM's {@link TestDatabase} on the same server (its name is
 * that database's plus {@code _own<random>}; dropped when the JVM exits).
 * <p>
 * Needed where a test resets event processors: the other application contexts Spring keeps cached in the same JVM
 * run their own processors on the shared database under the same token owner name (the JVM's), so they would keep
 * claiming and advancing the very tokens a replay resets. On a database of its own, only this context's processors
 * exist. Runs after {@code TestDatabaseInitializer} and replaces its {@code spring.datasource.*}.
 */
public class OwnDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "yuiOwnTestDatabase";

    private static volatile String url;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase shared = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url(shared));
        properties.put("spring.datasource.username", shared.username());
        properties.put("spring.datasource.password", shared.password() == null ? "" : shared.password());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }

    private static synchronized String url(TestDatabase shared) {
        if (url == null) {
            String sharedName = databaseOf(shared.url());
            String name = sharedName + "_own" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
            try (Connection c = shared.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the test database " + name, e);
            }
            String admin = withDatabase(shared.url(), "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, shared, name), "drop-" + name));
            url = withDatabase(shared.url(), name);
        }
        return url;
    }

    private static void drop(String adminUrl, TestDatabase shared, String name) {
        Properties p = new Properties();
        p.setProperty("user", shared.username());
        if (shared.password() != null) {
            p.setProperty("password", shared.password());
        }
        try (Connection c = DriverManager.getConnection(adminUrl, p); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** The database name of {@code jdbc:postgresql://host:port/name?params}. */
    static String databaseOf(String jdbcUrl) {
        String base = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** {@code jdbcUrl} with its database replaced by {@code database}. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
