package jp.yui.deploy.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read-model table read in full, to compare the tables before and after a replay. */
final class ReadModelTables {

    /** Axon's, Flyway's and the replay's own tables: everything else in the schema is a read model. */
    static final Set<String> NOT_READ_MODELS = Set.of("token_entry", "domain_event_entry", "snapshot_event_entry",
            "dead_letter_entry", "saga_entry", "association_value_entry", "flyway_schema_history", "replay_request");

    private ReadModelTables() {
    }

    /**
     * Every read-model table, each row as its text form, sorted; rows containing {@code leaveOut} (when not null)
     * left out.
     */
    static Map<String, List<String>> read(JdbcTemplate jdbc, String leaveOut) {
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "order by tablename", String.class);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String table : tables) {
            if (NOT_READ_MODELS.contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>(leaveOut == null
                    ? jdbc.queryForList("select t::text from " + table + " t", String.class)
                    : jdbc.queryForList("select t::text from " + table + " t where t::text not like ?", String.class,
                            "%" + leaveOut + "%"));
            Collections.sort(rows);
            out.put(table, Collections.unmodifiableList(rows));
        }
        return out;
    }

    /** Fails with the first differing rows of the first table that differs. */
    static void assertSame(Map<String, List<String>> before, Map<String, List<String>> after) {
        if (!before.keySet().equals(after.keySet())) {
            throw new AssertionError("the read-model tables differ: " + before.keySet() + " before, " + after.keySet()
                    + " after");
        }
        for (String table : before.keySet()) {
            List<String> was = before.get(table);
            List<String> is = after.get(table);
            if (!was.equals(is)) {
                List<String> missing = new ArrayList<>(was);
                missing.removeAll(is);
                List<String> extra = new ArrayList<>(is);
                extra.removeAll(was);
                throw new AssertionError("table " + table + " differs after the replay: " + was.size() + " rows before, "
                        + is.size() + " after; only before: " + head(missing) + "; only after: " + head(extra));
            }
        }
    }

    private static List<String> head(List<String> rows) {
        return rows.subList(0, Math.min(5, rows.size()));
    }
}
