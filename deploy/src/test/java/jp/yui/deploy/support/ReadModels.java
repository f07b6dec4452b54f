package jp.yui.deploy.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read-model table of a database, read in full and sorted, to compare two states of the read models (before and
 * after a replay, or a database and its restored copy). A read model is every table of the schema except Axon's and
 * Flyway's.
 */
public final class ReadModels {

    /** Axon's, Flyway's and the cluster replay's own tables: everything else in the schema is a read model. */
    public static final Set<String> NOT_READ_MODELS = Set.of("token_entry", "domain_event_entry", "snapshot_event_entry",
            "dead_letter_entry", "saga_entry", "association_value_entry", "flyway_schema_history", "replay_request");

    private ReadModels() {
    }

    /**
     * Every read-model table but {@code leftOut}, each row as its text form, sorted; rows whose text contains
     * {@code leaveOutRowsContaining} (when not null) are left out.
     */
    public static Map<String, List<String>> snapshot(JdbcTemplate jdbc, Set<String> leftOut, String leaveOutRowsContaining) {
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "order by tablename", String.class);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String table : tables) {
            if (NOT_READ_MODELS.contains(table) || leftOut.contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>(leaveOutRowsContaining == null
                    ? jdbc.queryForList("select t::text from " + table + " t", String.class)
                    : jdbc.queryForList("select t::text from " + table + " t where t::text not like ?", String.class,
                            "%" + leaveOutRowsContaining + "%"));
            Collections.sort(rows);
            out.put(table, Collections.unmodifiableList(rows));
        }
        return out;
    }

    /** Fails with the first table that differs, its row counts and a few rows found only on either side. */
    public static void assertSame(Map<String, List<String>> expected, Map<String, List<String>> actual, String what) {
        if (!expected.keySet().equals(actual.keySet())) {
            throw new AssertionError(what + ": the tables differ: " + expected.keySet() + " vs " + actual.keySet());
        }
        for (String table : expected.keySet()) {
            List<String> before = expected.get(table);
            List<String> after = actual.get(table);
            if (!before.equals(after)) {
                List<String> missing = new ArrayList<>(before);
                missing.removeAll(after);
                List<String> extra = new ArrayList<>(after);
                extra.removeAll(before);
                throw new AssertionError("table " + table + " differs " + what + ": " + before.size() + " rows before, "
                        + after.size() + " after; only before: " + head(missing) + "; only after: " + head(extra));
            }
        }
    }

    /** Rows in all tables. */
    public static long rows(Map<String, List<String>> snapshot) {
        return snapshot.values().stream().mapToLong(List::size).sum();
    }

    private static List<String> head(List<String> rows) {
        return rows.subList(0, Math.min(5, rows.size()));
    }
}
