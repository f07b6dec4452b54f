package jp.yui.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.yui.deploy.support.NodeProcess;
import jp.yui.deploy.support.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup and restore as the README describes it: {@code deploy/scripts/backup.sh} against the database of a running
 * node (the demo cooperative plus planning through the API), {@code restore.sh --replay} into a new database, a node
 * started on it with {@code --yui.replay.on-start=true}: the events are the same rows, and every read model rebuilt by
 * the replay equals the original's.
 */
class BackupRestoreFaultIT {

    static final String SOURCE = "faults_backup_source";
    static final String RESTORED = "faults_backup_restored";

    private TestPostgres pg;
    private NodeProcess a;
    private NodeProcess b;

    @AfterEach
    void stop() throws Exception {
        Faults.stopAll(pg, a, b);
    }

    @Test
    void aBackupRestoredIntoANewDatabaseAndReplayedGivesIdenticalReadModels() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore") && onPath("psql") || System.getenv("CI") != null,
                "pg_dump, pg_restore and psql are not installed (the postgresql-client package; .ci/run has them)");
        Path work = Path.of("target", "faults", "backup-restore");
        pg = TestPostgres.start(work.resolve("postgres"));
        pg.createDatabase(SOURCE);
        JdbcTemplate source = pg.jdbc(SOURCE);

        a = Faults.node("node-a", work, pg, SOURCE, true).start("Demo cooperative 'dozen' loaded", Faults.START);
        ApiClient.useTokens(source);
        PlanningLoad load = new PlanningLoad("br", 2029, 10, 30);
        load.setUp(a.baseUrl());
        load.start(List.of(() -> a), 4);
        Thread.sleep(10_000);
        load.stop();
        Faults.awaitCaughtUp(List.of(a), source, Duration.ofMinutes(4));
        Map<String, List<String>> original = ReadModels.snapshot(source, Faults.NOT_FROM_EVENTS, null);
        String eventsDigest = eventsDigest(source);

        // backup while the node runs
        Path dump = work.resolve("yui.dump");
        Files.deleteIfExists(dump);
        Files.deleteIfExists(work.resolve("yui.dump.sha256"));
        String backupOut = script("backup.sh", SOURCE, dump.toAbsolutePath().toString());
        assertThat(backupOut).contains("backup written");
        a.stop();

        pg.createDatabase(RESTORED);
        String restoreOut = script("restore.sh", RESTORED, dump.toAbsolutePath().toString(), "--replay");
        assertThat(restoreOut).contains("restored");
        JdbcTemplate restored = pg.jdbc(RESTORED);
        assertThat(eventsDigest(restored)).as("the restored events are the same rows").isEqualTo(eventsDigest);

        b = Faults.node("node-restored", work, pg, RESTORED, false, "--yui.replay.on-start=true")
                .start("Replay finished", Duration.ofMinutes(8));
        Faults.awaitCaughtUp(List.of(b), restored, Duration.ofMinutes(4));
        Map<String, List<String>> replayed = ReadModels.snapshot(restored, Faults.NOT_FROM_EVENTS, null);
        ReadModels.assertSame(original, replayed, "in the restored and replayed database");

        long events = restored.queryForObject("select count(*) from domain_event_entry", Long.class);
        Faults.report("backup-restore", String.format("events=%d acknowledged-during-load=%d dump=%d KB "
                        + "read-model-tables=%d rows=%d identical-after-restore-and-replay=true", events,
                load.acknowledged.size(), Files.size(dump) / 1024, original.size(), ReadModels.rows(original)));
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Every event row in order, hashed. */
    private static String eventsDigest(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select md5(string_agg(global_index || ':' || event_identifier || ':' "
                + "|| aggregate_identifier || ':' || sequence_number || ':' || payload_type || ':' || time_stamp || ':' "
                + "|| md5(payload) || ':' || md5(coalesce(meta_data, ''::bytea)), ',' order by global_index)) "
                + "from domain_event_entry", String.class);
    }

    /** Runs {@code deploy/scripts/<name>} against database {@code db} of the test's PostgreSQL. */
    private String script(String name, String db, String... args) throws IOException, InterruptedException {
        Path script = Path.of("scripts", name).toAbsolutePath();
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGHOST", "127.0.0.1");
        pb.environment().put("PGPORT", String.valueOf(pg.port()));
        pb.environment().put("PGUSER", "postgres");
        pb.environment().put("PGDATABASE", db);
        pb.environment().remove("PGPASSWORD");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(name + ": " + out.strip());
        assertThat(p.exitValue()).as(name + " exit code; output:\n" + out).isZero();
        return out;
    }
}
