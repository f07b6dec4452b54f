package jp.yui.query.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.jdbc.SnapshotReads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the year-round plan queries from the {@code plan_*} tables of {@link PlanProjection}. */
@Component
public class PlanQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final JapaneseHolidays holidays;
    private final SnapshotReads snapshot;

    public PlanQueries(JdbcTemplate jdbc, JapaneseHolidays holidays) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.holidays = holidays;
        this.snapshot = new SnapshotReads(jdbc.getDataSource());
    }

    /** The year plan, read on one snapshot ({@link SnapshotReads}). */
    @QueryHandler
    public YearPlan find(FindYearPlan q) {
        return snapshot.read(() -> yearPlan(q));
    }

    private YearPlan yearPlan(FindYearPlan q) {
        Settings s = settings(q.cooperativeId());
        if (s == null) {
            return null;
        }
        BusinessYear year = new BusinessYear(q.businessYear(), s.startMonth());
        List<WorkerYear> workers = new ArrayList<>();
        Map<String, List<DayRow>> days = days(s, year, null);
        Map<String, Set<YearMonth>> actualMonths = actualMonths(s.cooperativeId(), year, null);
        for (WorkerRow w : workers(s.cooperativeId(), year, null, days.keySet())) {
            workers.add(workerYear(s, year, w, days.getOrDefault(w.workerId(), List.of()),
                    actualMonths.getOrDefault(w.workerId(), Set.of())));
        }
        return new YearPlan(s.cooperativeId(), s.name(), year.startYear(), year.firstDay(), year.lastDay(),
                s.weekStartsOn(), s.limits(), holidays.between(year.firstDay(), year.lastDay()), List.copyOf(workers));
    }

    /** A worker's year, read on one snapshot ({@link SnapshotReads}). */
    @QueryHandler
    public WorkerYear find(FindWorkerYear q) {
        return snapshot.read(() -> oneWorkerYear(q));
    }

    private WorkerYear oneWorkerYear(FindWorkerYear q) {
        Settings s = settings(q.cooperativeId());
        if (s == null) {
            return null;
        }
        BusinessYear year = new BusinessYear(q.businessYear(), s.startMonth());
        List<WorkerRow> found = workers(s.cooperativeId(), null, q.workerId(), Set.of());
        if (found.isEmpty()) {
            return null;
        }
        Map<String, List<DayRow>> days = days(s, year, q.workerId());
        Map<String, Set<YearMonth>> actualMonths = actualMonths(s.cooperativeId(), year, q.workerId());
        return workerYear(s, year, found.get(0), days.getOrDefault(q.workerId(), List.of()),
                actualMonths.getOrDefault(q.workerId(), Set.of()));
    }

    // ------------------------------------------------------------------ reading

    private record Settings(String cooperativeId, String name, int startMonth, DayOfWeek weekStartsOn,
                            OvertimeLimits limits) {
    }

    private record WorkerRow(String workerId, String name, EmploymentType employmentType, LocalDate hiredOn,
                             LocalDate indefiniteFrom, LocalDate lastDay) {
    }

    private record DayRow(String workerId, LocalDate day, String assignmentId, AssignmentKind kind, String clientId,
                          String clientName, ClientClass clientClass, String work, int planned, Integer actual,
                          long fee) {
        int projected() {
            return actual != null ? actual : planned;
        }
    }

    private Settings settings(String cooperativeId) {
        List<Settings> found = jdbc.query("select * from plan_cooperative where cooperative_id = :c",
                new MapSqlParameterSource("c", cooperativeId), (rs, i) -> new Settings(rs.getString("cooperative_id"),
                        rs.getString("name"), rs.getInt("business_year_start_month"),
                        DayOfWeek.of(rs.getInt("week_starts_on")),
                        new OvertimeLimits(rs.getInt("daily_regular_minutes"), rs.getInt("weekly_regular_minutes"),
                                rs.getInt("daily_plan_limit_minutes"), rs.getBoolean("planned_overtime_allowed"),
                                rs.getLong("monthly_overtime_limit_minutes"), rs.getLong("yearly_overtime_limit_minutes"),
                                rs.getBoolean("annual_variable_hours"), rs.getBoolean("special_clause"),
                                rs.getLong("special_monthly_below_minutes"), rs.getInt("special_months_over_limit"))));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The workers employed during the year (any year when null), or having days in it; by worker id. */
    private List<WorkerRow> workers(String coop, BusinessYear year, String workerId, Set<String> withDays) {
        MapSqlParameterSource args = new MapSqlParameterSource("c", coop).addValue("w", workerId)
                .addValue("withDays", withDays.isEmpty() ? List.of("") : List.copyOf(withDays));
        String where = "cooperative_id = :c";
        if (workerId != null) {
            where += " and worker_id = :w";
        }
        if (year != null) {
            args.addValue("from", year.firstDay()).addValue("to", year.lastDay());
            where += " and ((hired_on <= :to and (last_day is null or last_day >= :from)) or worker_id in (:withDays))";
        }
        return jdbc.query("select * from plan_worker where " + where + " order by worker_id", args,
                (rs, i) -> new WorkerRow(rs.getString("worker_id"), rs.getString("name"),
                        EmploymentType.valueOf(rs.getString("employment_type")), date(rs, "hired_on"),
                        date(rs, "indefinite_from"), date(rs, "last_day")));
    }

    /** The day rows of the year's whole weeks, by worker, ordered by day and assignment. */
    private Map<String, List<DayRow>> days(Settings s, BusinessYear year, String workerId) {
        MapSqlParameterSource args = new MapSqlParameterSource("c", s.cooperativeId())
                .addValue("from", windowFrom(year, s.weekStartsOn())).addValue("to", windowTo(year, s.weekStartsOn()))
                .addValue("w", workerId);
        args.addValue("firstMonth", windowFrom(year, s.weekStartsOn()).withDayOfMonth(1));
        Map<String, List<DayRow>> out = new LinkedHashMap<>();
        jdbc.query("select a.worker_id, d.day, d.assignment_id, a.kind, a.client_id, c.name as client_name, "
                + "d.client_class, a.work, d.planned_minutes, d.actual_minutes, a.fee_per_hour_yen from plan_day d "
                + "join plan_assignment a on a.cooperative_id = d.cooperative_id and a.assignment_id = d.assignment_id "
                + "left join plan_client c on c.cooperative_id = a.cooperative_id and c.client_id = a.client_id "
                + "where d.cooperative_id = :c and d.month_start between :firstMonth and :to and d.day between :from and :to"
                + (workerId == null ? "" : " and a.worker_id = :w")
                + " order by a.worker_id, d.day, d.assignment_id", args, rs -> {
                    int actualValue = rs.getInt("actual_minutes");
                    Integer actual = rs.wasNull() ? null : actualValue;
                    DayRow r = new DayRow(rs.getString("worker_id"), date(rs, "day"), rs.getString("assignment_id"),
                            AssignmentKind.valueOf(rs.getString("kind")), rs.getString("client_id"),
                            rs.getString("client_name"), ClientClass.valueOf(rs.getString("client_class")),
                            rs.getString("work"), rs.getInt("planned_minutes"), actual,
                            rs.getLong("fee_per_hour_yen"));
                    out.computeIfAbsent(r.workerId(), k -> new ArrayList<>()).add(r);
                });
        // a worker's days count only within the year for being listed; the window's edges serve overtime only
        out.values().removeIf(list -> list.stream().noneMatch(r -> year.period().contains(r.day())));
        return out;
    }

    /** The months of the year with recorded results, per worker (active assignments only). */
    private Map<String, Set<YearMonth>> actualMonths(String coop, BusinessYear year, String workerId) {
        Map<String, Set<YearMonth>> out = new HashMap<>();
        jdbc.query("select a.worker_id, m.month_start from plan_actual_month m join plan_assignment a "
                        + "on a.cooperative_id = m.cooperative_id and a.assignment_id = m.assignment_id "
                        + "where m.cooperative_id = :c and not a.cancelled and m.month_start between :from and :to"
                        + (workerId == null ? "" : " and a.worker_id = :w"),
                new MapSqlParameterSource("c", coop).addValue("from", year.firstDay()).addValue("to", year.lastDay())
                        .addValue("w", workerId),
                rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(YearMonth.from(rs.getDate(2).toLocalDate()));
                });
        return out;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static LocalDate windowFrom(BusinessYear year, DayOfWeek weekStart) {
        return year.firstDay().with(TemporalAdjusters.previousOrSame(weekStart));
    }

    static LocalDate windowTo(BusinessYear year, DayOfWeek weekStart) {
        return year.lastDay().with(TemporalAdjusters.nextOrSame(weekStart.minus(1)));
    }

    // ------------------------------------------------------------------ figures

    private WorkerYear workerYear(Settings s, BusinessYear year, WorkerRow w, List<DayRow> rows,
                                  Set<YearMonth> actualMonths) {
        OvertimeLimits limits = s.limits();
        LocalDate from = windowFrom(year, s.weekStartsOn());
        LocalDate to = windowTo(year, s.weekStartsOn());
        int[] minutes = new int[(int) ChronoUnit.DAYS.between(from, to) + 1];
        for (DayRow r : rows) {
            minutes[(int) ChronoUnit.DAYS.between(from, r.day())] += r.projected();
        }
        int[] overtime = overtime(minutes, limits.dailyRegularMinutes(), limits.weeklyRegularMinutes());

        Map<YearMonth, long[]> perMonth = new LinkedHashMap<>(); // planned, actual, projected, overtime, idle
        for (int k = 0; k < 12; k++) {
            perMonth.put(YearMonth.from(year.firstDay()).plusMonths(k), new long[5]);
        }
        List<PlanDay> days = new ArrayList<>();
        Set<String> clients = new TreeSet<>();
        for (DayRow r : rows) {
            if (!year.period().contains(r.day())) {
                continue;
            }
            long[] m = perMonth.get(YearMonth.from(r.day()));
            m[0] += r.planned();
            m[1] += r.actual() == null ? 0 : r.actual();
            m[2] += r.projected();
            clients.add(r.clientId());
            String holiday = holidays.name(r.day());
            days.add(new PlanDay(r.day(), r.assignmentId(), r.kind(), r.clientId(), r.clientName(), r.clientClass(),
                    r.work(), r.planned(), r.actual(), r.fee(), holiday != null, holiday));
        }
        for (LocalDate d = year.firstDay(); !d.isAfter(year.lastDay()); d = d.plusDays(1)) {
            int i = (int) ChronoUnit.DAYS.between(from, d);
            long[] m = perMonth.get(YearMonth.from(d));
            m[3] += overtime[i];
            boolean employed = !d.isBefore(w.hiredOn()) && (w.lastDay() == null || !d.isAfter(w.lastDay()));
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (employed && weekday && minutes[i] == 0 && !holidays.isHoliday(d)) {
                m[4]++;
            }
        }

        List<WorkerMonth> months = new ArrayList<>();
        List<PlanWarning> warnings = new ArrayList<>();
        long planned = 0;
        long actual = 0;
        long projected = 0;
        long yearOvertime = 0;
        int idle = 0;
        int monthsOverRegular = 0;
        for (Map.Entry<YearMonth, long[]> e : perMonth.entrySet()) {
            long[] m = e.getValue();
            boolean overRegular = m[3] > limits.monthlyLimitMinutes();
            boolean exceeded = limits.specialClause() ? m[3] >= limits.specialMonthlyBelowMinutes() : overRegular;
            months.add(new WorkerMonth(e.getKey(), m[0], m[1], m[2], actualMonths.contains(e.getKey()), m[3],
                    limits.monthlyLimitMinutes(), exceeded, overRegular, (int) m[4]));
            if (exceeded) {
                long limit = limits.specialClause() ? limits.specialMonthlyBelowMinutes() : limits.monthlyLimitMinutes();
                warnings.add(new PlanWarning("R-WORK-5",
                        e.getKey() + " の時間外労働が " + hoursJa(m[3]) + " となり、36協定の上限 " + hoursJa(limit)
                                + (limits.specialClause() ? " 未満" : "") + " を超えます",
                        "overtime in " + e.getKey() + " is " + hours(m[3]) + "; the overtime agreement allows "
                                + (limits.specialClause() ? "less than " : "") + hours(limit)));
            }
            monthsOverRegular += overRegular ? 1 : 0;
            planned += m[0];
            actual += m[1];
            projected += m[2];
            yearOvertime += m[3];
            idle += (int) m[4];
        }
        boolean yearExceeded = yearOvertime > limits.yearlyLimitMinutes();
        if (yearExceeded) {
            warnings.add(new PlanWarning("R-WORK-5",
                    year.startYear() + "年度の時間外労働が " + hoursJa(yearOvertime) + " となり、36協定の上限 "
                            + hoursJa(limits.yearlyLimitMinutes()) + " を超えます",
                    "overtime in business year " + year.startYear() + " is " + hours(yearOvertime)
                            + "; the overtime agreement allows " + hours(limits.yearlyLimitMinutes())));
        }
        if (limits.specialClause() && monthsOverRegular > limits.specialMonthsOverLimit()) {
            warnings.add(new PlanWarning("R-WORK-5",
                    year.startYear() + "年度に月の上限を超える月が " + monthsOverRegular + " か月となり、特別条項の "
                            + limits.specialMonthsOverLimit() + " か月を超えます",
                    monthsOverRegular + " months of business year " + year.startYear()
                            + " exceed the regular monthly overtime limit; the special clause allows "
                            + limits.specialMonthsOverLimit()));
        }
        if (clients.size() < 2) {
            warnings.add(0, new PlanWarning("R-WORK-6",
                    w.name() + " の " + year.startYear() + "年度の派遣先は " + clients.size()
                            + " 件です。年間を通じて2件以上の派遣先を組み合わせることが望まれます",
                    w.name() + " has " + clients.size() + (clients.size() == 1 ? " client" : " clients")
                            + " in business year " + year.startYear() + "; a year-round plan should combine at least two"));
        }
        days.sort(Comparator.comparing(PlanDay::date).thenComparing(PlanDay::assignmentId));
        return new WorkerYear(s.cooperativeId(), w.workerId(), w.name(), w.employmentType(), w.hiredOn(),
                w.indefiniteFrom(), w.lastDay(), year.startYear(), List.copyOf(days), List.copyOf(months), planned, actual,
                projected, yearOvertime, limits.yearlyLimitMinutes(), yearExceeded, idle, clients.size(),
                List.copyOf(clients), List.copyOf(warnings));
    }

    /**
     * Overtime minutes per day, as the write model's working-time policy counts them: each day's minutes beyond the
     * daily regular minutes, plus, within each week (the array starts on the week's first day), the regular minutes
     * beyond the weekly regular minutes.
     */
    static int[] overtime(int[] minutes, int dailyRegular, int weeklyRegular) {
        int[] ot = new int[minutes.length];
        int regularInWeek = 0;
        for (int i = 0; i < minutes.length; i++) {
            if (i % 7 == 0) {
                regularInWeek = 0;
            }
            int m = minutes[i];
            int daily = Math.max(0, m - dailyRegular);
            int regular = m - daily;
            int weekly = Math.max(0, regularInWeek + regular - Math.max(weeklyRegular, regularInWeek));
            regularInWeek += regular;
            ot[i] = daily + weekly;
        }
        return ot;
    }

    static String hours(long minutes) {
        return formatHours(minutes) + " h";
    }

    static String hoursJa(long minutes) {
        return formatHours(minutes) + " 時間";
    }

    private static String formatHours(long minutes) {
        java.math.BigDecimal h = java.math.BigDecimal.valueOf(minutes)
                .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        return new java.text.DecimalFormat("#,##0.##").format(h);
    }
}
