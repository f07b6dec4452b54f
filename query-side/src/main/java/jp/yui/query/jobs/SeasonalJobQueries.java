package jp.yui.query.jobs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.WorkCategory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindSeasonalJobs} from {@code jobs_seasonal_job} (client names from the plan read model). */
@Component
public class SeasonalJobQueries {

    private final JdbcTemplate jdbc;

    public SeasonalJobQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<SeasonalJobView> handle(FindSeasonalJobs q) {
        String sql = "select j.*, coalesce(c.name, j.client_id) as client_name from jobs_seasonal_job j "
                + "left join plan_client c on c.cooperative_id = j.cooperative_id and c.client_id = j.client_id "
                + "left join plan_cooperative p on p.cooperative_id = j.cooperative_id "
                + "where j.cooperative_id = ? and (? or not j.withdrawn) "
                + "and (?::integer is null or (j.period_to >= make_date(?::integer, coalesce(p.business_year_start_month, 4), 1) "
                + "and j.period_from < (make_date(?::integer, coalesce(p.business_year_start_month, 4), 1) + interval '1 year'))) "
                + "order by j.period_from, j.job_id";
        return jdbc.query(sql, (rs, i) -> new SeasonalJobView(rs.getString("cooperative_id"), rs.getString("job_id"),
                rs.getString("client_id"), rs.getString("client_name"), rs.getString("work"),
                WorkCategory.valueOf(rs.getString("category")), rs.getString("workplace_municipality"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                weekdays(rs.getString("weekdays")), dates(rs.getString("dates")), rs.getBoolean("holidays_off"),
                rs.getInt("minutes_per_day"), rs.getInt("headcount"), skills(rs.getString("required_skills")),
                rs.getLong("fee_per_hour_yen"), rs.getBoolean("withdrawn"), rs.getString("withdrawal_reason")),
                q.cooperativeId(), q.includeWithdrawn(), q.businessYear(), q.businessYear(), q.businessYear());
    }

    private static Set<DayOfWeek> weekdays(String s) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        if (s != null && !s.isBlank()) {
            Arrays.stream(s.split(",")).map(String::strip).map(Integer::parseInt).map(DayOfWeek::of).forEach(out::add);
        }
        return out;
    }

    private static List<LocalDate> dates(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(LocalDate::parse).toList();
    }

    private static Set<String> skills(String s) {
        return s == null || s.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(s.split(",")));
    }
}
