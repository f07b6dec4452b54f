package jp.yui.query.reports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads {@link CooperativeFacts} from the {@code rpt_*} tables: everything about a cooperative, assignments of a window. */
final class ReportsFacts {

    private final JdbcTemplate jdbc;

    ReportsFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cooperative with every assignment whose period overlaps {@code window}, or empty when unknown. */
    Optional<CooperativeFacts> load(String cooperativeId, Period window) {
        List<Map<String, Object>> coop = jdbc.queryForList("select * from rpt_cooperative where cooperative_id = ?",
                cooperativeId);
        if (coop.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> c = coop.get(0);

        List<CooperativeFacts.DistrictVersion> districts = jdbc.query(
                "select effective_from, municipalities from rpt_district_version where cooperative_id = ? order by event_seq",
                (rs, i) -> new CooperativeFacts.DistrictVersion(date(rs, "effective_from"), codes(rs.getArray("municipalities"))),
                cooperativeId);

        Map<String, List<CooperativeFacts.Membership>> memberships = new HashMap<>();
        jdbc.query("select client_id, joined_on, last_day from rpt_membership where cooperative_id = ? order by admitted_seq",
                rs -> {
                    memberships.computeIfAbsent(rs.getString("client_id"), k -> new ArrayList<>())
                            .add(new CooperativeFacts.Membership(date(rs, "joined_on"), date(rs, "last_day")));
                }, cooperativeId);
        Map<String, CooperativeFacts.Client> clients = new LinkedHashMap<>();
        jdbc.query("select client_id, name, kind, municipality_code from rpt_client where cooperative_id = ? order by client_id",
                rs -> {
                    String id = rs.getString("client_id");
                    clients.put(id, new CooperativeFacts.Client(id, rs.getString("name"),
                            ClientKind.valueOf(rs.getString("kind")), rs.getString("municipality_code"),
                            List.copyOf(memberships.getOrDefault(id, List.of()))));
                }, cooperativeId);

        Map<String, CooperativeFacts.Worker> workers = new LinkedHashMap<>();
        jdbc.query("select worker_id, name, hired_on, indefinite_from, last_day from rpt_worker where cooperative_id = ? "
                        + "order by worker_id",
                rs -> {
                    String id = rs.getString("worker_id");
                    workers.put(id, new CooperativeFacts.Worker(id, rs.getString("name"), date(rs, "hired_on"),
                            date(rs, "indefinite_from"), date(rs, "last_day")));
                }, cooperativeId);

        Map<String, Map<YearMonth, Map<LocalDate, Integer>>> actuals = new HashMap<>();
        jdbc.query("""
                select m.assignment_id, m.month, m.minutes_per_day::text as minutes from rpt_actual_month m
                join rpt_assignment a on a.cooperative_id = m.cooperative_id and a.assignment_id = m.assignment_id
                where m.cooperative_id = ? and a.period_from <= ? and a.period_to >= ?""",
                rs -> {
                    actuals.computeIfAbsent(rs.getString("assignment_id"), k -> new TreeMap<>())
                            .put(YearMonth.from(date(rs, "month")), JsonCodec.dayMinutes(rs.getString("minutes")));
                }, cooperativeId, window.to(), window.from());
        List<CooperativeFacts.Assignment> assignments = jdbc.query("""
                select assignment_id, kind, worker_id, client_id, work, category, period_from, period_to,
                       pattern::text as pattern, fee_per_hour_yen, cancelled
                from rpt_assignment where cooperative_id = ? and period_from <= ? and period_to >= ?
                order by period_from, assignment_id""",
                (rs, i) -> {
                    String id = rs.getString("assignment_id");
                    return new CooperativeFacts.Assignment(id, AssignmentKind.valueOf(rs.getString("kind")),
                            rs.getString("worker_id"), rs.getString("client_id"), rs.getString("work"),
                            WorkCategory.valueOf(rs.getString("category")),
                            new Period(date(rs, "period_from"), date(rs, "period_to")),
                            JsonCodec.pattern(rs.getString("pattern")), rs.getLong("fee_per_hour_yen"),
                            rs.getBoolean("cancelled"), Map.copyOf(actuals.getOrDefault(id, Map.of())));
                }, cooperativeId, window.to(), window.from());

        List<CooperativeFacts.Close> closes = jdbc.query("""
                select * from rpt_year_close where cooperative_id = ? order by business_year, revision""",
                (rs, i) -> new CooperativeFacts.Close(rs.getInt("business_year"), rs.getInt("revision"),
                        CapRuleVersion.valueOf(rs.getString("rule_version")), CapUnit.valueOf(rs.getString("cap_unit")),
                        new UsageFigures(new Usage(rs.getLong("member_minutes"), rs.getLong("member_fee_minutes")),
                                new Usage(rs.getLong("related_minutes"), rs.getLong("related_fee_minutes")),
                                new Usage(rs.getLong("other_minutes"), rs.getLong("other_fee_minutes"))),
                        rs.getBigDecimal("other_share_percent"), rs.getBigDecimal("non_member_share_percent"),
                        rs.getBoolean("within_caps"), rs.getLong("event_seq"),
                        rs.getTimestamp("closed_at").toInstant(), rs.getString("closed_by")),
                cooperativeId);
        List<CooperativeFacts.Reopen> reopens = jdbc.query("""
                select * from rpt_year_reopen where cooperative_id = ? order by event_seq""",
                (rs, i) -> new CooperativeFacts.Reopen(rs.getInt("business_year"), rs.getLong("event_seq"),
                        rs.getString("reason"), rs.getTimestamp("reopened_at").toInstant(), rs.getString("reopened_by")),
                cooperativeId);

        return Optional.of(new CooperativeFacts(cooperativeId, (String) c.get("name"), (String) c.get("prefecture_code"),
                ((Number) c.get("business_year_start_month")).intValue(), CapUnit.valueOf((String) c.get("cap_unit")),
                (String) c.get("certification_number"), toDate(c.get("certification_valid_from")),
                toDate(c.get("certification_valid_through")), districts, clients, workers, assignments, closes, reopens));
    }

    /** The cooperative's business-year start month (empty when unknown). */
    List<Integer> startMonth(String cooperativeId) {
        return jdbc.queryForList("select business_year_start_month from rpt_cooperative where cooperative_id = ?",
                Integer.class, cooperativeId);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static Set<String> codes(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Set.of((String[]) array.getArray());
    }
}
