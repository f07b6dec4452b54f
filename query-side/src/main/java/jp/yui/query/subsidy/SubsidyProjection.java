package jp.yui.query.subsidy;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.PersonnelCostRecorded;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection of processing group {@value #GROUP} (R-REP-4): the cooperative and its district over time (which
 * municipalities see it), the workers' employment periods, and the recorded personnel and office costs, in the
 * {@code sub_*} tables. The figures are computed from them by {@link SubsidyCalculator}.
 * <p>
 * Idempotent: natural keys, and changes guarded by the aggregate sequence number of the event
 * ({@code last_event_seq < :seq}); a cost recorded again replaces the earlier one. {@link #reset()} empties exactly
 * these tables.
 */
@Component
@ProcessingGroup(SubsidyProjection.GROUP)
public class SubsidyProjection {

    public static final String GROUP = "subsidy";

    static final String[] TABLES = {"sub_cooperative", "sub_district_version", "sub_worker", "sub_personnel_cost",
            "sub_office_cost"};

    private final JdbcTemplate jdbc;

    public SubsidyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CooperativeRegistered e, @SequenceNumber long seq) {
        jdbc.update("""
                insert into sub_cooperative (cooperative_id, name, prefecture_code, business_year_start_month, last_event_seq)
                values (?, ?, ?, ?, ?)
                on conflict (cooperative_id) do update set name = excluded.name, prefecture_code = excluded.prefecture_code,
                    business_year_start_month = excluded.business_year_start_month, last_event_seq = excluded.last_event_seq
                where sub_cooperative.last_event_seq < excluded.last_event_seq""",
                e.cooperativeId(), e.name(), e.prefectureCode(), e.businessYearStartMonth(), seq);
        district(e.cooperativeId(), seq, null, e.districtMunicipalities());
    }

    @EventHandler
    void on(DistrictChangeCertified e, @SequenceNumber long seq) {
        district(e.cooperativeId(), seq, e.effectiveOn(), e.districtMunicipalities());
    }

    private void district(String cooperativeId, long seq, LocalDate effectiveFrom, Set<String> municipalities) {
        String[] codes = new TreeSet<>(municipalities).toArray(String[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into sub_district_version (cooperative_id, event_seq, effective_from, municipalities)
                    values (?, ?, ?, ?) on conflict do nothing""");
            ps.setString(1, cooperativeId);
            ps.setLong(2, seq);
            ps.setObject(3, effectiveFrom == null ? null : Date.valueOf(effectiveFrom));
            ps.setArray(4, con.createArrayOf("text", codes));
            return ps;
        });
    }

    @EventHandler
    void on(WorkerHired e) {
        jdbc.update("""
                insert into sub_worker (cooperative_id, worker_id, name, hired_on, employment_type, fixed_term_ends_on,
                    indefinite_from, last_day) values (?, ?, ?, ?, ?, ?, ?, null)
                on conflict do nothing""",
                e.cooperativeId(), e.workerId(), e.name(), e.hiredOn(), e.employmentType().name(), e.fixedTermEndsOn(),
                e.employmentType() == EmploymentType.INDEFINITE ? e.hiredOn() : null);
    }

    /** Setting the same date again changes nothing; a worker is converted once. */
    @EventHandler
    void on(WorkerConvertedToIndefiniteTerm e) {
        jdbc.update("update sub_worker set indefinite_from = ? where cooperative_id = ? and worker_id = ?",
                e.effectiveOn(), e.cooperativeId(), e.workerId());
    }

    /** Setting the same date again changes nothing; a worker is separated once. */
    @EventHandler
    void on(WorkerSeparated e) {
        jdbc.update("update sub_worker set last_day = ? where cooperative_id = ? and worker_id = ?",
                e.lastDay(), e.cooperativeId(), e.workerId());
    }

    @EventHandler
    void on(PersonnelCostRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        jdbc.update("""
                insert into sub_personnel_cost (cooperative_id, worker_id, business_year, yen, last_event_seq, recorded_at,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (cooperative_id, worker_id, business_year) do update set yen = excluded.yen,
                    last_event_seq = excluded.last_event_seq, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by
                where sub_personnel_cost.last_event_seq < excluded.last_event_seq""",
                e.cooperativeId(), e.workerId(), e.businessYear(), e.yen(), seq, java.sql.Timestamp.from(at), userId);
    }

    @EventHandler
    void on(OfficeCostRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        jdbc.update("""
                insert into sub_office_cost (cooperative_id, business_year, yen, last_event_seq, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (cooperative_id, business_year) do update set yen = excluded.yen,
                    last_event_seq = excluded.last_event_seq, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by
                where sub_office_cost.last_event_seq < excluded.last_event_seq""",
                e.cooperativeId(), e.businessYear(), e.yen(), seq, java.sql.Timestamp.from(at), userId);
    }

    /** Before a replay: empties exactly this projection's tables. */
    @ResetHandler
    public void reset() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }
}
