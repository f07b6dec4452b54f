package jp.yui.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.AssignmentTermsRecorded;
import jp.yui.command.api.ComplaintRecorded;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.SocialInsuranceRecorded;
import jp.yui.command.api.TrainingRecorded;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import jp.yui.query.jdbc.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the dispatcher's ledger (派遣元管理台帳, R-REP-1): the cooperative's overtime agreement, clients, workers
 * (indefinite term, birth date, social insurance), assignments (period, working days, terms, cancellation, retention
 * date), actual days per month, complaints and trainings — see V400__dispatch_ledger.sql.
 * <p>
 * Idempotent by the event's sequence number within the cooperative: a row remembers the last event applied to it
 * ({@code applied_seq}) and ignores events at or before it; complaints and trainings are keyed by their event's
 * sequence. So handling any event again, in any order after the first time, changes nothing.
 * <p>
 * Secondments (在籍型出向) are stored like dispatches (kind {@code SECONDMENT}) but the ledger's queries leave them out:
 * they are not worker dispatch, so they do not belong in the 派遣元管理台帳.
 * <p>
 * Retention: every assignment carries {@code retain_until} = the end of its period + 3 years (recomputed when it is
 * rescheduled). The queries hide entries past that date by default. Deleting expired rows (a purge) is a later
 * concern: it must delete the assignment with its actual months and complaints, and a worker's trainings only when
 * none of the worker's assignments is still retained; a replay rebuilds them from the events until the purge runs
 * again.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger";

    /** The tables this projection owns (emptied by the reset handler). */
    public static final List<String> TABLES = List.of("ledger_cooperative", "ledger_client", "ledger_worker",
            "ledger_assignment", "ledger_actual_month", "ledger_complaint", "ledger_training");

    /** How long a ledger entry is kept after its assignment ends (R-REP-1). */
    public static final int RETENTION_YEARS = 3;

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public LedgerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    public void on(CooperativeRegistered e, @SequenceNumber long seq) {
        OvertimeAgreement o = e.overtimeAgreement() == null ? OvertimeAgreement.standard() : e.overtimeAgreement();
        writes.update(List.of("cooperative", e.cooperativeId()),
                "insert into ledger_cooperative (cooperative_id, name, monthly_overtime_hours, yearly_overtime_hours, "
                        + "annual_variable_hours, special_clause, special_yearly_hours, special_monthly_hours_below, "
                        + "special_months_over_regular, applied_seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (cooperative_id) do update set name = excluded.name, "
                        + "monthly_overtime_hours = excluded.monthly_overtime_hours, "
                        + "yearly_overtime_hours = excluded.yearly_overtime_hours, "
                        + "annual_variable_hours = excluded.annual_variable_hours, special_clause = excluded.special_clause, "
                        + "special_yearly_hours = excluded.special_yearly_hours, "
                        + "special_monthly_hours_below = excluded.special_monthly_hours_below, "
                        + "special_months_over_regular = excluded.special_months_over_regular, "
                        + "applied_seq = excluded.applied_seq where ledger_cooperative.applied_seq < excluded.applied_seq",
                e.cooperativeId(), e.name(), o.monthlyOvertimeHours(), o.yearlyOvertimeHours(), o.annualVariableHours(),
                o.specialClause(), o.specialYearlyOvertimeHours(), o.specialMonthlyOvertimeHoursBelow(),
                o.specialMonthsOverRegularLimit(), seq);
    }

    @EventHandler
    public void on(MemberAdmitted e, @SequenceNumber long seq) {
        client(e.cooperativeId(), e.clientId(), e.name(), "BUSINESS", seq);
    }

    @EventHandler
    public void on(NonMemberClientRegistered e, @SequenceNumber long seq) {
        client(e.cooperativeId(), e.clientId(), e.name(), e.kind() == null ? "BUSINESS" : e.kind().name(), seq);
    }

    @EventHandler
    public void on(WorkerHired e, @SequenceNumber long seq) {
        boolean indefinite = e.employmentType() == EmploymentType.INDEFINITE;
        writes.update(null,
                "insert into ledger_worker (cooperative_id, worker_id, name, birth_date, hired_on, employment_type, "
                        + "indefinite_since, applied_seq) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.cooperativeId(), e.workerId(), e.name(), e.birthDate(), e.hiredOn(),
                e.employmentType() == null ? EmploymentType.INDEFINITE.name() : e.employmentType().name(),
                indefinite || e.employmentType() == null ? e.hiredOn() : null, seq);
    }

    @EventHandler
    public void on(WorkerConvertedToIndefiniteTerm e, @SequenceNumber long seq) {
        writes.update(null, "update ledger_worker set indefinite_since = ?, applied_seq = ? "
                        + "where cooperative_id = ? and worker_id = ? and applied_seq < ?",
                e.effectiveOn(), seq, e.cooperativeId(), e.workerId(), seq);
    }

    @EventHandler
    public void on(WorkerSeparated e, @SequenceNumber long seq) {
        writes.update(null, "update ledger_worker set separated_on = ?, applied_seq = ? "
                        + "where cooperative_id = ? and worker_id = ? and applied_seq < ?",
                e.lastDay(), seq, e.cooperativeId(), e.workerId(), seq);
    }

    @EventHandler
    public void on(SocialInsuranceRecorded e, @SequenceNumber long seq) {
        writes.update(null, "update ledger_worker set insurance_recorded = true, health_insurance = ?, pension = ?, "
                        + "employment_insurance = ?, insurance_reason = ?, applied_seq = ? "
                        + "where cooperative_id = ? and worker_id = ? and applied_seq < ?",
                e.healthInsurance(), e.pension(), e.employmentInsurance(), e.reasonNotEnrolled(), seq,
                e.cooperativeId(), e.workerId(), seq);
    }

    @EventHandler
    public void on(TrainingRecorded e, @SequenceNumber long seq) {
        writes.update(null,
                "insert into ledger_training (cooperative_id, sequence, worker_id, held_on, kind, content, minutes) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.cooperativeId(), seq, e.workerId(), e.heldOn(), e.kind().name(), e.content(), e.minutes());
    }

    @EventHandler
    public void on(AssignmentPlanned e, @SequenceNumber long seq, @Timestamp Instant at) {
        WorkingDays days = WorkingDays.of(e.pattern(), e.period());
        writes.update(null,
                "insert into ledger_assignment (cooperative_id, assignment_id, kind, worker_id, client_id, work, "
                        + "category, medical_exception, workplace_municipality, period_from, period_to, working_days_text, "
                        + "planned_days, planned_minutes, retain_until, planned_at, applied_seq) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.cooperativeId(), e.assignmentId(), e.kind().name(), e.workerId(), e.clientId(), e.work(),
                e.category() == null ? null : e.category().name(),
                e.medicalException() == null ? null : e.medicalException().name(), e.workplaceMunicipality(),
                e.period().from(), e.period().to(), days.text(), days.days(), days.minutes(),
                retainUntil(e.period().to()), java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), seq);
    }

    @EventHandler
    public void on(AssignmentRescheduled e, @SequenceNumber long seq) {
        WorkingDays days = WorkingDays.of(e.pattern(), e.period());
        writes.update(null,
                "update ledger_assignment set period_from = ?, period_to = ?, working_days_text = ?, planned_days = ?, "
                        + "planned_minutes = ?, retain_until = ?, applied_seq = ? "
                        + "where cooperative_id = ? and assignment_id = ? and applied_seq < ?",
                e.period().from(), e.period().to(), days.text(), days.days(), days.minutes(),
                retainUntil(e.period().to()), seq, e.cooperativeId(), e.assignmentId(), seq);
    }

    @EventHandler
    public void on(AssignmentTermsRecorded e, @SequenceNumber long seq) {
        writes.update(null, "update ledger_assignment set organisational_unit = ?, start_time = ?, end_time = ?, "
                        + "break_minutes = ?, responsibility = ?, dispatcher_responsible = ?, client_responsible = ?, "
                        + "applied_seq = ? where cooperative_id = ? and assignment_id = ? and applied_seq < ?",
                e.organisationalUnit(), e.startTime(), e.endTime(), e.breakMinutes(), e.responsibility(),
                e.dispatcherResponsiblePerson(), e.clientResponsiblePerson(), seq, e.cooperativeId(),
                e.assignmentId(), seq);
    }

    @EventHandler
    public void on(AssignmentCancelled e, @SequenceNumber long seq) {
        writes.update(null, "update ledger_assignment set cancelled = true, cancel_reason = ?, applied_seq = ? "
                        + "where cooperative_id = ? and assignment_id = ? and applied_seq < ?",
                e.reason(), seq, e.cooperativeId(), e.assignmentId(), seq);
    }

    @EventHandler
    public void on(ActualHoursRecorded e, @SequenceNumber long seq) {
        int days = 0;
        long minutes = 0;
        if (e.minutesPerDay() != null) {
            for (Map.Entry<LocalDate, Integer> d : e.minutesPerDay().entrySet()) {
                if (d.getValue() != null && d.getValue() > 0 && e.month().equals(java.time.YearMonth.from(d.getKey()))) {
                    days++;
                    minutes += d.getValue();
                }
            }
        }
        writes.update(List.of("actual", e.cooperativeId(), e.assignmentId(), e.month()),
                "insert into ledger_actual_month (cooperative_id, assignment_id, month, days_worked, minutes, "
                        + "applied_seq) values (?, ?, ?, ?, ?, ?) on conflict (cooperative_id, assignment_id, month) "
                        + "do update set days_worked = excluded.days_worked, minutes = excluded.minutes, "
                        + "applied_seq = excluded.applied_seq where ledger_actual_month.applied_seq < excluded.applied_seq",
                e.cooperativeId(), e.assignmentId(), e.month().atDay(1), days, minutes, seq);
    }

    @EventHandler
    public void on(ComplaintRecorded e, @SequenceNumber long seq) {
        writes.update(null,
                "insert into ledger_complaint (cooperative_id, sequence, assignment_id, received_on, content, handling) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.cooperativeId(), seq, e.assignmentId(), e.receivedOn(), e.content(), e.handling());
    }

    @ResetHandler
    public void reset() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    /** The last day an entry whose assignment ends on {@code periodEnd} must be kept: 3 years after it. */
    public static LocalDate retainUntil(LocalDate periodEnd) {
        return periodEnd.plusYears(RETENTION_YEARS);
    }

    private void client(String coop, String clientId, String name, String kind, long seq) {
        writes.update(List.of("client", coop, clientId),
                "insert into ledger_client (cooperative_id, client_id, name, kind, applied_seq) values (?, ?, ?, ?, ?) "
                        + "on conflict (cooperative_id, client_id) do update set "
                        + "name = coalesce(nullif(excluded.name, ''), ledger_client.name), applied_seq = excluded.applied_seq "
                        + "where ledger_client.applied_seq < excluded.applied_seq",
                coop, clientId, name == null || name.isBlank() ? clientId : name, kind, seq);
    }
}
