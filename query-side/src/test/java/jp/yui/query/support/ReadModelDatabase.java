package jp.yui.query.support;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The read-model tables of this module (Flyway, {@code classpath:db/migration}) on this test JVM's own fresh
 * database, for projection and query tests that need no Spring context.
 */
public final class ReadModelDatabase {

    private static volatile ReadModelDatabase instance;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    private ReadModelDatabase() {
        TestDatabase db = TestDatabase.get();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.username());
        config.setPassword(db.password());
        config.setMaximumPoolSize(4);
        config.setPoolName("read-model-tests");
        HikariDataSource ds = new HikariDataSource(config);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        this.dataSource = ds;
        this.jdbc = new JdbcTemplate(ds);
    }

    public static ReadModelDatabase get() {
        ReadModelDatabase r = instance;
        if (r == null) {
            synchronized (ReadModelDatabase.class) {
                if (instance == null) {
                    instance = new ReadModelDatabase();
                }
                r = instance;
            }
        }
        return r;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Empties every read-model table (not Flyway's history), for a test that wants to start from nothing. */
    public void truncateAll() {
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename <> 'flyway_schema_history'", String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " cascade");
        }
    }
}
