package jp.yui.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fresh PostgreSQL database of this test JVM, created on first use and dropped when the JVM exits.
 * <p>
 * It is created on the machine's PostgreSQL ({@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres},
 * trust authentication; override with the environment variables {@code YUI_TEST_PG_URL}, {@code YUI_TEST_PG_USER}
 * and {@code YUI_TEST_PG_PASSWORD}) as {@code yui_test_<timestamp>_<random>}. When that server cannot be reached,
 * an embedded PostgreSQL is started in a temporary directory instead.
 */
public final class TestDatabase {

    public static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String DEFAULT_ADMIN_USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private static volatile TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;
    private final String description;

    private TestDatabase(String url, String username, String password, String description) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    /** The database of this JVM, created on the first call. */
    public static TestDatabase get() {
        TestDatabase db = instance;
        if (db == null) {
            synchronized (TestDatabase.class) {
                db = instance;
                if (db == null) {
                    db = create();
                    instance = db;
                }
            }
        }
        return db;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Where the database lives, for logs and failure messages. */
    public String description() {
        return description;
    }

    /** A new connection to the test database (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials(username, password));
    }

    static String newDatabaseName() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return "yui_test_" + LocalDateTime.now().format(STAMP) + "_" + HexFormat.of().formatHex(random);
    }

    /** {@code jdbc:postgresql://host:port/old?params} with the database replaced by {@code database}. */
    static String withDatabase(String jdbcUrl, String database) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int query = jdbcUrl.indexOf('?');
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        int slash = base.indexOf('/', prefix.length());
        String hosts = slash < 0 ? base : base.substring(0, slash);
        return hosts + "/" + database + params;
    }

    private static TestDatabase create() {
        String adminUrl = env("YUI_TEST_PG_URL", DEFAULT_ADMIN_URL);
        String adminUser = env("YUI_TEST_PG_USER", DEFAULT_ADMIN_USER);
        String adminPassword = env("YUI_TEST_PG_PASSWORD", null);
        String name = newDatabaseName();
        try {
            createDatabase(adminUrl, adminUser, adminPassword, name);
        } catch (SQLException e) {
            log.warn("PostgreSQL at {} (user {}) is not usable ({}); falling back to an embedded PostgreSQL",
                    adminUrl, adminUser, e.getMessage());
            return createEmbedded(name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> dropDatabase(adminUrl, adminUser, adminPassword, name), "drop-" + name));
        TestDatabase db = new TestDatabase(withDatabase(adminUrl, name), adminUser, adminPassword,
                "database " + name + " on " + adminUrl);
        log.info("Test database: {}", db.description());
        return db;
    }

    private static TestDatabase createEmbedded(String name) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // temp directory, free port
            String adminUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            createDatabase(adminUrl, DEFAULT_ADMIN_USER, null, name);
            // EmbeddedPostgres registers a shutdown hook that stops it and deletes its temporary directory.
            TestDatabase db = new TestDatabase(withDatabase(adminUrl, name), DEFAULT_ADMIN_USER, null,
                    "database " + name + " on an embedded PostgreSQL at " + adminUrl);
            log.info("Test database: {}", db.description());
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL fallback", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database in the embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(String adminUrl, String user, String password, String name)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials(user, password));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private static void dropDatabase(String adminUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials(user, password));
             Statement statement = connection.createStatement()) {
            // FORCE (PostgreSQL 13+) ends the connections the application contexts may still hold.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return properties;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
