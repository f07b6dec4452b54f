package jp.yui.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jp.yui.deploy.command.Commands;
import jp.yui.query.security.SystemActor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks share: sending as the system actor, latency figures, the processors, raw connections. */
final class Bench {

    static final String PURPOSE = "bench";

    private Bench() {
    }

    /** Sends a command as Yui itself (the scope interceptors refuse anything else). */
    static <R> R send(Commands commands, Object command) {
        return SystemActor.call(PURPOSE, () -> commands.send(command, SystemActor.userId(PURPOSE)));
    }

    static int intProperty(String name, int def) {
        return Integer.getInteger(name, def);
    }

    static int[] intsProperty(String name, String def) {
        return Arrays.stream(System.getProperty(name, def).split(",")).map(String::trim).mapToInt(Integer::parseInt)
                .toArray();
    }

    /** The {@code q}-quantile (0..1) of {@code nanos}, in milliseconds (sorts the array). */
    static double percentileMillis(long[] nanos, int count, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    static long head(JdbcTemplate jdbc) {
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    static long eventCount(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }

    static List<StreamingEventProcessor> processors(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
    }

    static void pause(EventProcessingConfiguration processing) {
        processors(processing).forEach(StreamingEventProcessor::shutDown);
    }

    static void resume(EventProcessingConfiguration processing) {
        resume(processing, p -> true);
    }

    /** Starts again the stopped processors that {@code which} selects. */
    static void resume(EventProcessingConfiguration processing, java.util.function.Predicate<StreamingEventProcessor> which) {
        processors(processing).stream().filter(p -> !p.isRunning()).filter(which).forEach(StreamingEventProcessor::start);
    }

    /** Waits until every streaming processor has all its segments at or past {@code head}; false on timeout. */
    static boolean awaitCaughtUp(EventProcessingConfiguration processing, JdbcTemplate jdbc, long head, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (EventProcessor ep : processing.eventProcessors().values()) {
                if (!(ep instanceof StreamingEventProcessor p)) {
                    continue;
                }
                Map<Integer, EventTrackerStatus> status = p.processingStatus();
                Integer segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                        Integer.class, p.getName());
                if (!p.isRunning() || status.size() < (segments == null ? 1 : segments)) {
                    all = false;
                }
                for (EventTrackerStatus s : status.values()) {
                    if (s.isErrorState() || s.getCurrentPosition().orElse(0) < head) {
                        all = false;
                    }
                }
            }
            if (all) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** A plain JDBC connection to the benchmark database, outside the application's pool. */
    static Connection rawConnection(Environment env) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", env.getProperty("spring.datasource.username", "postgres"));
        String password = env.getProperty("spring.datasource.password", "");
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"), p);
    }

    static String uptime() {
        return "load average " + BenchReport.loadAverage();
    }
}
