package jp.yui.query.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkPattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The per-day ledger of a cooperative's assignments, as a projection keeps it in its own tables (prefix
 * {@code plan_} or {@code ratio_}, see the V100/V150 migrations): clients, memberships, district versions,
 * assignments with their work pattern, recorded actual months, and one row per assignment and day with the planned
 * minutes, the actual minutes (when the month has recorded results: the listed days with their minutes, every other
 * day of the month 0) and the client's class on that day — the same semantics as the write model's projected year
 * (R-CAP-4) and client classifier (class per day).
 * <p>
 * Every change is state-setting (an assignment's days are rebuilt from its stored state), and
 * {@link #firstDelivery(String, Long)} remembers the last applied event sequence per cooperative, so handling an
 * event twice changes nothing.
 */
public final class AssignmentLedger {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final NamedParameterJdbcTemplate jdbc;
    private final String p;

    /**
     * @param prefix the table prefix of the owning projection, {@code plan_} or {@code ratio_}; its
     *               {@code <prefix>cooperative} table must have {@code business_year_start_month}
     */
    public AssignmentLedger(NamedParameterJdbcTemplate jdbc, String prefix) {
        if (!prefix.matches("[a-z]+_")) {
            throw new IllegalArgumentException("bad table prefix " + prefix);
        }
        this.jdbc = jdbc;
        this.p = prefix;
    }

    public String prefix() {
        return p;
    }

    /**
     * Records that the cooperative's event {@code sequence} is being applied; {@code false} when it (or a later one)
     * was already applied, so the caller must skip it. Without a sequence number every delivery counts.
     */
    public boolean firstDelivery(String cooperativeId, Long sequence) {
        if (sequence == null) {
            return true;
        }
        int n = jdbc.update("insert into " + p + "applied (cooperative_id, last_sequence) values (:c, :s) "
                        + "on conflict (cooperative_id) do update set last_sequence = excluded.last_sequence "
                        + "where " + p + "applied.last_sequence < excluded.last_sequence",
                new MapSqlParameterSource("c", cooperativeId).addValue("s", sequence));
        return n > 0;
    }

    // ------------------------------------------------------------------ clients and the district

    public void clientRegistered(String coop, String clientId, String name, ClientKind kind, String municipalityCode) {
        jdbc.update("insert into " + p + "client (cooperative_id, client_id, name, kind, municipality_code) "
                        + "values (:c, :id, :name, :kind, :muni) on conflict (cooperative_id, client_id) do update set "
                        + "name = excluded.name, kind = excluded.kind, municipality_code = excluded.municipality_code",
                new MapSqlParameterSource("c", coop).addValue("id", clientId).addValue("name", name)
                        .addValue("kind", kind.name()).addValue("muni", municipalityCode));
        reclassifyClient(coop, clientId);
    }

    public void memberAdmitted(String coop, String clientId, String name, LocalDate joinedOn) {
        MapSqlParameterSource args = new MapSqlParameterSource("c", coop).addValue("id", clientId)
                .addValue("name", name).addValue("joined", joinedOn);
        jdbc.update("insert into " + p + "client (cooperative_id, client_id, name, kind) values (:c, :id, :name, "
                + "'BUSINESS') on conflict (cooperative_id, client_id) do update set name = excluded.name", args);
        jdbc.update("insert into " + p + "membership (cooperative_id, client_id, joined_on) values (:c, :id, :joined) "
                + "on conflict do nothing", args);
        reclassifyClient(coop, clientId);
    }

    /** The client's latest membership ends on {@code lastDay}. */
    public void membershipEnded(String coop, String clientId, LocalDate lastDay) {
        jdbc.update("update " + p + "membership m set last_day = :last where m.cooperative_id = :c "
                        + "and m.client_id = :id and m.joined_on = (select max(x.joined_on) from " + p + "membership x "
                        + "where x.cooperative_id = :c and x.client_id = :id)",
                new MapSqlParameterSource("c", coop).addValue("id", clientId).addValue("last", lastDay));
        reclassifyClient(coop, clientId);
    }

    /** A district version (the original one with {@code effectiveFrom} null), named by its event sequence. */
    public void districtCertified(String coop, long versionSequence, LocalDate effectiveFrom, Set<String> municipalities) {
        MapSqlParameterSource base = new MapSqlParameterSource("c", coop).addValue("v", versionSequence);
        jdbc.update("delete from " + p + "district where cooperative_id = :c and version_sequence = :v", base);
        List<SqlParameterSource> rows = new ArrayList<>();
        for (String code : new java.util.TreeSet<>(municipalities)) {
            rows.add(new MapSqlParameterSource("c", coop).addValue("v", versionSequence).addValue("from", effectiveFrom)
                    .addValue("code", code));
        }
        jdbc.batchUpdate("insert into " + p + "district (cooperative_id, version_sequence, effective_from, "
                + "municipality_code) values (:c, :v, :from, :code)", rows.toArray(SqlParameterSource[]::new));
        reclassify(coop, "c.kind in ('MUNICIPALITY', 'LOCAL_INDEPENDENT_AGENCY')", new MapSqlParameterSource());
    }

    // ------------------------------------------------------------------ assignments

    public void assignmentPlanned(AssignmentPlanned e) {
        jdbc.update("insert into " + p + "assignment (cooperative_id, assignment_id, kind, worker_id, client_id, work, "
                        + "category, workplace_municipality, period_from, period_to, pattern, fee_per_hour_yen, cancelled) "
                        + "values (:c, :a, :kind, :w, :client, :work, :cat, :wp, :from, :to, :pattern, :fee, false) "
                        + "on conflict (cooperative_id, assignment_id) do update set kind = excluded.kind, "
                        + "worker_id = excluded.worker_id, client_id = excluded.client_id, work = excluded.work, "
                        + "category = excluded.category, workplace_municipality = excluded.workplace_municipality, "
                        + "period_from = excluded.period_from, period_to = excluded.period_to, "
                        + "pattern = excluded.pattern, fee_per_hour_yen = excluded.fee_per_hour_yen, cancelled = false, "
                        + "cancel_reason = null",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("a", e.assignmentId())
                        .addValue("kind", e.kind().name()).addValue("w", e.workerId()).addValue("client", e.clientId())
                        .addValue("work", e.work()).addValue("cat", e.category() == null ? null : e.category().name())
                        .addValue("wp", e.workplaceMunicipality()).addValue("from", e.period().from())
                        .addValue("to", e.period().to()).addValue("pattern", json(e.pattern()))
                        .addValue("fee", e.feePerHourYen()));
        rebuild(e.cooperativeId(), e.assignmentId(), null);
    }

    public void assignmentRescheduled(String coop, String assignmentId, Period period, WorkPattern pattern) {
        jdbc.update("update " + p + "assignment set period_from = :from, period_to = :to, pattern = :pattern "
                        + "where cooperative_id = :c and assignment_id = :a",
                new MapSqlParameterSource("c", coop).addValue("a", assignmentId).addValue("from", period.from())
                        .addValue("to", period.to()).addValue("pattern", json(pattern)));
        rebuild(coop, assignmentId, null);
    }

    /** A cancelled assignment keeps its row (marked cancelled) and loses its days. */
    public void assignmentCancelled(String coop, String assignmentId, String reason) {
        jdbc.update("update " + p + "assignment set cancelled = true, cancel_reason = :r "
                        + "where cooperative_id = :c and assignment_id = :a",
                new MapSqlParameterSource("c", coop).addValue("a", assignmentId).addValue("r", reason));
        rebuild(coop, assignmentId, null);
    }

    /** The month's recorded actual minutes replace any earlier record of that month. */
    public void actualHoursRecorded(String coop, String assignmentId, YearMonth month, Map<LocalDate, Integer> minutes) {
        MapSqlParameterSource args = new MapSqlParameterSource("c", coop).addValue("a", assignmentId)
                .addValue("m", month.atDay(1)).addValue("end", month.atEndOfMonth());
        jdbc.update("insert into " + p + "actual_month (cooperative_id, assignment_id, month_start) values (:c, :a, :m) "
                + "on conflict do nothing", args);
        jdbc.update("delete from " + p + "actual_day where cooperative_id = :c and assignment_id = :a "
                + "and day between :m and :end", args);
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> d : new TreeMap<>(minutes == null ? Map.<LocalDate, Integer>of() : minutes)
                .entrySet()) {
            if (YearMonth.from(d.getKey()).equals(month)) {
                rows.add(new MapSqlParameterSource("c", coop).addValue("a", assignmentId).addValue("d", d.getKey())
                        .addValue("min", d.getValue()));
            }
        }
        jdbc.batchUpdate("insert into " + p + "actual_day (cooperative_id, assignment_id, day, minutes) "
                + "values (:c, :a, :d, :min)", rows.toArray(SqlParameterSource[]::new));
        rebuild(coop, assignmentId, new Period(month.atDay(1), month.atEndOfMonth()));
    }

    // ------------------------------------------------------------------ the days

    private record Stored(String workerId, String clientId, String kind, String work, Period period,
                          WorkPattern pattern, long fee, boolean cancelled) {
    }

    /** Rebuilds the day rows of an assignment, all of them ({@code range} null) or those within {@code range}. */
    private void rebuild(String coop, String assignmentId, Period range) {
        MapSqlParameterSource args = new MapSqlParameterSource("c", coop).addValue("a", assignmentId);
        String inRange = "";
        if (range != null) {
            args.addValue("from", range.from()).addValue("to", range.to());
            inRange = " and day between :from and :to";
        }
        jdbc.update("delete from " + p + "day where cooperative_id = :c and assignment_id = :a" + inRange, args);
        // one round trip for the assignment, the cooperative's business-year start and the recorded actual months and
        // days (only those within the range: the others are not looked at)
        String monthsInRange = range == null ? "" : " and month_start between :from and :to";
        List<Stored> found = new ArrayList<>();
        int[] startMonth = {4};
        Set<YearMonth> actualMonths = new HashSet<>();
        Map<LocalDate, Integer> actualDays = new HashMap<>();
        jdbc.query("select 'A' as k, worker_id, client_id, kind, work, period_from, period_to, pattern, fee_per_hour_yen, "
                        + "cancelled, (select business_year_start_month from " + p + "cooperative where cooperative_id = :c) "
                        + "as start_month, null::date as day, null::integer as minutes from " + p + "assignment "
                        + "where cooperative_id = :c and assignment_id = :a "
                        + "union all select 'M', null, null, null, null, null, null, null, null, null, null, month_start, null "
                        + "from " + p + "actual_month where cooperative_id = :c and assignment_id = :a" + monthsInRange
                        + " union all select 'D', null, null, null, null, null, null, null, null, null, null, day, minutes "
                        + "from " + p + "actual_day where cooperative_id = :c and assignment_id = :a" + inRange,
                args, rs -> {
                    switch (rs.getString("k")) {
                        case "A" -> {
                            found.add(new Stored(rs.getString("worker_id"), rs.getString("client_id"), rs.getString("kind"),
                                    rs.getString("work"), new Period(rs.getDate("period_from").toLocalDate(),
                                    rs.getDate("period_to").toLocalDate()), pattern(rs.getString("pattern")),
                                    rs.getLong("fee_per_hour_yen"), rs.getBoolean("cancelled")));
                            int start = rs.getInt("start_month");
                            if (!rs.wasNull()) {
                                startMonth[0] = start;
                            }
                        }
                        case "M" -> actualMonths.add(YearMonth.from(rs.getDate("day").toLocalDate()));
                        default -> actualDays.put(rs.getDate("day").toLocalDate(), rs.getInt("minutes"));
                    }
                });
        if (found.isEmpty() || found.get(0).cancelled()) {
            return;
        }
        Stored a = found.get(0);
        Period span = range == null ? a.period() : a.period().intersection(range);
        TreeMap<LocalDate, int[]> days = new TreeMap<>(); // planned, actual (-1 = no actual month)
        if (span != null) {
            for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                days.put(d, minutes(a, d, actualMonths, actualDays));
            }
        }
        for (LocalDate d : actualDays.keySet()) {
            // recorded minutes outside the period (the write model never leaves any above 0 there) still count
            if ((range == null || range.contains(d)) && !days.containsKey(d)) {
                days.put(d, minutes(a, d, actualMonths, actualDays));
            }
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, int[]> d : days.entrySet()) {
            int planned = d.getValue()[0];
            int actual = d.getValue()[1];
            if (planned <= 0 && actual <= 0) {
                continue;
            }
            rows.add(new MapSqlParameterSource("c", coop).addValue("a", assignmentId).addValue("d", Date.valueOf(d.getKey()))
                    .addValue("y", BusinessYear.containing(d.getKey(), startMonth[0]).startYear())
                    .addValue("w", a.workerId()).addValue("client", a.clientId()).addValue("kind", a.kind())
                    .addValue("cls", ClientClass.OTHER_NON_MEMBER.name()).addValue("work", a.work())
                    .addValue("planned", planned)
                    .addValue("actual", actual < 0 ? null : actual, java.sql.Types.INTEGER).addValue("fee", a.fee()));
        }
        jdbc.batchUpdate("insert into " + p + "day (cooperative_id, assignment_id, day, business_year, worker_id, "
                + "client_id, kind, client_class, work, planned_minutes, actual_minutes, fee_per_hour_yen) values (:c, :a, "
                + ":d, :y, :w, :client, :kind, :cls, :work, :planned, :actual, :fee)", rows.toArray(SqlParameterSource[]::new));
        reclassify(coop, "d.assignment_id = :a" + inRange.replace("day between", "d.day between"), args);
    }

    private static int[] minutes(Stored a, LocalDate d, Set<YearMonth> actualMonths, Map<LocalDate, Integer> actualDays) {
        int planned = a.period().contains(d) ? a.pattern().minutesOn(d) : 0;
        int actual = actualMonths.contains(YearMonth.from(d)) ? actualDays.getOrDefault(d, 0) : -1;
        return new int[] {planned, actual};
    }

    private void reclassifyClient(String coop, String clientId) {
        reclassify(coop, "d.client_id = :client", new MapSqlParameterSource("client", clientId));
    }

    /**
     * Sets the client class of the day rows matching {@code condition} (over {@code d} = the day row and {@code c} =
     * its client): a business is a member on a day one of its memberships covers; a municipality or local independent
     * agency is related when its municipality is in the district version in force that day; every other is other.
     */
    private void reclassify(String coop, String condition, MapSqlParameterSource args) {
        args.addValue("coop", coop);
        jdbc.update("update " + p + "day d set client_class = case "
                + "when c.kind = 'BUSINESS' and exists (select 1 from " + p + "membership m "
                + "  where m.cooperative_id = d.cooperative_id and m.client_id = d.client_id and m.joined_on <= d.day "
                + "  and (m.last_day is null or m.last_day >= d.day)) then 'MEMBER' "
                + "when c.kind in ('MUNICIPALITY', 'LOCAL_INDEPENDENT_AGENCY') and c.municipality_code in ("
                + "  select x.municipality_code from " + p + "district x where x.cooperative_id = d.cooperative_id "
                + "  and x.version_sequence = (select max(v.version_sequence) from " + p + "district v "
                + "    where v.cooperative_id = d.cooperative_id and (v.effective_from is null or v.effective_from <= d.day))"
                + ") then 'RELATED_MUNICIPALITY' "
                + "else 'OTHER_NON_MEMBER' end "
                + "from " + p + "client c where c.cooperative_id = d.cooperative_id and c.client_id = d.client_id "
                + "and d.cooperative_id = :coop and " + condition, args);
    }

    private static String json(WorkPattern pattern) {
        try {
            return JSON.writeValueAsString(pattern);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store work pattern " + pattern, e);
        }
    }

    /** A work pattern as stored in {@code <prefix>assignment.pattern}. */
    public static WorkPattern pattern(String json) {
        try {
            return JSON.readValue(json, WorkPattern.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read work pattern " + json, e);
        }
    }
}
