package jp.yui.deploy.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar — exactly what the README run command starts, with the demo profile — on an empty embedded PostgreSQL and then again on
 * the populated data directory. Runs after {@code package} (failsafe), without the test classpath, so nothing a
 * test library provides can hide a start-up failure.
 */
class ApplicationJarIT {

    @TempDir
    Path work;
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void startsOnAnEmptyDatabaseWithDemoDataAndAgainOnThePopulatedOne() throws Exception {
        Path data = work.resolve("data");
        String first = run(data, "Demo cooperative 'dozen' loaded");
        assertThat(first).contains("Database: EMBEDDED PostgreSQL", "Started YuiApplication");
        assertThat(first).doesNotContain(" ERROR ");

        String second = run(data, "already exists");
        assertThat(second).contains("existing data directory", "Started YuiApplication");
        assertThat(second).doesNotContain(" ERROR ");
    }

    private String run(Path data, String awaited) throws Exception {
        Path log = Files.createTempFile(work, "app", ".log");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int pgPort;
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.profiles.active=demo", "--yui.embedded-postgres.data-directory=" + data,
                "--yui.embedded-postgres.port=" + pgPort));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        process = pb.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String out = "";
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            out = Files.readString(log);
            if (out.contains(awaited)) {
                break;
            }
            Thread.sleep(250);
        }
        process.destroy();
        process.waitFor();
        out = Files.readString(log);
        assertThat(out).as("application log").contains(awaited);
        return out;
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("deploy-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/ — run mvn verify"));
        }
    }
}
