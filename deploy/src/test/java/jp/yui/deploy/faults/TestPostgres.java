package jp.yui.deploy.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.yui.deploy.support.NodeProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL server of the fault test's own (zonky's embedded binaries, in the test JVM) on a fixed free port and a
 * kept data directory, so that it can be stopped and started again while the nodes run — the machine's shared
 * PostgreSQL is never restarted.
 */
final class TestPostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private TestPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new server on an empty data directory {@code dir}. */
    static TestPostgres start(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        TestPostgres pg = new TestPostgres(dir, NodeProcess.freePort());
        pg.startServer();
        return pg;
    }

    /** Starts the server again on its data directory and port (after {@link #stop}). */
    void startServer() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .start();
    }

    /** Stops the server: every connection of the nodes is cut. */
    void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String database) {
        jdbc("postgres").execute("create database " + database);
    }

    /** A JdbcTemplate opening a new connection for each statement (so it survives a restart of the server). */
    JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(database), "postgres", ""));
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
