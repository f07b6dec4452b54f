package jp.yui.query.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of the plan tables for one cooperative, in a stable order (for idempotency tests). */
public final class PlanTables {

    private PlanTables() {
    }

    /** The plan tables and the days of the day ledger as rows (the view {@code plan_day}). */
    static Map<String, List<Map<String, Object>>> dump(JdbcTemplate jdbc, String coop) {
        return dump(jdbc, coop, WITH_DAYS);
    }

    /** {@link PlanProjection#TABLES} and the view {@code plan_day} over {@code plan_month}. */
    public static final List<String> WITH_DAYS = java.util.stream.Stream.concat(PlanProjection.TABLES.stream(),
            java.util.stream.Stream.of("plan_day")).toList();

    public static Map<String, List<Map<String, Object>>> dump(JdbcTemplate jdbc, String coop, List<String> tables) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (String t : tables) {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from " + t + " x where x.cooperative_id = ? "
                    + "order by x::text", coop);
            rows.forEach(r -> r.replaceAll((column, value) -> comparable(value)));
            out.put(t, rows);
        }
        return out;
    }

    /** A column's value as it compares: an SQL array (no equals of its own) as the list of its elements. */
    static Object comparable(Object value) {
        if (value instanceof java.sql.Array a) {
            try {
                return List.of((Object[]) a.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }
}
