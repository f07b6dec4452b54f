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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkPattern;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The day ledger of a cooperative's assignments, as a projection keeps it in its own tables (prefix
 * {@code plan_} or {@code ratio_}, see the V100/V150 migrations): clients, memberships, district versions,
 * assignments with their work pattern, recorded actual months (one row each, with the month's recorded days and
 * minutes as arrays), and one row per assignment and month ({@code <prefix>month}, V690) with, per day of the month,
 * the planned minutes, the actual minutes (when the month has recorded results: the listed days with their minutes,
 * every other day of the month 0) and the client's class on that day — the same semantics as the write model's
 * projected year (R-CAP-4) and client classifier (class per day). The view {@code plan_day} shows the days with
 * minutes as rows.
 * <p>
 * Every change is state-setting (an assignment's days are rebuilt from its stored state), and
 * {@link #firstDelivery(String, Long)} remembers the last applied event sequence per cooperative, so handling an
 * event twice changes nothing.
 * <p>
 * Inside a unit of work (a processor's batch of events) the assignments' changes are kept in memory and written when
 * it prepares its commit: the assignments a batch touches are read in one query, their month rows computed once from
 * their state after the batch's last event, and every table written by one batched statement (see {@link Batch}).
 * Clients, memberships and district versions (rare events) are written at once, with the classes of the stored month
 * rows they concern ({@link #reclassify}); the month rows are upserted by one statement with each day's client class
 * computed from those tables as they stand then ({@link Classes}: so the class is what handling the events one at a
 * time gives, and no row is written twice). Outside a unit of work each change is
 * written at once, by the same code.
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
     * <p>
     * Inside a unit of work (a processor's batch) the cooperative's last applied sequence is read once per batch and
     * written once, when the batch commits ({@link Batch}); outside one it is upserted at once.
     */
    public boolean firstDelivery(String cooperativeId, Long sequence) {
        if (sequence == null) {
            return true;
        }
        Batch b = currentBatch();
        if (b != null) {
            Long last;
            if (b.applied.containsKey(cooperativeId)) {
                last = b.applied.get(cooperativeId);
            } else {
                List<Long> found = jdbc.queryForList("select last_sequence from " + p + "applied where cooperative_id = :c",
                        new MapSqlParameterSource("c", cooperativeId), Long.class);
                last = found.isEmpty() ? null : found.get(0);
            }
            if (last != null && last >= sequence) {
                b.applied.put(cooperativeId, last);
                return false;
            }
            b.applied.put(cooperativeId, sequence);
            b.appliedChanged.add(cooperativeId);
            return true;
        }
        int n = jdbc.update(APPLIED_UPSERT.formatted(p, p), new MapSqlParameterSource("c", cooperativeId)
                .addValue("s", sequence));
        return n > 0;
    }

    private static final String APPLIED_UPSERT = "insert into %sapplied (cooperative_id, last_sequence) values (:c, :s) "
            + "on conflict (cooperative_id) do update set last_sequence = excluded.last_sequence "
            + "where %sapplied.last_sequence < excluded.last_sequence";

    /**
     * Runs {@code action} once the ledger's changes are written: inside a unit of work when its batch is written
     * (once per key, the last action given), otherwise at once.
     */
    public void afterWrite(String key, Runnable action) {
        Batch b = currentBatch();
        if (b == null) {
            action.run();
        } else {
            b.afterWrite.remove(key);
            b.afterWrite.put(key, action);
        }
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
        for (String code : new TreeSet<>(municipalities)) {
            rows.add(new MapSqlParameterSource("c", coop).addValue("v", versionSequence).addValue("from", effectiveFrom)
                    .addValue("code", code));
        }
        jdbc.batchUpdate("insert into " + p + "district (cooperative_id, version_sequence, effective_from, "
                + "municipality_code) values (:c, :v, :from, :code)", rows.toArray(SqlParameterSource[]::new));
        reclassify(coop, "c.kind in ('MUNICIPALITY', 'LOCAL_INDEPENDENT_AGENCY')", new MapSqlParameterSource());
    }

    // ------------------------------------------------------------------ assignments

    public void assignmentPlanned(AssignmentPlanned e) {
        State planned = new State(e.kind().name(), e.workerId(), e.clientId(), e.work(),
                e.category() == null ? null : e.category().name(), e.workplaceMunicipality(), e.period(),
                json(e.pattern()), e.pattern(), e.feePerHourYen(), false, null);
        record(e.cooperativeId(), e.assignmentId(), new Planned(planned));
    }

    public void assignmentRescheduled(String coop, String assignmentId, Period period, WorkPattern pattern) {
        record(coop, assignmentId, new Rescheduled(period, json(pattern), pattern));
    }

    /** A cancelled assignment keeps its row (marked cancelled) and loses its days. */
    public void assignmentCancelled(String coop, String assignmentId, String reason) {
        record(coop, assignmentId, new Cancelled(reason));
    }

    /** The month's recorded actual minutes replace any earlier record of that month. */
    public void actualHoursRecorded(String coop, String assignmentId, YearMonth month, Map<LocalDate, Integer> minutes) {
        TreeMap<LocalDate, Integer> inMonth = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> d : (minutes == null ? Map.<LocalDate, Integer>of() : minutes).entrySet()) {
            if (YearMonth.from(d.getKey()).equals(month)) {
                inMonth.put(d.getKey(), d.getValue());
            }
        }
        record(coop, assignmentId, new Actual(month, inMonth));
    }

    // ------------------------------------------------------------------ the batch

    /** What an event does to an assignment; applied to its stored state when the batch is written. */
    private sealed interface Change permits Planned, Rescheduled, Cancelled, Actual {
    }

    private record Planned(State row) implements Change {
    }

    private record Rescheduled(Period period, String patternJson, WorkPattern pattern) implements Change {
    }

    private record Cancelled(String reason) implements Change {
    }

    private record Actual(YearMonth month, TreeMap<LocalDate, Integer> minutes) implements Change {
    }

    private record Key(String coop, String assignmentId) {
    }

    /** An assignment's row of {@code <prefix>assignment}. */
    private static final class State {
        String kind;
        String workerId;
        String clientId;
        String work;
        String category;
        String workplace;
        Period period;
        String patternJson;
        WorkPattern pattern; // parsed from patternJson when first needed
        long fee;
        boolean cancelled;
        String cancelReason;

        State(String kind, String workerId, String clientId, String work, String category, String workplace,
              Period period, String patternJson, WorkPattern pattern, long fee, boolean cancelled, String cancelReason) {
            this.kind = kind;
            this.workerId = workerId;
            this.clientId = clientId;
            this.work = work;
            this.category = category;
            this.workplace = workplace;
            this.period = period;
            this.patternJson = patternJson;
            this.pattern = pattern;
            this.fee = fee;
            this.cancelled = cancelled;
            this.cancelReason = cancelReason;
        }

        WorkPattern pattern() {
            if (pattern == null) {
                pattern = AssignmentLedger.pattern(patternJson);
            }
            return pattern;
        }
    }

    /** An assignment as stored, then as changed by the batch's events. */
    private static final class Assignment {
        State row; // null: no such assignment
        boolean stored; // its row was in <prefix>assignment before the batch (else it has no month rows yet)
        boolean rowChanged;
        final Set<YearMonth> actualMonths = new HashSet<>();
        final Map<LocalDate, Integer> actualDays = new HashMap<>();
        final Map<YearMonth, TreeMap<LocalDate, Integer>> recordedMonths = new TreeMap<>();
        boolean allMonths; // every month row is rebuilt
        final Set<YearMonth> rebuiltMonths = new TreeSet<>(); // otherwise: the months whose rows are rebuilt
    }

    /**
     * The ledger's changes within one unit of work (a processor's batch of events, or a single event outside one):
     * the cooperatives' last applied sequences and the assignments' changes, in event order. They are written when the
     * unit of work prepares its commit — in the same transaction as the processor's token — by a fixed number of
     * statements per batch ({@link #write(Batch)}) instead of eight round trips per event. Each event's handler only
     * records its change, so an event that fails in its handler (and is dead-lettered) leaves no trace in the batch.
     */
    private static final class Batch {
        final Map<String, Long> applied = new HashMap<>();
        final Set<String> appliedChanged = new LinkedHashSet<>();
        final LinkedHashMap<Key, List<Change>> changes = new LinkedHashMap<>();
        final LinkedHashMap<String, Runnable> afterWrite = new LinkedHashMap<>();
    }

    /** The batch of the current unit of work, created (with its write before the commit) on first use; else null. */
    private Batch currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get();
        return uow.getOrComputeResource(AssignmentLedger.class.getName() + "." + p, k -> {
            Batch b = new Batch();
            uow.onPrepareCommit(u -> write(b));
            return b;
        });
    }

    private void record(String coop, String assignmentId, Change change) {
        Batch b = currentBatch();
        boolean now = b == null;
        if (now) {
            b = new Batch();
        }
        b.changes.computeIfAbsent(new Key(coop, assignmentId), k -> new ArrayList<>()).add(change);
        if (now) {
            write(b);
        }
    }

    /** Writes a batch: last applied sequences, assignment rows, actual months and days, month rows. */
    private void write(Batch b) {
        if (!b.appliedChanged.isEmpty()) {
            List<SqlParameterSource> rows = new ArrayList<>();
            for (String coop : b.appliedChanged) {
                rows.add(new MapSqlParameterSource("c", coop).addValue("s", b.applied.get(coop)));
            }
            jdbc.batchUpdate(APPLIED_UPSERT.formatted(p, p), rows.toArray(SqlParameterSource[]::new));
            b.appliedChanged.clear();
        }
        if (!b.changes.isEmpty()) {
            writeAssignments(b.changes);
            b.changes.clear();
        }
        List<Runnable> after = new ArrayList<>(b.afterWrite.values());
        b.afterWrite.clear();
        after.forEach(Runnable::run);
    }

    private void writeAssignments(LinkedHashMap<Key, List<Change>> changes) {
        Map<Key, Assignment> all = new LinkedHashMap<>();
        Map<String, Integer> startMonths = new HashMap<>();
        load(changes.keySet(), all, startMonths);

        // apply the changes in event order
        for (Map.Entry<Key, List<Change>> e : changes.entrySet()) {
            Assignment a = all.get(e.getKey());
            for (Change c : e.getValue()) {
                if (c instanceof Planned pl) {
                    State r = pl.row();
                    a.row = new State(r.kind, r.workerId, r.clientId, r.work, r.category, r.workplace, r.period,
                            r.patternJson, r.pattern, r.fee, false, null);
                    a.rowChanged = true;
                    a.allMonths = true;
                } else if (c instanceof Rescheduled rs) {
                    if (a.row != null) {
                        a.row.period = rs.period();
                        a.row.patternJson = rs.patternJson();
                        a.row.pattern = rs.pattern();
                        a.rowChanged = true;
                    }
                    a.allMonths = true;
                } else if (c instanceof Cancelled cn) {
                    if (a.row != null) {
                        a.row.cancelled = true;
                        a.row.cancelReason = cn.reason();
                        a.rowChanged = true;
                    }
                    a.allMonths = true;
                } else if (c instanceof Actual ac) {
                    a.actualMonths.add(ac.month());
                    a.actualDays.keySet().removeIf(d -> YearMonth.from(d).equals(ac.month()));
                    a.actualDays.putAll(ac.minutes());
                    a.recordedMonths.put(ac.month(), ac.minutes());
                    a.rebuiltMonths.add(ac.month());
                }
            }
        }

        AssignmentRows rowUpserts = new AssignmentRows();
        // the recorded months: one row each, its days (of the month) and their minutes as arrays (array literals)
        List<String> monthCoops = new ArrayList<>();
        List<String> monthAssignments = new ArrayList<>();
        List<Integer> monthStarts = new ArrayList<>(); // epoch days
        List<String> monthDays = new ArrayList<>();
        List<String> monthMinutes = new ArrayList<>();
        List<SqlParameterSource> allMonthDeletes = new ArrayList<>();
        List<SqlParameterSource> emptyMonthDeletes = new ArrayList<>();
        MonthRows monthRows = new MonthRows();
        for (Map.Entry<Key, Assignment> e : all.entrySet()) {
            String coop = e.getKey().coop();
            String id = e.getKey().assignmentId();
            Assignment a = e.getValue();
            if (a.rowChanged && a.row != null) {
                rowUpserts.add(coop, id, a.row);
            }
            for (Map.Entry<YearMonth, TreeMap<LocalDate, Integer>> m : a.recordedMonths.entrySet()) {
                StringBuilder days = new StringBuilder("{");
                StringBuilder minutes = new StringBuilder("{");
                for (Map.Entry<LocalDate, Integer> d : m.getValue().entrySet()) {
                    if (days.length() > 1) {
                        days.append(',');
                        minutes.append(',');
                    }
                    days.append(d.getKey().getDayOfMonth());
                    minutes.append(d.getValue() == null ? 0 : d.getValue());
                }
                monthCoops.add(coop);
                monthAssignments.add(id);
                monthStarts.add(Math.toIntExact(m.getKey().atDay(1).toEpochDay()));
                monthDays.add(days.append('}').toString());
                monthMinutes.add(minutes.append('}').toString());
            }
            int startMonth = startMonths.getOrDefault(coop, 4);
            // an assignment first stored by this batch has no month rows to delete (most of a replay's assignments)
            if (a.allMonths) {
                if (a.stored) {
                    allMonthDeletes.add(new MapSqlParameterSource("c", coop).addValue("a", id));
                }
                monthRows(coop, id, a, startMonth, null, monthRows);
            } else {
                for (YearMonth m : a.rebuiltMonths) {
                    // a month row is upserted; a month left without minutes loses its row
                    if (!monthRows(coop, id, a, startMonth, m, monthRows) && a.stored) {
                        emptyMonthDeletes.add(new MapSqlParameterSource("c", coop).addValue("a", id)
                                .addValue("m", m.atDay(1)));
                    }
                }
            }
        }
        if (!rowUpserts.coops.isEmpty()) {
            // one statement over column arrays (each assignment once per batch, so no row is upserted twice in it)
            withArrays("insert into " + p + "assignment (cooperative_id, assignment_id, kind, worker_id, client_id, "
                    + "work, category, workplace_municipality, period_from, period_to, pattern, fee_per_hour_yen, "
                    + "cancelled, cancel_reason) select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], "
                    + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], "
                    + "?::text[], ?::bigint[], ?::boolean[], ?::varchar[]) "
                    + "on conflict (cooperative_id, assignment_id) do update set kind = excluded.kind, "
                    + "worker_id = excluded.worker_id, client_id = excluded.client_id, work = excluded.work, "
                    + "category = excluded.category, workplace_municipality = excluded.workplace_municipality, "
                    + "period_from = excluded.period_from, period_to = excluded.period_to, pattern = excluded.pattern, "
                    + "fee_per_hour_yen = excluded.fee_per_hour_yen, cancelled = excluded.cancelled, "
                    + "cancel_reason = excluded.cancel_reason", new String[] {"varchar", "varchar", "varchar",
                            "varchar", "varchar", "varchar", "varchar", "varchar", "date", "date", "text", "int8", "bool",
                            "varchar"}, rowUpserts.coops, rowUpserts.ids, rowUpserts.kinds, rowUpserts.workers,
                    rowUpserts.clients, rowUpserts.works, rowUpserts.categories, rowUpserts.workplaces,
                    rowUpserts.froms, rowUpserts.tos, rowUpserts.patterns, rowUpserts.fees, rowUpserts.cancelled,
                    rowUpserts.reasons);
        }
        if (!monthCoops.isEmpty()) {
            // a month recorded again replaces its days (each assignment's month once per batch: no row twice)
            withArrays("insert into " + p + "actual_month (cooperative_id, assignment_id, month_start, days, minutes) "
                            + "select x.c, x.a, date '1970-01-01' + x.m, x.d::int[], x.n::int[] "
                            + "from unnest(?::varchar[], ?::varchar[], ?::int[], ?::text[], ?::text[]) as x(c, a, m, d, n) "
                            + "on conflict (cooperative_id, assignment_id, month_start) do update set "
                            + "days = excluded.days, minutes = excluded.minutes",
                    new String[] {"varchar", "varchar", "int4", "text", "text"},
                    monthCoops, monthAssignments, monthStarts, monthDays, monthMinutes);
        }
        batch("delete from " + p + "month where cooperative_id = :c and assignment_id = :a", allMonthDeletes);
        batch("delete from " + p + "month where cooperative_id = :c and assignment_id = :a and month_start = :m",
                emptyMonthDeletes);
        upsertMonths(monthRows);
    }

    /** The assignment rows a batch upserts, as columns (one statement over arrays, see {@link #withArrays}). */
    private static final class AssignmentRows {
        final List<String> coops = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<String> workers = new ArrayList<>();
        final List<String> clients = new ArrayList<>();
        final List<String> works = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final List<String> workplaces = new ArrayList<>();
        final List<Date> froms = new ArrayList<>();
        final List<Date> tos = new ArrayList<>();
        final List<String> patterns = new ArrayList<>();
        final List<Long> fees = new ArrayList<>();
        final List<Boolean> cancelled = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        void add(String coop, String id, State r) {
            coops.add(coop);
            ids.add(id);
            kinds.add(r.kind);
            workers.add(r.workerId);
            clients.add(r.clientId);
            works.add(r.work);
            categories.add(r.category);
            workplaces.add(r.workplace);
            froms.add(Date.valueOf(r.period.from()));
            tos.add(Date.valueOf(r.period.to()));
            patterns.add(r.patternJson);
            fees.add(r.fee);
            cancelled.add(r.cancelled);
            reasons.add(r.cancelReason);
        }
    }

    /**
     * The month rows computed from the assignments' states, as columns: the assignment's key (and its client, for the
     * class) once per assignment; per month only numbers — its first day as an epoch day, business year, the
     * (1-based) index of its assignment, whether it has recorded results, and the offset and length of its days in the
     * flat {@code planned} and {@code actual} arrays (actual 0 where the month has no recorded results). One statement
     * for the whole batch. What an assignment's days share (worker, client, kind, work, fee) is read from its
     * {@code <prefix>assignment} row.
     */
    private static final class MonthRows {
        final List<String> coops = new ArrayList<>();
        final List<String> assignments = new ArrayList<>();
        final List<String> clients = new ArrayList<>();
        final List<Integer> index = new ArrayList<>();
        final List<Integer> months = new ArrayList<>();
        final List<Integer> years = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();
        final List<Integer> lengths = new ArrayList<>();
        final List<Boolean> recorded = new ArrayList<>();
        final List<Integer> planned = new ArrayList<>();
        final List<Integer> actual = new ArrayList<>();

        void add(String coop, String assignmentId, String clientId, YearMonth month, int year, int[] plannedMinutes,
                 int[] actualMinutes) {
            int last = coops.size() - 1;
            if (last < 0 || !coops.get(last).equals(coop) || !assignments.get(last).equals(assignmentId)) {
                coops.add(coop);
                assignments.add(assignmentId);
                clients.add(clientId);
            }
            index.add(coops.size());
            months.add(Math.toIntExact(month.atDay(1).toEpochDay()));
            years.add(year);
            offsets.add(planned.size());
            lengths.add(plannedMinutes.length);
            recorded.add(actualMinutes != null);
            for (int i = 0; i < plannedMinutes.length; i++) {
                planned.add(plannedMinutes[i]);
                actual.add(actualMinutes == null ? 0 : actualMinutes[i]);
            }
        }
    }

    /**
     * Upserts the month rows with their client's class on each day ({@link Classes}, read from the client, membership
     * and district tables as they stand when the batch is written: what {@link #reclassify} would set afterwards).
     * Each row's arrays are slices of three flat arrays sent once for the batch.
     */
    private void upsertMonths(MonthRows rows) {
        if (rows.index.isEmpty()) {
            return;
        }
        Classes classes = Classes.load(jdbc, p, rows.coops, rows.clients);
        List<Integer> classOfDay = new ArrayList<>(rows.planned.size());
        for (int k = 0; k < rows.index.size(); k++) {
            int i = rows.index.get(k) - 1;
            classes.of(rows.coops.get(i), rows.clients.get(i))
                    .addMonth(LocalDate.ofEpochDay(rows.months.get(k)), rows.lengths.get(k), classOfDay);
        }
        String sql = "insert into " + p + "month (cooperative_id, assignment_id, month_start, business_year, planned, "
                + "actual, classes) "
                + "select x.c, x.a, date '1970-01-01' + r.m, r.y, f.pl[r.o + 1 : r.o + r.n], "
                + "case when r.h then f.ac[r.o + 1 : r.o + r.n] end, cast(f.cl[r.o + 1 : r.o + r.n] as smallint[]) "
                + "from (select ?::int[] as pl, ?::int[] as ac, ?::int[] as cl) f "
                + "cross join unnest(?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::boolean[]) as r(i, m, y, o, n, h) "
                + "join unnest(?::varchar[], ?::varchar[]) with ordinality as x(c, a, i) on x.i = r.i "
                + "on conflict (cooperative_id, assignment_id, month_start) do update set "
                + "business_year = excluded.business_year, planned = excluded.planned, actual = excluded.actual, "
                + "classes = excluded.classes";
        withArrays(sql, new String[] {"int4", "int4", "int4", "int4", "int4", "int4", "int4", "int4", "bool",
                "varchar", "varchar"}, rows.planned, rows.actual, classOfDay, rows.index, rows.months, rows.years,
                rows.offsets, rows.lengths, rows.recorded, rows.coops, rows.assignments);
    }

    /**
     * The classes of a batch's clients per day, from the client, membership and district tables (read in one query):
     * the same rule as the write model's client classifier — a business is a member on a day one
     * of its memberships covers; a municipality or local independent agency is related when its municipality is in
     * the district version in force that day (the one with the highest sequence among those without a start or
     * started by then); every other client, and a client not recorded, is other. Codes: 0 member, 1 related, 2 other.
     */
    static final class Classes {
        private record Client(String kind, String municipality) {
        }

        private record Version(long sequence, LocalDate from, Set<String> municipalities) {
        }

        private final Map<List<String>, Client> clients = new HashMap<>();
        private final Map<List<String>, List<LocalDate[]>> memberships = new HashMap<>();
        private final Map<String, List<Version>> districts = new HashMap<>();

        static Classes load(NamedParameterJdbcTemplate jdbc, String p, List<String> coops, List<String> clientIds) {
            LinkedHashSet<List<String>> pairs = new LinkedHashSet<>();
            for (int i = 0; i < coops.size(); i++) {
                pairs.add(List.of(coops.get(i), clientIds.get(i)));
            }
            String[] c = new String[pairs.size()];
            String[] id = new String[pairs.size()];
            int n = 0;
            for (List<String> pair : pairs) {
                c[n] = pair.get(0);
                id[n] = pair.get(1);
                n++;
            }
            String[] distinctCoops = new LinkedHashSet<>(coops).toArray(String[]::new);
            Classes out = new Classes();
            Map<String, TreeMap<Long, Version>> versions = new HashMap<>();
            // one primary-key lookup per client (lateral), never a scan: right after the reset's truncate the
            // statistics say these tables are empty, and the planner hash-joined the whole tables for every batch
            String sql = "select x.* from unnest(?::varchar[], ?::varchar[]) as w(c, id) cross join lateral ("
                    + "select 'C' as r, cl.cooperative_id, cl.client_id, cl.kind, cl.municipality_code, "
                    + "null::date as d1, null::date as d2, null::bigint as v from " + p + "client cl "
                    + "where cl.cooperative_id = w.c and cl.client_id = w.id "
                    + "union all select 'M', m.cooperative_id, m.client_id, null, null, m.joined_on, m.last_day, null "
                    + "from " + p + "membership m where m.cooperative_id = w.c and m.client_id = w.id) x "
                    + "union all select 'D', cooperative_id, null, null, municipality_code, effective_from, null, "
                    + "version_sequence from " + p + "district where cooperative_id = any(?::varchar[])";
            query(jdbc, sql, new Object[] {c, id, distinctCoops}, rs -> {
                String coop = rs.getString("cooperative_id");
                switch (rs.getString("r")) {
                    case "C" -> out.clients.put(List.of(coop, rs.getString("client_id")),
                            new Client(rs.getString("kind"), rs.getString("municipality_code")));
                    case "M" -> {
                        java.sql.Date last = rs.getDate("d2");
                        out.memberships.computeIfAbsent(List.of(coop, rs.getString("client_id")), k -> new ArrayList<>())
                                .add(new LocalDate[] {rs.getDate("d1").toLocalDate(),
                                        last == null ? null : last.toLocalDate()});
                    }
                    default -> {
                        java.sql.Date from = rs.getDate("d1");
                        long v = rs.getLong("v");
                        versions.computeIfAbsent(coop, k -> new TreeMap<>())
                                .computeIfAbsent(v, k -> new Version(v, from == null ? null : from.toLocalDate(),
                                        new HashSet<>()))
                                .municipalities().add(rs.getString("municipality_code"));
                    }
                }
            });
            versions.forEach((coop, byVersion) -> out.districts.put(coop, new ArrayList<>(byVersion.values())));
            return out;
        }

        /** The class rule for one client of one cooperative. */
        OfClient of(String coop, String clientId) {
            List<String> key = List.of(coop, clientId);
            return new OfClient(clients.get(key), memberships.getOrDefault(key, List.of()),
                    districts.getOrDefault(coop, List.of()));
        }

        record OfClient(Client client, List<LocalDate[]> memberships, List<Version> districts) {
            /** Appends the class of each of {@code length} days from {@code first}. */
            void addMonth(LocalDate first, int length, List<Integer> into) {
                for (int i = 0; i < length; i++) {
                    into.add(on(first.plusDays(i)));
                }
            }

            int on(LocalDate day) {
                if (client == null) {
                    return 2;
                }
                if ("BUSINESS".equals(client.kind())) {
                    for (LocalDate[] m : memberships) {
                        if (!m[0].isAfter(day) && (m[1] == null || !m[1].isBefore(day))) {
                            return 0;
                        }
                    }
                    return 2;
                }
                if (("MUNICIPALITY".equals(client.kind()) || "LOCAL_INDEPENDENT_AGENCY".equals(client.kind()))
                        && client.municipality() != null) {
                    Version inForce = null; // versions ascend by sequence: the last one in force wins
                    for (Version v : districts) {
                        if (v.from() == null || !v.from().isAfter(day)) {
                            inForce = v;
                        }
                    }
                    if (inForce != null && inForce.municipalities().contains(client.municipality())) {
                        return 1;
                    }
                }
                return 2;
            }
        }
    }

    /**
     * Runs {@code sql} once with one SQL array parameter per column ({@code types}: the arrays' element types), in the
     * current transaction: a batch of rows as one statement over {@code unnest(…)}.
     */
    private void withArrays(String sql, String[] types, List<?>... columns) {
        jdbc.getJdbcTemplate().execute((java.sql.Connection con) -> {
            try (java.sql.PreparedStatement ps = con.prepareStatement(sql)) {
                for (int i = 0; i < columns.length; i++) {
                    setArray(con, ps, i + 1, types[i], columns[i]);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Runs a query whose parameters are Java arrays (sent in the binary array format, see {@link #setArray}). */
    private static void query(NamedParameterJdbcTemplate jdbc, String sql, Object[] arrays,
                              org.springframework.jdbc.core.RowCallbackHandler rows) {
        jdbc.getJdbcOperations().query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(sql);
            for (int i = 0; i < arrays.length; i++) {
                ps.setObject(i + 1, arrays[i]);
            }
            return ps;
        }, rows);
    }

    /**
     * Sets an array parameter. Strings, integers, longs and booleans go as typed Java arrays, which the driver sends in
     * PostgreSQL's binary array format; {@code createArrayOf} builds the array's text literal instead, quoting and
     * escaping every element — a sixth of the plan processor's CPU in a replay profile. Other types (dates) still go
     * through {@code createArrayOf}.
     */
    private static void setArray(java.sql.Connection con, java.sql.PreparedStatement ps, int index, String type,
                                 List<?> values) throws java.sql.SQLException {
        switch (type) {
            case "varchar", "text" -> ps.setObject(index, values.toArray(new String[0]));
            case "int4" -> ps.setObject(index, values.toArray(new Integer[0]));
            case "int8" -> ps.setObject(index, values.toArray(new Long[0]));
            case "bool" -> ps.setObject(index, values.toArray(new Boolean[0]));
            default -> ps.setArray(index, con.createArrayOf(type, values.toArray()));
        }
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * Reads the stored state of the given assignments — row, recorded actual months and days — and their cooperatives'
     * business-year start months, in one query.
     */
    private void load(Set<Key> keys, Map<Key, Assignment> into, Map<String, Integer> startMonths) {
        String[] coops = new String[keys.size()];
        String[] ids = new String[keys.size()];
        int i = 0;
        for (Key k : keys) {
            into.put(k, new Assignment());
            coops[i] = k.coop();
            ids[i] = k.assignmentId();
            i++;
        }
        // one index lookup per assignment (a lateral join on the primary keys), never a scan of the tables — a hash
        // join with the key list would read the whole of <prefix>actual_month for every batch
        String sql = "select x.* from unnest(?::varchar[], ?::varchar[]) as w(c, a) cross join lateral ("
                + "select 'A' as k, cooperative_id, assignment_id, kind, worker_id, client_id, work, category, "
                + "workplace_municipality, period_from, period_to, pattern, fee_per_hour_yen, cancelled, cancel_reason, "
                + "null::date as day, null::integer as minutes, null::int[] as days_of_month, "
                + "null::int[] as minutes_of_days from " + p + "assignment "
                + "where cooperative_id = w.c and assignment_id = w.a"
                + " union all select 'M', cooperative_id, assignment_id, null, null, null, null, null, null, null, null, "
                + "null, null, null, null, month_start, null, days, minutes from " + p + "actual_month "
                + "where cooperative_id = w.c and assignment_id = w.a) x"
                + " union all select 'C', cooperative_id, null, null, null, null, null, null, null, null, null, null, "
                + "null, null, null, null, business_year_start_month, null, null from " + p + "cooperative "
                + "where cooperative_id = any(?::varchar[])";
        String[] distinctCoops = new LinkedHashSet<>(java.util.Arrays.asList(coops)).toArray(String[]::new);
        query(jdbc, sql, new Object[] {coops, ids, distinctCoops}, rs -> {
            String kind = rs.getString("k");
            if ("C".equals(kind)) {
                int start = rs.getInt("minutes");
                if (!rs.wasNull()) {
                    startMonths.put(rs.getString("cooperative_id"), start);
                }
                return;
            }
            Assignment a = into.get(new Key(rs.getString("cooperative_id"), rs.getString("assignment_id")));
            if (a == null) {
                return;
            }
            switch (kind) {
                case "A" -> {
                    a.stored = true;
                    a.row = new State(rs.getString("kind"), rs.getString("worker_id"), rs.getString("client_id"),
                        rs.getString("work"), rs.getString("category"), rs.getString("workplace_municipality"),
                        new Period(rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
                        rs.getString("pattern"), null, rs.getLong("fee_per_hour_yen"), rs.getBoolean("cancelled"),
                        rs.getString("cancel_reason"));
                }
                default -> { // "M": a recorded month and its days
                    LocalDate start = rs.getDate("day").toLocalDate();
                    a.actualMonths.add(YearMonth.from(start));
                    Integer[] days = (Integer[]) rs.getArray("days_of_month").getArray();
                    Integer[] minutes = (Integer[]) rs.getArray("minutes_of_days").getArray();
                    for (int k = 0; k < days.length; k++) {
                        a.actualDays.put(start.withDayOfMonth(days[k]), minutes[k]);
                    }
                }
            }
        });
    }

    // ------------------------------------------------------------------ the days

    /**
     * The month rows of an assignment, all of them ({@code only} null) or that of month {@code only}: every month of its
     * period and every month with recorded results, each with its days' planned minutes and (when recorded) actual
     * minutes; a month without a day with planned or actual minutes above 0 has no row. None when the assignment does
     * not exist or is cancelled. Returns whether a row was added.
     */
    private static boolean monthRows(String coop, String assignmentId, Assignment a, int startMonth, YearMonth only,
                                     MonthRows rows) {
        State r = a.row;
        if (r == null || r.cancelled) {
            return false;
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        if (only != null) {
            months.add(only);
        } else {
            YearMonth last = YearMonth.from(r.period.to());
            for (YearMonth m = YearMonth.from(r.period.from()); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
            // recorded minutes outside the period (the write model never leaves any above 0 there) still count
            months.addAll(a.actualMonths);
        }
        boolean added = false;
        for (YearMonth m : months) {
            int length = m.lengthOfMonth();
            boolean recorded = a.actualMonths.contains(m);
            int[] planned = new int[length];
            int[] actual = recorded ? new int[length] : null;
            boolean any = false;
            LocalDate day = m.atDay(1);
            for (int i = 0; i < length; i++, day = day.plusDays(1)) {
                planned[i] = r.period.contains(day) ? r.pattern().minutesOn(day) : 0;
                if (recorded) {
                    actual[i] = a.actualDays.getOrDefault(day, 0);
                }
                any |= planned[i] > 0 || (recorded && actual[i] > 0);
            }
            if (any) {
                rows.add(coop, assignmentId, r.clientId, m, BusinessYear.containing(m.atDay(1), startMonth).startYear(),
                        planned, actual);
                added = true;
            }
        }
        return added;
    }

    private void reclassifyClient(String coop, String clientId) {
        reclassify(coop, "a.client_id = :client", new MapSqlParameterSource("client", clientId));
    }

    /**
     * Sets the client class of each day of the month rows matching {@code condition} (over {@code a} = the row's
     * assignment and {@code c} = its client) by the rule of {@link Classes}, as the tables stand now; only rows whose
     * classes change are written (one statement).
     */
    private void reclassify(String coop, String condition, MapSqlParameterSource args) {
        args.addValue("coop", coop);
        List<String> coops = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        List<Short[]> before = new ArrayList<>();
        jdbc.query("select m.assignment_id, m.month_start, a.client_id, m.classes from " + p + "month m "
                + "join " + p + "assignment a on a.cooperative_id = m.cooperative_id and a.assignment_id = m.assignment_id "
                + "join " + p + "client c on c.cooperative_id = a.cooperative_id and c.client_id = a.client_id "
                + "where m.cooperative_id = :coop and " + condition, args, rs -> {
                    coops.add(coop);
                    ids.add(rs.getString(1));
                    months.add(rs.getDate(2).toLocalDate());
                    clients.add(rs.getString(3));
                    before.add((Short[]) rs.getArray(4).getArray());
                });
        if (ids.isEmpty()) {
            return;
        }
        Classes classes = Classes.load(jdbc, p, coops, clients);
        List<String> changedIds = new ArrayList<>();
        List<Integer> changedMonths = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<Integer> flat = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            List<Integer> now = new ArrayList<>();
            LocalDate first = months.get(k);
            classes.of(coop, clients.get(k)).addMonth(first, first.lengthOfMonth(), now);
            Short[] old = before.get(k);
            boolean same = old.length == now.size();
            for (int i = 0; same && i < old.length; i++) {
                same = old[i] == now.get(i).intValue();
            }
            if (!same) {
                changedIds.add(ids.get(k));
                changedMonths.add(Math.toIntExact(first.toEpochDay()));
                offsets.add(flat.size());
                lengths.add(now.size());
                flat.addAll(now);
            }
        }
        if (changedIds.isEmpty()) {
            return;
        }
        withArrays("update " + p + "month m set classes = cast(f.cl[x.o + 1 : x.o + x.n] as smallint[]) "
                        + "from (select ?::int[] as cl) f cross join unnest(?::varchar[], ?::varchar[], ?::int[], ?::int[], "
                        + "?::int[]) as x(c, a, m, o, n) where m.cooperative_id = x.c and m.assignment_id = x.a "
                        + "and m.month_start = date '1970-01-01' + x.m",
                new String[] {"int4", "varchar", "varchar", "int4", "int4", "int4"}, flat,
                java.util.Collections.nCopies(changedIds.size(), coop), changedIds, changedMonths, offsets, lengths);
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
