package jp.yui.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.yui.deploy.support.ScratchSchema;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V670 moves the plan's recorded actual days (one row per day in {@code plan_actual_day}) into arrays on
 * their month's row of {@code plan_actual_month}, in day order, and drops the day table; a month recorded with no
 * worked day keeps empty arrays. On a scratch schema migrated to V660 first.
 */
@YuiIntegrationTest
class ActualDaysMigrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theRecordedDaysMoveOntoTheirMonthsInDayOrder() {
        try (ScratchSchema schema = new ScratchSchema(jdbc, dataSource, "v670_upgrade")) {
            schema.migrateTo("660");
            String t = schema.prefix();
            jdbc.update("insert into " + t + "plan_actual_month (cooperative_id, assignment_id, month_start) values "
                    + "('c', 'a1', date '2026-04-01'), ('c', 'a1', date '2026-05-01'), ('c', 'a2', date '2026-04-01')");
            jdbc.update("insert into " + t + "plan_actual_day (cooperative_id, assignment_id, day, minutes) values "
                    + "('c', 'a1', date '2026-04-30', 120), ('c', 'a1', date '2026-04-06', 480), "
                    + "('c', 'a1', date '2026-04-07', 0), ('c', 'a1', date '2026-05-11', 400)");

            schema.migrateToLatest();

            List<Map<String, Object>> rows = jdbc.queryForList("select assignment_id, month_start, "
                    + "array_to_string(days, ',') as days, array_to_string(minutes, ',') as minutes from " + t
                    + "plan_actual_month order by assignment_id, month_start");
            assertThat(rows).extracting(r -> r.get("assignment_id") + " " + r.get("month_start") + " ["
                    + r.get("days") + "] [" + r.get("minutes") + "]").containsExactly(
                    "a1 2026-04-01 [6,7,30] [480,0,120]", "a1 2026-05-01 [11] [400]", "a2 2026-04-01 [] []");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? "
                    + "and table_name = 'plan_actual_day'", Integer.class, schema.name())).isZero();
        }
    }
}
