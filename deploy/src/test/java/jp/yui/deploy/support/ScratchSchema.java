package jp.yui.deploy.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A schema of its own for a migration test: created empty, migrated to a version, filled as an older database was,
 * migrated to the latest version; dropped on {@link #close()}.
 */
public final class ScratchSchema implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final String name;

    public ScratchSchema(JdbcTemplate jdbc, DataSource dataSource, String namePrefix) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.name = namePrefix + "_" + Long.toHexString(System.nanoTime());
        jdbc.execute("create schema " + name);
    }

    public String name() {
        return name;
    }

    /** The schema's name and a dot, to qualify a table. */
    public String prefix() {
        return name + ".";
    }

    /** Applies the migrations up to {@code version}. */
    public void migrateTo(String version) {
        flyway().target(version).load().migrate();
    }

    /** Applies every migration not applied yet. */
    public void migrateToLatest() {
        flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).schemas(name).defaultSchema(name)
                .locations("classpath:db/migration");
    }

    @Override
    public void close() {
        jdbc.execute("drop schema " + name + " cascade");
    }
}
