package jp.yui.query.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.yui.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A query read in several statements sees one snapshot: a batch committed by a processor between two of them is not
 * half seen (the ratio read its month figures before a batch and the year's closes after it, and answered a close
 * with no days). Without {@link SnapshotReads} the second read below sees the committed row.
 */
class SnapshotReadsTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();

    @Test
    void aCommitBetweenTwoReadsIsNotSeenByTheSecond() throws Exception {
        String table = "snapshot_reads_test_" + Long.toHexString(System.nanoTime());
        jdbc.execute("create table " + table + " (n integer)");
        try {
            jdbc.update("insert into " + table + " values (1)");
            List<Integer> seen = new SnapshotReads(jdbc.getDataSource()).read(() -> {
                Integer first = jdbc.queryForObject("select count(*) from " + table, Integer.class);
                // another connection (a processor's batch) commits meanwhile
                CompletableFuture.runAsync(() -> jdbc.update("insert into " + table + " values (2)")).join();
                Integer second = jdbc.queryForObject("select count(*) from " + table, Integer.class);
                return List.of(first, second);
            });
            assertThat(seen).containsExactly(1, 1);
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).isEqualTo(2);
        } finally {
            jdbc.execute("drop table " + table);
        }
    }
}
