package jp.yui.query.reports;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import jp.yui.query.jdbc.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection of processing group {@value #GROUP}: keeps the facts the annual figures are computed from (the
 * cooperative, its district over time, clients and memberships, workers, assignments, actual results, business-year
 * closes) in the {@code rpt_*} tables. Every figure is then computed from these facts by {@link AnnualFigures}
 * exactly as the aggregate projects a year — nothing is typed in again (R-REP-3).
 * <p>
 * Idempotent: rows are keyed by natural ids and every change is guarded by the aggregate sequence number of the
 * event that made it ({@code last_event_seq < :seq}), so handling an event again — even after later ones — changes
 * nothing. {@link #reset()} empties exactly these tables for a replay.
 */
@Component
@ProcessingGroup(ReportsProjection.GROUP)
public class ReportsProjection {

    public static final String GROUP = "reports";

    static final String[] TABLES = {"rpt_cooperative", "rpt_district_version", "rpt_client", "rpt_membership",
            "rpt_worker", "rpt_assignment", "rpt_actual_month", "rpt_year_close", "rpt_year_reopen"};

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public ReportsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(CooperativeRegistered e, @SequenceNumber long seq) {
        writes.update(List.of("cooperative", e.cooperativeId()), """
                insert into rpt_cooperative (cooperative_id, name, prefecture_code, business_year_start_month, cap_unit,
                    last_event_seq) values (?, ?, ?, ?, ?, ?)
                on conflict (cooperative_id) do update set name = excluded.name, prefecture_code = excluded.prefecture_code,
                    business_year_start_month = excluded.business_year_start_month, cap_unit = excluded.cap_unit,
                    last_event_seq = excluded.last_event_seq
                where rpt_cooperative.last_event_seq < excluded.last_event_seq""",
                e.cooperativeId(), e.name(), e.prefectureCode(), e.businessYearStartMonth(), e.capUnit().name(), seq);
        district(e.cooperativeId(), seq, null, e.districtMunicipalities());
    }

    @EventHandler
    void on(DistrictChangeCertified e, @SequenceNumber long seq) {
        district(e.cooperativeId(), seq, e.effectiveOn(), e.districtMunicipalities());
    }

    private void district(String cooperativeId, long seq, LocalDate effectiveFrom, java.util.Set<String> municipalities) {
        String[] codes = new TreeSet<>(municipalities).toArray(String[]::new);
        writes.now(() -> jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into rpt_district_version (cooperative_id, event_seq, effective_from, municipalities)
                    values (?, ?, ?, ?) on conflict do nothing""");
            ps.setString(1, cooperativeId);
            ps.setLong(2, seq);
            ps.setObject(3, effectiveFrom == null ? null : Date.valueOf(effectiveFrom));
            ps.setArray(4, con.createArrayOf("text", codes));
            return ps;
        }));
    }

    @EventHandler
    void on(CooperativeCertified e, @SequenceNumber long seq) {
        certification(e.cooperativeId(), e.certificationNumber(), e.certifiedOn(), e.validFrom(), e.validThrough(), seq);
    }

    @EventHandler
    void on(CertificationRenewed e, @SequenceNumber long seq) {
        certification(e.cooperativeId(), e.certificationNumber(), e.decidedOn(), e.validFrom(), e.validThrough(), seq);
    }

    private void certification(String cooperativeId, String number, LocalDate decidedOn, LocalDate from, LocalDate through,
                               long seq) {
        writes.update(null, """
                update rpt_cooperative set certification_number = ?, certified_on = ?, certification_valid_from = ?,
                    certification_valid_through = ?, last_event_seq = ?
                where cooperative_id = ? and last_event_seq < ?""",
                number, decidedOn, from, through, seq, cooperativeId, seq);
    }

    @EventHandler
    void on(NonMemberClientRegistered e) {
        writes.update(null, """
                insert into rpt_client (cooperative_id, client_id, name, kind, municipality_code) values (?, ?, ?, ?, ?)
                on conflict do nothing""",
                e.cooperativeId(), e.clientId(), e.name(), e.kind().name(), e.municipalityCode());
    }

    /** A business joins: a new client of kind BUSINESS unless already registered (then it keeps its id and kind). */
    @EventHandler
    void on(MemberAdmitted e, @SequenceNumber long seq) {
        writes.update(null, """
                insert into rpt_client (cooperative_id, client_id, name, kind, municipality_code) values (?, ?, ?, ?, null)
                on conflict do nothing""",
                e.cooperativeId(), e.clientId(), e.name(), ClientKind.BUSINESS.name());
        writes.update(null, """
                insert into rpt_membership (cooperative_id, client_id, admitted_seq, joined_on) values (?, ?, ?, ?)
                on conflict do nothing""",
                e.cooperativeId(), e.clientId(), seq, e.joinedOn());
    }

    /** Ends the membership that was current when the event happened: the last one admitted before it. */
    @EventHandler
    void on(MembershipEnded e, @SequenceNumber long seq) {
        writes.update(null, """
                update rpt_membership m set last_day = ?, ended_seq = ?
                where m.cooperative_id = ? and m.client_id = ?
                  and m.admitted_seq = (select max(admitted_seq) from rpt_membership x
                                        where x.cooperative_id = m.cooperative_id and x.client_id = m.client_id
                                          and x.admitted_seq < ?)""",
                e.lastDay(), seq, e.cooperativeId(), e.clientId(), seq);
    }

    @EventHandler
    void on(WorkerHired e, @SequenceNumber long seq) {
        writes.update(null, """
                insert into rpt_worker (cooperative_id, worker_id, name, hired_on, employment_type, fixed_term_ends_on,
                    indefinite_from, last_day, last_event_seq) values (?, ?, ?, ?, ?, ?, ?, null, ?)
                on conflict do nothing""",
                e.cooperativeId(), e.workerId(), e.name(), e.hiredOn(), e.employmentType().name(), e.fixedTermEndsOn(),
                e.employmentType() == jp.yui.command.api.EmploymentType.INDEFINITE ? e.hiredOn() : null, seq);
    }

    @EventHandler
    void on(WorkerConvertedToIndefiniteTerm e, @SequenceNumber long seq) {
        writes.update(null, "update rpt_worker set indefinite_from = ?, last_event_seq = ? "
                        + "where cooperative_id = ? and worker_id = ? and last_event_seq < ?",
                e.effectiveOn(), seq, e.cooperativeId(), e.workerId(), seq);
    }

    @EventHandler
    void on(WorkerSeparated e, @SequenceNumber long seq) {
        writes.update(null, "update rpt_worker set last_day = ?, last_event_seq = ? "
                        + "where cooperative_id = ? and worker_id = ? and last_event_seq < ?",
                e.lastDay(), seq, e.cooperativeId(), e.workerId(), seq);
    }

    @EventHandler
    void on(AssignmentPlanned e, @SequenceNumber long seq) {
        writes.update(null, """
                insert into rpt_assignment (cooperative_id, assignment_id, kind, worker_id, client_id, work, category,
                    workplace_municipality, period_from, period_to, pattern, fee_per_hour_yen, cancelled, last_event_seq)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, false, ?)
                on conflict do nothing""",
                e.cooperativeId(), e.assignmentId(), e.kind().name(), e.workerId(), e.clientId(),
                e.work() == null ? "" : e.work(), e.category().name(), e.workplaceMunicipality(), e.period().from(),
                e.period().to(), JsonCodec.pattern(e.pattern()), e.feePerHourYen(), seq);
    }

    @EventHandler
    void on(AssignmentRescheduled e, @SequenceNumber long seq) {
        writes.update(null, """
                update rpt_assignment set period_from = ?, period_to = ?, pattern = cast(? as jsonb), last_event_seq = ?
                where cooperative_id = ? and assignment_id = ? and last_event_seq < ?""",
                e.period().from(), e.period().to(), JsonCodec.pattern(e.pattern()), seq,
                e.cooperativeId(), e.assignmentId(), seq);
    }

    @EventHandler
    void on(AssignmentCancelled e, @SequenceNumber long seq) {
        writes.update(null, "update rpt_assignment set cancelled = true, last_event_seq = ? "
                        + "where cooperative_id = ? and assignment_id = ? and last_event_seq < ?",
                seq, e.cooperativeId(), e.assignmentId(), seq);
    }

    @EventHandler
    void on(ActualHoursRecorded e, @SequenceNumber long seq) {
        writes.update(List.of("actual", e.cooperativeId(), e.assignmentId(), e.month()), """
                insert into rpt_actual_month (cooperative_id, assignment_id, month, minutes_per_day, last_event_seq)
                values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (cooperative_id, assignment_id, month) do update
                    set minutes_per_day = excluded.minutes_per_day, last_event_seq = excluded.last_event_seq
                where rpt_actual_month.last_event_seq < excluded.last_event_seq""",
                e.cooperativeId(), e.assignmentId(), e.month().atDay(1), JsonCodec.dayMinutes(e.minutesPerDay()), seq);
    }

    @EventHandler
    void on(BusinessYearClosed e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        var f = e.figures();
        writes.update(null, """
                insert into rpt_year_close (cooperative_id, business_year, revision, first_day, last_day, rule_version,
                    cap_unit, member_minutes, member_fee_minutes, related_minutes, related_fee_minutes, other_minutes,
                    other_fee_minutes, other_share_percent, non_member_share_percent, within_caps, event_seq, closed_at,
                    closed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                e.cooperativeId(), e.businessYear(), e.revision(), e.firstDay(), e.lastDay(), e.ruleVersion().name(),
                e.unit().name(), f.member().minutes(), f.member().feeMinutes(), f.related().minutes(),
                f.related().feeMinutes(), f.other().minutes(), f.other().feeMinutes(), e.otherSharePercent(),
                e.nonMemberSharePercent(), e.withinCaps(), seq, java.sql.Timestamp.from(at), userId);
    }

    @EventHandler
    void on(BusinessYearReopenedForCorrection e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        writes.update(null, """
                insert into rpt_year_reopen (cooperative_id, event_seq, business_year, reason, reopened_at, reopened_by)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                e.cooperativeId(), seq, e.businessYear(), e.reason(), java.sql.Timestamp.from(at), userId);
    }

    /** Before a replay: empties exactly this projection's tables. */
    @ResetHandler
    public void reset() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }
}
