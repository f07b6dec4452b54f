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
 * Migration V690 moves the day ledger's day rows ({@code plan_day}, one per assignment and day) onto one row per
 * assignment and month ({@code plan_month}, the days as arrays), and {@code plan_day} becomes a view over them that
 * shows the same rows. A day without a row gets its class by the rule (here: a membership ending mid-month). On a
 * scratch schema migrated to V680 first.
 */
@YuiIntegrationTest
class MonthRowsMigrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theDayRowsMoveOntoTheirMonthsAndTheViewShowsThemAsBefore() {
        try (ScratchSchema schema = new ScratchSchema(jdbc, dataSource, "v690_upgrade")) {
            schema.migrateTo("680");
            String t = schema.prefix();
            jdbc.update("insert into " + t + "plan_client (cooperative_id, client_id, name, kind) values "
                    + "('c', 'm1', 'Member', 'BUSINESS')");
            jdbc.update("insert into " + t + "plan_membership (cooperative_id, client_id, joined_on, last_day) values "
                    + "('c', 'm1', date '2026-04-01', date '2026-04-15')");
            jdbc.update("insert into " + t + "plan_assignment (cooperative_id, assignment_id, kind, worker_id, client_id, "
                    + "period_from, period_to, pattern, fee_per_hour_yen) values ('c', 'a1', 'DISPATCH', 'w1', 'm1', "
                    + "date '2026-04-06', date '2026-05-11', '{}', 1000)");
            jdbc.update("insert into " + t + "plan_actual_month (cooperative_id, assignment_id, month_start, days, "
                    + "minutes) values ('c', 'a1', date '2026-05-01', '{11}', '{400}')");
            jdbc.update("insert into " + t + "plan_day (cooperative_id, assignment_id, day, business_year, client_class, "
                    + "planned_minutes, actual_minutes) values "
                    + "('c', 'a1', date '2026-04-06', 2026, 'MEMBER', 480, null), "
                    + "('c', 'a1', date '2026-04-20', 2026, 'OTHER_NON_MEMBER', 480, null), "
                    + "('c', 'a1', date '2026-05-11', 2026, 'OTHER_NON_MEMBER', 480, 400)");
            String daysBefore = "select assignment_id || ' ' || day || ' ' || business_year || ' ' || client_class || ' ' "
                    + "|| planned_minutes || ' ' || coalesce(actual_minutes::text, '-') from " + t + "plan_day order by day";
            List<String> before = jdbc.queryForList(daysBefore, String.class);

            schema.migrateToLatest();

            assertThat(jdbc.queryForList(daysBefore, String.class)).isEqualTo(before).hasSize(3);
            List<Map<String, Object>> months = jdbc.queryForList("select month_start, business_year, "
                    + "array_to_string(planned, ',') as planned, coalesce(array_to_string(actual, ','), '-') as actual, "
                    + "array_to_string(classes, '') as classes from " + t + "plan_month order by month_start");
            assertThat(months).extracting(r -> r.get("month_start") + " " + r.get("business_year")).containsExactly(
                    "2026-04-01 2026", "2026-05-01 2026");
            assertThat(months.get(0).get("planned")).isEqualTo(zerosWith(30, 6, "480", 20, "480"));
            assertThat(months.get(0).get("actual")).isEqualTo("-");
            assertThat(months.get(0).get("classes")).isEqualTo("0".repeat(15) + "2".repeat(15));
            assertThat(months.get(1).get("planned")).isEqualTo(zerosWith(31, 11, "480", 0, null));
            assertThat(months.get(1).get("actual")).isEqualTo(zerosWith(31, 11, "400", 0, null));
            assertThat(months.get(1).get("classes")).isEqualTo("2".repeat(31));
            assertThat(jdbc.queryForObject("select table_type from information_schema.tables where table_schema = ? "
                    + "and table_name = 'plan_day'", String.class, schema.name())).isEqualTo("VIEW");
        }
    }

    /** A month's array as text: {@code length} zeros but {@code value} on day {@code day} (and on {@code day2}). */
    private static String zerosWith(int length, int day, String value, int day2, String value2) {
        String[] days = new String[length];
        java.util.Arrays.fill(days, "0");
        days[day - 1] = value;
        if (value2 != null) {
            days[day2 - 1] = value2;
        }
        return String.join(",", days);
    }
}
