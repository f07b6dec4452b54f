package jp.yui.deploy.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import jp.yui.deploy.support.NodeProcess;
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
        int port = NodeProcess.freePort();
        int pgPort = NodeProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(NodeProcess.javaBin(), "-Xmx512m", "-jar", NodeProcess.jar().toString(),
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
}
