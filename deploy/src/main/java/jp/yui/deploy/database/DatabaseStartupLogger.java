package jp.yui.deploy.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Logs, once the application has started, which database it runs on. */
@Component
class DatabaseStartupLogger {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLogger.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgres> embeddedPostgres;

    DatabaseStartupLogger(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embeddedPostgres) {
        this.dataSource = dataSource;
        this.embeddedPostgres = embeddedPostgres;
    }

    @EventListener(ApplicationStartedEvent.class)
    void logDatabase() {
        String kind = embeddedPostgres.getIfAvailable() != null
                ? "EMBEDDED PostgreSQL (yui.embedded-postgres.data-directory)"
                : "EXTERNAL database (spring.datasource.url)";
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            log.info("Database: {} {} at {} as user {}", kind,
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    meta.getURL(), meta.getUserName());
        } catch (SQLException e) {
            log.warn("Database: {} (could not read its metadata: {})", kind, e.getMessage());
        }
    }
}
