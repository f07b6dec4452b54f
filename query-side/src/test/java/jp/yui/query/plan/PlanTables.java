package jp.yui.query.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of the plan tables for one cooperative, in a stable order (for idempotency tests). */
final class PlanTables {

    private PlanTables() {
    }

    static Map<String, List<Map<String, Object>>> dump(JdbcTemplate jdbc, String coop) {
        return dump(jdbc, coop, PlanProjection.TABLES);
    }

    static Map<String, List<Map<String, Object>>> dump(JdbcTemplate jdbc, String coop, List<String> tables) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (String t : tables) {
            out.put(t, jdbc.queryForList("select * from " + t + " x where x.cooperative_id = ? order by x::text", coop));
        }
        return out;
    }
}
