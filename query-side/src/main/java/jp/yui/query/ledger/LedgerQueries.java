package jp.yui.query.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.Period;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.domain.Municipality;
import jp.yui.query.export.CsvEncoding;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the ledger's queries from the tables of {@link LedgerProjection}. */
@Component
public class LedgerQueries {

    /** The cooperatives' calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public LedgerQueries(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this(jdbc, clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    public LedgerQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public List<LedgerEntry> handle(FindLedger q) {
        LocalDate asOf = q.asOf() == null ? today() : q.asOf();
        return entries(q.cooperativeId(), q.workerId(), asOf, q.includeExpired());
    }

    /**
     * @throws jp.yui.query.export.Csv.UnencodableCharacterException in Shift_JIS when a character cannot be written
     *         (the message names it; UTF-8 writes every character)
     */
    @QueryHandler
    public byte[] handle(ExportLedgerCsv q) {
        LocalDate today = today();
        return LedgerDocuments.csv(entries(q.cooperativeId(), q.workerId(), today, false),
                q.encoding() == null ? CsvEncoding.UTF8_BOM : q.encoding());
    }

    @QueryHandler
    public byte[] handle(ExportLedgerPdf q) {
        LocalDate today = today();
        return LedgerDocuments.pdf(cooperativeName(q.cooperativeId()), entries(q.cooperativeId(), q.workerId(), today, false),
                today);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private String cooperativeName(String coop) {
        List<String> names = jdbc.queryForList("select name from ledger_cooperative where cooperative_id = ?", String.class, coop);
        return names.isEmpty() ? coop : names.get(0);
    }

    List<LedgerEntry> entries(String coop, String workerId, LocalDate asOf, boolean includeExpired) {
        List<LedgerOvertimeLimits> limits = jdbc.query("select * from ledger_cooperative where cooperative_id = ?",
                (rs, i) -> LedgerOvertimeLimits.of(rs.getInt("monthly_overtime_hours"), rs.getInt("yearly_overtime_hours"),
                        rs.getBoolean("annual_variable_hours"), rs.getBoolean("special_clause"),
                        rs.getInt("special_yearly_hours"), rs.getInt("special_monthly_hours_below"),
                        rs.getInt("special_months_over_regular")), coop);
        LedgerOvertimeLimits overtime = limits.isEmpty() ? null : limits.get(0);

        String workerFilter = workerId == null ? "" : " and a.worker_id = ?";
        String retention = includeExpired ? "" : " and a.retain_until >= ?";
        List<Object> args = new ArrayList<>();
        args.add(coop);
        if (workerId != null) {
            args.add(workerId);
        }
        if (!includeExpired) {
            args.add(asOf);
        }
        List<Row> rows = jdbc.query("select a.*, w.name as worker_name, w.birth_date, w.indefinite_since, "
                + "w.insurance_recorded, w.health_insurance, w.pension, w.employment_insurance, w.insurance_reason, "
                + "c.name as client_name, "
                + "(select coalesce(sum(m.days_worked), 0) from ledger_actual_month m where m.cooperative_id = a.cooperative_id "
                + "   and m.assignment_id = a.assignment_id) as actual_days, "
                + "(select coalesce(sum(m.minutes), 0) from ledger_actual_month m where m.cooperative_id = a.cooperative_id "
                + "   and m.assignment_id = a.assignment_id) as actual_minutes "
                + "from ledger_assignment a "
                + "left join ledger_worker w on w.cooperative_id = a.cooperative_id and w.worker_id = a.worker_id "
                + "left join ledger_client c on c.cooperative_id = a.cooperative_id and c.client_id = a.client_id "
                + "where a.cooperative_id = ? and a.kind = 'DISPATCH'" + workerFilter + retention,
                (rs, i) -> row(rs), args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }

        Map<String, List<LedgerComplaint>> complaints = new HashMap<>();
        jdbc.query("select assignment_id, received_on, content, handling from ledger_complaint where cooperative_id = ? "
                        + "order by received_on, sequence",
                rs -> {
                    complaints.computeIfAbsent(rs.getString("assignment_id"), k -> new ArrayList<>())
                            .add(new LedgerComplaint(rs.getObject("received_on", LocalDate.class), rs.getString("content"),
                                    rs.getString("handling")));
                }, coop);
        Map<String, List<LedgerTraining>> trainings = new HashMap<>();
        jdbc.query("select worker_id, held_on, kind, content, minutes from ledger_training where cooperative_id = ? "
                        + "order by held_on, sequence",
                rs -> {
                    TrainingKind kind = TrainingKind.valueOf(rs.getString("kind"));
                    trainings.computeIfAbsent(rs.getString("worker_id"), k -> new ArrayList<>())
                            .add(new LedgerTraining(rs.getObject("held_on", LocalDate.class), kind, LedgerTraining.kindJa(kind),
                                    rs.getString("content"), rs.getInt("minutes")));
                }, coop);

        Municipalities municipalities = Municipalities.officialList();
        List<LedgerEntry> entries = new ArrayList<>();
        for (Row r : rows) {
            Period period = new Period(r.from, r.to);
            LedgerStatus status = r.cancelled ? LedgerStatus.CANCELLED
                    : asOf.isBefore(r.from) ? LedgerStatus.SCHEDULED
                    : asOf.isAfter(r.to) ? LedgerStatus.ENDED : LedgerStatus.IN_PROGRESS;
            Integer ageAtStart = age(r.birthDate, r.from);
            Integer ageAsOf = age(r.birthDate, asOf);
            boolean indefinite = r.indefiniteSince != null && !r.indefiniteSince.isAfter(asOf);
            String municipalityName = municipalities.find(r.municipality).map(Municipality::name).orElse(r.municipality);
            LedgerSocialInsurance insurance = r.insuranceRecorded
                    ? LedgerSocialInsurance.of(r.health, r.pension, r.employment, r.insuranceReason) : null;
            entries.add(new LedgerEntry(coop, r.assignmentId, status, r.cancelReason, r.workerId,
                    r.workerName == null ? r.workerId : r.workerName, r.birthDate, indefinite, r.indefiniteSince,
                    ageAtStart, ageAtStart == null ? null : ageAtStart >= 60, ageAsOf, ageAsOf == null ? null : ageAsOf >= 60,
                    r.clientId, r.clientName == null ? r.clientId : r.clientName, r.municipality, municipalityName,
                    r.unit, period, r.workingDays, r.plannedDays, r.plannedMinutes, r.actualDays, r.actualMinutes,
                    r.startTime, r.endTime, r.breakMinutes, r.work, r.category, r.medicalException, r.responsibility,
                    r.dispatcherResponsible, r.clientResponsible, overtime,
                    complaints.getOrDefault(r.assignmentId, List.of()), insurance,
                    trainings.getOrDefault(r.workerId, List.of()), r.retainUntil, asOf));
        }
        entries.sort(Comparator.comparing(LedgerEntry::workerName).thenComparing(LedgerEntry::workerId)
                .thenComparing(e -> e.period().from()).thenComparing(LedgerEntry::assignmentId));
        return entries;
    }

    private static Integer age(LocalDate birth, LocalDate on) {
        if (birth == null || on == null) {
            return null;
        }
        return java.time.Period.between(birth, on).getYears();
    }

    private record Row(String assignmentId, String workerId, String workerName, LocalDate birthDate,
                       LocalDate indefiniteSince, boolean insuranceRecorded, boolean health, boolean pension,
                       boolean employment, String insuranceReason, String clientId, String clientName, String work,
                       WorkCategory category, MedicalDispatchException medicalException, String municipality,
                       LocalDate from, LocalDate to, String workingDays, int plannedDays, long plannedMinutes,
                       String unit, LocalTime startTime, LocalTime endTime, Integer breakMinutes, String responsibility,
                       String dispatcherResponsible, String clientResponsible, boolean cancelled, String cancelReason,
                       LocalDate retainUntil, int actualDays, long actualMinutes) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        String medical = rs.getString("medical_exception");
        return new Row(rs.getString("assignment_id"), rs.getString("worker_id"), rs.getString("worker_name"),
                rs.getObject("birth_date", LocalDate.class), rs.getObject("indefinite_since", LocalDate.class),
                rs.getBoolean("insurance_recorded"), rs.getBoolean("health_insurance"), rs.getBoolean("pension"),
                rs.getBoolean("employment_insurance"), rs.getString("insurance_reason"), rs.getString("client_id"),
                rs.getString("client_name"), rs.getString("work"), category == null ? null : WorkCategory.valueOf(category),
                medical == null ? null : MedicalDispatchException.valueOf(medical), rs.getString("workplace_municipality"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("working_days_text"), rs.getInt("planned_days"), rs.getLong("planned_minutes"),
                rs.getString("organisational_unit"), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), (Integer) rs.getObject("break_minutes"),
                rs.getString("responsibility"), rs.getString("dispatcher_responsible"), rs.getString("client_responsible"),
                rs.getBoolean("cancelled"), rs.getString("cancel_reason"), rs.getObject("retain_until", LocalDate.class),
                rs.getInt("actual_days"), rs.getLong("actual_minutes"));
    }
}
