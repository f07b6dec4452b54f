package jp.yui.query.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of some tables, in a stable order — to compare a read model before and after handling events again. */
public final class TableDump {

    private TableDump() {
    }

    public static Map<String, List<Map<String, Object>>> of(JdbcTemplate jdbc, List<String> tables) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (String t : tables) {
            out.put(t, jdbc.queryForList("select * from " + t + " order by 1, 2, 3"));
        }
        return out;
    }

    public static int rows(JdbcTemplate jdbc, List<String> tables) {
        int n = 0;
        for (String t : tables) {
            Integer c = jdbc.queryForObject("select count(*) from " + t, Integer.class);
            n += c == null ? 0 : c;
        }
        return n;
    }
}
