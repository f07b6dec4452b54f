package jp.yui.query.people;

import static jp.yui.query.registry.CertificationRegistryQueries.ZONE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.query.registry.DistrictHistory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the people queries from the tables of {@link PeopleProjection}. */
@Component
public class PeopleQueries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public PeopleQueries(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this(jdbc, clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    public PeopleQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public List<MemberView> handle(FindMembers q) {
        LocalDate asOf = dayOr(q.asOf());
        return clients(q.cooperativeId()).values().stream()
                .map(c -> MemberView.of(q.cooperativeId(), c, asOf)).filter(Objects::nonNull)
                .sorted(MemberView.ORDER)
                .toList();
    }

    @QueryHandler
    public List<ClientView> handle(FindClients q) {
        LocalDate asOf = dayOr(q.asOf());
        DistrictHistory district = district(q.cooperativeId());
        return clients(q.cooperativeId()).values().stream()
                .map(c -> ClientView.of(q.cooperativeId(), c, district, asOf))
                .sorted(ClientView.ORDER)
                .toList();
    }

    @QueryHandler
    public List<WorkerView> handle(FindWorkers q) {
        LocalDate asOf = dayOr(q.asOf());
        Map<String, ClientRecord> clients = clients(q.cooperativeId());
        return workers(q.cooperativeId(), null).stream().filter(w -> w.employedOn(asOf))
                .sorted(WorkerRecord.ORDER)
                .map(w -> WorkerView.of(q.cooperativeId(), w, id -> nameOf(clients, id), asOf))
                .toList();
    }

    @QueryHandler
    public Optional<WorkerView> handle(FindWorker q) {
        LocalDate today = LocalDate.now(clock);
        Map<String, ClientRecord> clients = clients(q.cooperativeId());
        return workers(q.cooperativeId(), q.workerId()).stream().findFirst()
                .map(w -> WorkerView.of(q.cooperativeId(), w, id -> nameOf(clients, id), today));
    }

    private LocalDate dayOr(LocalDate day) {
        return day == null ? LocalDate.now(clock) : day;
    }

    private static String nameOf(Map<String, ClientRecord> clients, String id) {
        ClientRecord c = clients.get(id);
        return c == null ? id : c.name();
    }

    // ------------------------------------------------------------------ loading

    /** The clients of a cooperative with their memberships, by id. */
    Map<String, ClientRecord> clients(String coop) {
        Map<String, List<MembershipPeriod>> memberships = new HashMap<>();
        jdbc.query("select * from people_membership where cooperative_id = ? order by client_id, joined_on", rs -> {
            String reason = rs.getString("end_reason");
            memberships.computeIfAbsent(rs.getString("client_id"), k -> new ArrayList<>()).add(MembershipPeriod.of(
                    date(rs, "joined_on"), date(rs, "last_day"),
                    reason == null ? null : MembershipEndReason.valueOf(reason)));
        }, coop);
        Map<String, ClientRecord> out = new LinkedHashMap<>();
        jdbc.query("select * from people_client where cooperative_id = ? order by client_id", rs -> {
            String id = rs.getString("client_id");
            out.put(id, new ClientRecord(id, rs.getString("name"), ClientKind.valueOf(rs.getString("kind")),
                    rs.getString("municipality_code"), rs.getString("industry"),
                    memberships.getOrDefault(id, List.of())));
        }, coop);
        return out;
    }

    /** The district versions of a cooperative in order. */
    DistrictHistory district(String coop) {
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.query("select * from people_district_municipality where cooperative_id = ?",
                rs -> {
                    codes.computeIfAbsent(rs.getLong("sequence"), k -> new ArrayList<>())
                            .add(rs.getString("municipality_code"));
                }, coop);
        DistrictHistory h = new DistrictHistory();
        jdbc.query("select * from people_district_version where cooperative_id = ? order by sequence",
                rs -> {
                    h.add(date(rs, "effective_from"), codes.getOrDefault(rs.getLong("sequence"), List.of()), null, null);
                }, coop);
        return h;
    }

    /** The workers of a cooperative (one when {@code workerId} is given). */
    List<WorkerRecord> workers(String coop, String workerId) {
        String only = workerId == null ? "" : " and worker_id = ?";
        Object[] args = workerId == null ? new Object[] {coop} : new Object[] {coop, workerId};
        Map<String, List<String>> skills = new HashMap<>();
        jdbc.query("select * from people_worker_skill where cooperative_id = ?" + only + " order by skill", rs -> {
            skills.computeIfAbsent(rs.getString("worker_id"), k -> new ArrayList<>()).add(rs.getString("skill"));
        }, args);
        Map<String, List<PreviousEmployment>> previous = new HashMap<>();
        jdbc.query("select * from people_previous_employer where cooperative_id = ?" + only
                + " order by left_on, client_id", rs -> {
            previous.computeIfAbsent(rs.getString("worker_id"), k -> new ArrayList<>()).add(new PreviousEmployment(
                    rs.getString("client_id"), date(rs, "left_on"), rs.getBoolean("retired_at_60_or_over")));
        }, args);
        return jdbc.query("select * from people_worker where cooperative_id = ?" + only + " order by worker_id",
                (rs, n) -> {
                    String id = rs.getString("worker_id");
                    return new WorkerRecord(id, rs.getString("name"), date(rs, "birth_date"), date(rs, "hired_on"),
                            EmploymentType.valueOf(rs.getString("employment_type")), date(rs, "fixed_term_ends_on"),
                            date(rs, "indefinite_from"), date(rs, "last_day"), rs.getString("separation_reason"),
                            rs.getString("home_municipality"), skills.getOrDefault(id, List.of()),
                            previous.getOrDefault(id, List.of()));
                }, args);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
