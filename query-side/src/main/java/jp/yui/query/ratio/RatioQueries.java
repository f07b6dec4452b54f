package jp.yui.query.ratio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.jdbc.SnapshotReads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the non-member ratio queries from the {@code ratio_*} tables of {@link RatioProjection} and the days of the
 * plan projection's day ledger ({@code plan_day}, {@code plan_assignment}, {@code plan_actual_month}). The rule
 * version of a year is the one in force on its first day, with the amendment's commencement from
 * {@code yui.caps.amendment-commencement} (default 2025-07-01).
 */
@Component
public class RatioQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final CapLaw law;
    private final SnapshotReads snapshot;

    public RatioQueries(JdbcTemplate jdbc,
                        @Value("${yui.caps.amendment-commencement:2025-07-01}") String amendmentCommencement) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.snapshot = new SnapshotReads(jdbc.getDataSource());
        this.law = new CapLaw(LocalDate.parse(amendmentCommencement.trim()));
    }

    public CapLaw law() {
        return law;
    }

    @QueryHandler
    public NonMemberRatio find(FindNonMemberRatio q) {
        return snapshot.read(() -> ratio(q.cooperativeId(), q.businessYear()));
    }

    @QueryHandler
    public CooperativeRatios find(FindRatiosOfCooperatives q) {
        return snapshot.read(() -> ratios(q));
    }

    private CooperativeRatios ratios(FindRatiosOfCooperatives q) {
        List<NonMemberRatio> out = new ArrayList<>();
        for (String id : new TreeSet<>(q.cooperativeIds())) {
            NonMemberRatio r = ratio(id, q.businessYear());
            if (r != null) {
                out.add(r);
            }
        }
        return new CooperativeRatios(q.businessYear(), List.copyOf(out));
    }

    private record Settings(String name, int startMonth, CapUnit capUnit) {
    }

    private NonMemberRatio ratio(String coop, int businessYear) {
        List<Settings> found = jdbc.query("select name, business_year_start_month, cap_unit from ratio_cooperative "
                        + "where cooperative_id = :c", new MapSqlParameterSource("c", coop),
                (rs, i) -> new Settings(rs.getString(1), rs.getInt(2), CapUnit.valueOf(rs.getString(3))));
        if (found.isEmpty()) {
            return null;
        }
        Settings s = found.get(0);
        BusinessYear year = new BusinessYear(businessYear, s.startMonth());
        CapRuleVersion version = law.versionFor(year);
        MapSqlParameterSource args = new MapSqlParameterSource("c", coop).addValue("y", businessYear)
                .addValue("from", year.firstDay()).addValue("to", year.lastDay());

        // per month and class: projected (actual where recorded, else planned) and actual-only minutes and fee-minutes
        Map<YearMonth, UsageFigures[]> months = new LinkedHashMap<>();
        for (int k = 0; k < 12; k++) {
            months.put(YearMonth.from(year.firstDay()).plusMonths(k),
                    new UsageFigures[] {UsageFigures.ZERO, UsageFigures.ZERO});
        }
        jdbc.query("select d.month_start, d.client_class, "
                + "sum(coalesce(d.actual_minutes, d.planned_minutes)) as pm, "
                + "sum(cast(coalesce(d.actual_minutes, d.planned_minutes) as bigint) * a.fee_per_hour_yen) as pf, "
                + "sum(coalesce(d.actual_minutes, 0)) as am, "
                + "sum(cast(coalesce(d.actual_minutes, 0) as bigint) * a.fee_per_hour_yen) as af "
                + "from plan_day d join plan_assignment a on a.cooperative_id = d.cooperative_id "
                + "and a.assignment_id = d.assignment_id "
                + "where d.cooperative_id = :c and d.month_start between :from and :to and a.kind = 'DISPATCH' "
                + "group by 1, 2", args, rs -> {
                    UsageFigures[] m = months.get(YearMonth.from(rs.getDate("month_start").toLocalDate()));
                    ClientClass cls = ClientClass.valueOf(rs.getString("client_class"));
                    m[0] = m[0].add(cls, new Usage(rs.getLong("pm"), rs.getLong("pf")));
                    m[1] = m[1].add(cls, new Usage(rs.getLong("am"), rs.getLong("af")));
                });
        Set<YearMonth> recorded = new HashSet<>();
        jdbc.query("select distinct m.month_start from plan_actual_month m join plan_assignment a "
                + "on a.cooperative_id = m.cooperative_id and a.assignment_id = m.assignment_id "
                + "where m.cooperative_id = :c and a.kind = 'DISPATCH' and not a.cancelled "
                + "and m.month_start between :from and :to", args, rs -> {
                    recorded.add(YearMonth.from(rs.getDate(1).toLocalDate()));
                });

        UsageFigures projected = UsageFigures.ZERO;
        UsageFigures actualOnly = UsageFigures.ZERO;
        List<MonthRatio> monthRatios = new ArrayList<>();
        for (Map.Entry<YearMonth, UsageFigures[]> e : months.entrySet()) {
            projected = plus(projected, e.getValue()[0]);
            actualOnly = plus(actualOnly, e.getValue()[1]);
            monthRatios.add(new MonthRatio(e.getKey(), recorded.contains(e.getKey()),
                    RatioMath.breakdown(e.getValue()[0], version, s.capUnit()),
                    RatioMath.breakdown(e.getValue()[1], version, s.capUnit()),
                    RatioMath.breakdown(projected, version, s.capUnit())));
        }

        List<RecordedBreach> breaches = jdbc.query("select * from ratio_breach where cooperative_id = :c "
                + "and business_year = :y order by sequence_number", args, (rs, i) -> {
                    UsageFigures f = figures(rs);
                    CapUnit unit = CapUnit.valueOf(rs.getString("unit"));
                    String rule = rs.getString("rule_id");
                    CapRuleVersion v = "R-CAP-1".equals(rule) ? CapRuleVersion.SINGLE_20_PERCENT
                            : CapRuleVersion.NESTED_20_50_PERCENT;
                    return new RecordedBreach(rs.getLong("sequence_number"), rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("user_id"), rule, unit, RatioMath.breakdown(f, v, unit),
                            RatioMath.describeJa(businessYear, rule, f, unit), rs.getString("description"));
                });

        List<long[]> closeSequences = new ArrayList<>(); // sequence, revision
        List<ClosedYear> closes = jdbc.query("select * from ratio_close where cooperative_id = :c "
                + "and business_year = :y order by revision", args, (rs, i) -> {
                    closeSequences.add(new long[] {rs.getLong("sequence_number"), rs.getInt("revision")});
                    CapRuleVersion v = CapRuleVersion.valueOf(rs.getString("rule_version"));
                    CapUnit unit = CapUnit.valueOf(rs.getString("unit"));
                    return new ClosedYear(rs.getInt("revision"), rs.getTimestamp("closed_at").toInstant(),
                            rs.getString("user_id"), rs.getDate("first_day").toLocalDate(),
                            rs.getDate("last_day").toLocalDate(), v, unit, RatioMath.breakdown(figures(rs), v, unit),
                            rs.getBigDecimal("other_share_percent"), rs.getBigDecimal("non_member_share_percent"),
                            rs.getBoolean("within_caps"));
                });
        List<Long> reopenSequences = new ArrayList<>();
        List<Reopening> reopenings = jdbc.query("select * from ratio_reopening where cooperative_id = :c "
                + "and business_year = :y order by sequence_number", args, (rs, i) -> {
                    long seq = rs.getLong("sequence_number");
                    reopenSequences.add(seq);
                    int revision = 0;
                    for (long[] c : closeSequences) {
                        if (c[0] < seq) {
                            revision = Math.max(revision, (int) c[1]);
                        }
                    }
                    return new Reopening(rs.getTimestamp("reopened_at").toInstant(), rs.getString("user_id"), revision,
                            rs.getString("reason"));
                });
        YearStatus status = YearStatus.OPEN;
        if (!closeSequences.isEmpty()) {
            long lastClose = closeSequences.stream().mapToLong(c -> c[0]).max().getAsLong();
            long lastReopen = reopenSequences.stream().mapToLong(Long::longValue).max().orElse(-1);
            status = lastReopen > lastClose ? YearStatus.REOPENED_FOR_CORRECTION : YearStatus.CLOSED;
        }

        return new NonMemberRatio(coop, s.name(), businessYear, year.firstDay(), year.lastDay(), version,
                version.ruleId(), law.amendmentCommencement(), s.capUnit(),
                RatioMath.breakdown(projected, version, s.capUnit()), RatioMath.breakdown(actualOnly, version, s.capUnit()),
                RatioMath.headRoom(projected, version, s.capUnit()), List.copyOf(monthRatios), List.copyOf(breaches),
                status, List.copyOf(closes), List.copyOf(reopenings));
    }

    private static UsageFigures plus(UsageFigures a, UsageFigures b) {
        return new UsageFigures(a.member().plus(b.member()), a.related().plus(b.related()), a.other().plus(b.other()));
    }

    private static UsageFigures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UsageFigures(new Usage(rs.getLong("member_minutes"), rs.getLong("member_fee_minutes")),
                new Usage(rs.getLong("related_minutes"), rs.getLong("related_fee_minutes")),
                new Usage(rs.getLong("other_minutes"), rs.getLong("other_fee_minutes")));
    }
}
