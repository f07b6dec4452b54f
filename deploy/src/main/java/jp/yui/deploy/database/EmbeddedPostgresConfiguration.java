package jp.yui.deploy.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Starts an embedded PostgreSQL (zonky, real PostgreSQL binaries) when {@code spring.datasource.url} is not set, and
 * exposes a HikariCP {@link DataSource} on its database {@value #DATABASE}.
 * <p>
 * The data directory ({@code yui.embedded-postgres.data-directory}, default {@code ./data/postgres}) is kept between
 * runs, so the event store survives restarts. The server listens on localhost only, on the fixed port
 * {@code yui.embedded-postgres.port} (default 54329), and is stopped when the application context closes.
 * <p>
 * {@code spring.datasource.hikari.*} properties still apply to the pool.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
public class EmbeddedPostgresConfiguration {

    public static final String DATABASE = "yui";
    public static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(
            @Value("${yui.embedded-postgres.data-directory:./data/postgres}") String dataDirectory,
            @Value("${yui.embedded-postgres.port:54329}") int port) throws IOException, SQLException {
        Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
        boolean existing = Files.isRegularFile(directory.resolve("PG_VERSION"));
        Files.createDirectories(directory);
        log.info("Starting embedded PostgreSQL on localhost:{} with {} data directory {}",
                port, existing ? "existing" : "new", directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                                                    .setDataDirectory(directory)
                                                    .setCleanDataDirectory(false)
                                                    .setPort(port)
                                                    .setPGStartupWait(Duration.ofSeconds(60))
                                                    // stopped by the context (after the event processors), not by a
                                                    // JVM shutdown hook racing them
                                                    .setRegisterShutdownHook(false)
                                                    .start();
        try {
            createDatabaseIfMissing(postgres);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgres embeddedPostgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(embeddedPostgres));
        dataSource.setUsername(USER);
        dataSource.setPoolName("yui-embedded-postgres");
        return dataSource;
    }

    static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet rs = query.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
                }
                log.info("Created database '{}' in the embedded PostgreSQL", DATABASE);
            }
        }
    }
}
