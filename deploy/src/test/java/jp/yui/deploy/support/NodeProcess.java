package jp.yui.deploy.support;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application jar — what the README run command starts — running as a separate process (a "node"), for
 * the tests that need the real thing: the browser tests (its own embedded PostgreSQL, demo profile) and the fault
 * tests (several nodes on one PostgreSQL the test controls, killed with SIGKILL and started again).
 * <p>
 * Each start of the node writes its own log ({@code application.log}, then {@code application-2.log}, …) in the
 * node's work directory; {@link #restart} starts the same command line again, on the same HTTP port.
 */
public final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Path work;
    private final int port;
    private final List<String> command;
    private Process process;
    private Path log;
    private int starts;

    private NodeProcess(String name, Path work, int port, List<String> command) {
        this.name = name;
        this.work = work;
        this.port = port;
        this.command = command;
    }

    /** A node on its own embedded PostgreSQL in {@code work/postgres} with the given profiles. */
    public static NodeProcess embedded(Path work, String profiles, String... extraArgs) throws IOException {
        int pgPort = freePort();
        List<String> args = new ArrayList<>(List.of("--yui.embedded-postgres.data-directory=" + work.resolve("postgres"),
                "--yui.embedded-postgres.port=" + pgPort));
        args.addAll(List.of(extraArgs));
        return create("node", work, profiles, null, List.of(), args);
    }

    /**
     * A node on the PostgreSQL database at {@code jdbcUrl} (user postgres, no password), e.g. one of several nodes. Its
     * JVM compiles with C1 only and collects serially (several nodes share two cores with the test: start-up time
     * matters more here than peak speed).
     */
    public static NodeProcess onDatabase(String name, Path work, String jdbcUrl, String profiles, String... extraArgs)
            throws IOException {
        return create(name, work, profiles, jdbcUrl, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of(extraArgs));
    }

    private static NodeProcess create(String name, Path work, String profiles, String jdbcUrl, List<String> jvmArgs,
                                      List<String> extraArgs) throws IOException {
        Files.createDirectories(work);
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx768m"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        if (profiles != null && !profiles.isBlank()) {
            cmd.add("--spring.profiles.active=" + profiles);
        }
        if (jdbcUrl != null) {
            cmd.addAll(List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                    "--spring.datasource.password="));
        }
        cmd.addAll(extraArgs);
        return new NodeProcess(name, work, port, cmd);
    }

    /** Starts the process and waits until its log shows {@code awaited}. */
    public NodeProcess start(String awaited, Duration timeout) throws IOException, InterruptedException {
        launch();
        await(awaited, timeout);
        return this;
    }

    /** Starts the process without waiting (then {@link #await}). */
    public NodeProcess launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        log = work.resolve(starts == 1 ? "application.log" : "application-" + starts + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().remove("SPRING_DATASOURCE_USERNAME");
        pb.environment().remove("SPRING_DATASOURCE_PASSWORD");
        pb.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        process = pb.start();
        return this;
    }

    /** Starts it again (same command line, same port) after {@link #kill} or {@link #stop}. */
    public NodeProcess restart(String awaited, Duration timeout) throws IOException, InterruptedException {
        return start(awaited, timeout);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed, claims and connections are left as they are. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (Spring's graceful shutdown), SIGKILL after 30 s. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The log of the current (or last) start. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the log of the current start shows {@code text}. */
    public void await(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String out = Files.readString(log);
            if (out.contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped before '" + text + "':\n" + tail(out));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no '" + text + "' in the log of " + name + " after " + timeout + ":\n"
                + tail(log()));
    }

    private static String tail(String out) {
        return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The java launcher of this JVM. */
    public static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** The packaged (executable) jar of this module in {@code target/}. */
    public static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("deploy-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/ — run mvn verify"));
        }
    }
}
