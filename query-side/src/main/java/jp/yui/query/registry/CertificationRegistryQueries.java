package jp.yui.query.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.RevocationGround;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the registry's queries from the tables of {@link CertificationRegistryProjection}. */
@Component
public class CertificationRegistryQueries {

    /** The cooperatives' calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public CertificationRegistryQueries(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this(jdbc, clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    public CertificationRegistryQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public List<CertificationRegistryRow> handle(FindCertificationRegistry q) {
        LocalDate asOf = q.asOf() == null ? today() : q.asOf();
        List<CertificationRegistryRow> rows = new ArrayList<>();
        for (Registered r : load("prefecture_code = ?", q.prefectureCode())) {
            CertificationStanding s = r.certification().on(asOf);
            CertificationTermView t = s.term();
            rows.add(new CertificationRegistryRow(r.id(), r.name(), r.prefectureCode(), r.prefectureName(), asOf,
                    s.status(), s.labelJa(), s.labelEn(), t == null ? null : t.certificationNumber(),
                    t == null ? null : t.certifiedOn(), t == null ? null : t.validFrom(),
                    t == null ? null : t.validThrough(), s.expiresOn(), s.daysUntilExpiry(), s.renewalWindowOpensOn(),
                    s.renewalWindowClosesOn(), s.nextTerm() == null ? null : s.nextTerm().validFrom(), s.end(),
                    r.district().on(asOf)));
        }
        rows.sort(Comparator.comparing(CertificationRegistryRow::expiresOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CertificationRegistryRow::cooperativeId));
        return rows;
    }

    @QueryHandler
    public Optional<CooperativeCertificationView> handle(FindCooperativeCertification q) {
        LocalDate today = today();
        return load("cooperative_id = ?", q.cooperativeId()).stream().findFirst().map(r -> {
            CertificationHistory c = r.certification();
            return new CooperativeCertificationView(r.id(), r.name(), r.prefectureCode(), r.prefectureName(),
                    r.businessYearStartMonth(), today, c.on(today), c.terms(), c.renewals(), c.ends(),
                    r.district().on(today), r.district().versions());
        });
    }

    @QueryHandler
    public List<CooperativeInMunicipality> handle(FindCooperativesByMunicipality q) {
        LocalDate today = today();
        MunicipalityRef m = MunicipalityRef.of(q.municipalityCode());
        List<CooperativeInMunicipality> out = new ArrayList<>();
        for (Registered r : load("cooperative_id in (select cooperative_id from registry_district_municipality "
                + "where municipality_code = ?)", q.municipalityCode())) {
            CertificationStanding s = r.certification().on(today);
            out.add(new CooperativeInMunicipality(r.id(), r.name(), r.prefectureCode(), r.prefectureName(), m, today,
                    r.district().contains(q.municipalityCode(), today), r.district().spansOf(q.municipalityCode()),
                    s.status(), s.labelJa()));
        }
        return out;
    }

    @QueryHandler
    public List<CooperativeSummary> handle(FindCooperativesByPrefecture q) {
        LocalDate today = today();
        return load("prefecture_code = ?", q.prefectureCode()).stream().map(r -> {
            CertificationStanding s = r.certification().on(today);
            return new CooperativeSummary(r.id(), r.name(), r.prefectureCode(), r.prefectureName(), today,
                    r.district().on(today), s.status(), s.labelJa(), s.labelEn());
        }).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ loading

    private record Registered(String id, String name, String prefectureCode, String prefectureName,
                              int businessYearStartMonth, CertificationHistory certification,
                              DistrictHistory district) {
    }

    /** The cooperatives matching {@code filter} (a condition on registry_cooperative), ordered by id, with their facts. */
    private List<Registered> load(String filter, Object arg) {
        String ids = "select cooperative_id from registry_cooperative where " + filter;
        Map<String, Registered> byId = new LinkedHashMap<>();
        jdbc.query("select * from registry_cooperative where " + filter + " order by cooperative_id", rs -> {
            String id = rs.getString("cooperative_id");
            byId.put(id, new Registered(id, rs.getString("name"), rs.getString("prefecture_code"),
                    rs.getString("prefecture_name"), rs.getInt("business_year_start_month"),
                    new CertificationHistory(), new DistrictHistory()));
        }, arg);
        if (byId.isEmpty()) {
            return List.of();
        }

        Map<String, Map<Long, List<String>>> needing = new HashMap<>();
        jdbc.query("select * from registry_assignment_needing_action where cooperative_id in (" + ids + ") "
                        + "order by cooperative_id, end_sequence, assignment_id",
                rs -> {
                    needing.computeIfAbsent(rs.getString("cooperative_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong("end_sequence"), k -> new ArrayList<>())
                            .add(rs.getString("assignment_id"));
                }, arg);

        // terms and ends of each cooperative, replayed in event order
        Map<String, TreeMap<Long, Consumer<CertificationHistory>>> facts = new HashMap<>();
        jdbc.query("select * from registry_certification_term where cooperative_id in (" + ids + ")", rs -> {
            String number = rs.getString("certification_number");
            LocalDate decided = date(rs, "decided_on");
            LocalDate from = date(rs, "valid_from");
            LocalDate through = date(rs, "valid_through");
            Instant at = instant(rs, "recorded_at");
            String by = rs.getString("recorded_by");
            Consumer<CertificationHistory> fact = CertificationTermKind.valueOf(rs.getString("kind"))
                    == CertificationTermKind.RENEWAL
                    ? h -> h.renewed(number, decided, from, through, at, by)
                    : h -> h.certified(number, decided, from, through, at, by);
            facts.computeIfAbsent(rs.getString("cooperative_id"), k -> new TreeMap<>()).put(rs.getLong("sequence"), fact);
        }, arg);
        jdbc.query("select * from registry_certification_end where cooperative_id in (" + ids + ")", rs -> {
            String coop = rs.getString("cooperative_id");
            long seq = rs.getLong("sequence");
            LocalDate effectiveOn = date(rs, "effective_on");
            String lapse = rs.getString("lapse_reason");
            String ground = rs.getString("revocation_ground");
            String reason = rs.getString("reason");
            Instant at = instant(rs, "recorded_at");
            String by = rs.getString("recorded_by");
            List<String> assignments = needing.getOrDefault(coop, Map.of()).getOrDefault(seq, List.of());
            Consumer<CertificationHistory> fact = CertificationStatus.valueOf(rs.getString("kind"))
                    == CertificationStatus.REVOKED
                    ? h -> h.revoked(effectiveOn, ground == null ? null : RevocationGround.valueOf(ground), reason,
                    assignments, at, by)
                    : h -> h.lapsed(effectiveOn, lapse == null ? null : LapseReason.valueOf(lapse), assignments, at, by);
            facts.computeIfAbsent(coop, k -> new TreeMap<>()).put(seq, fact);
        }, arg);
        facts.forEach((coop, list) -> {
            Registered r = byId.get(coop);
            if (r != null) {
                list.values().forEach(f -> f.accept(r.certification()));
            }
        });

        Map<String, Map<Long, List<String>>> codes = new HashMap<>();
        jdbc.query("select * from registry_district_municipality where cooperative_id in (" + ids + ")", rs -> {
            codes.computeIfAbsent(rs.getString("cooperative_id"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong("sequence"), k -> new ArrayList<>())
                    .add(rs.getString("municipality_code"));
        }, arg);
        jdbc.query("select * from registry_district_version where cooperative_id in (" + ids + ") "
                + "order by cooperative_id, sequence", rs -> {
            String coop = rs.getString("cooperative_id");
            Registered r = byId.get(coop);
            if (r != null) {
                r.district().add(date(rs, "effective_from"),
                        codes.getOrDefault(coop, Map.of()).getOrDefault(rs.getLong("sequence"), List.of()),
                        instant(rs, "recorded_at"), rs.getString("recorded_by"));
            }
        }, arg);
        return List.copyOf(byId.values());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
