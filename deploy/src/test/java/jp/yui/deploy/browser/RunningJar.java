package jp.yui.deploy.browser;

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

/**
 * The packaged application jar — what the README run command starts — running as a separate process on a fresh
 * embedded PostgreSQL with the {@code demo} profile, so that browser tests see exactly what a user would.
 */
final class RunningJar implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar in {@code work} and waits until the log shows {@code awaited} (e.g. the demo data loaded).
     */
    static RunningJar start(Path work, String awaited, String... extraArgs) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path log = work.resolve("application.log");
        int port = freePort();
        int pgPort = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.profiles.active=demo",
                "--yui.embedded-postgres.data-directory=" + work.resolve("postgres"),
                "--yui.embedded-postgres.port=" + pgPort));
        cmd.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        RunningJar jar = new RunningJar(pb.start(), log, port);
        jar.await(awaited, Duration.ofSeconds(300));
        return jar;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void await(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String out = Files.readString(log);
            if (out.contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped before '" + text + "':\n" + tail(out));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no '" + text + "' in the log after " + timeout + ":\n" + tail(log()));
    }

    private static String tail(String out) {
        return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
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
