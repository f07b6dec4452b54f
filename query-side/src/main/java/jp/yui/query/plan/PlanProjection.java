package jp.yui.query.plan;

import java.util.List;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.query.calendar.AssignmentLedger;
import jp.yui.query.calendar.DayLedgerProjection;
import jp.yui.query.calendar.LedgerChangeListener;
import jp.yui.query.calendar.SubscriptionUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the year-round plan (年間就業計画): the cooperative's settings (business-year start, week start, overtime
 * agreement), the workers, and the assignment ledger ({@link AssignmentLedger}, tables {@code plan_*}): one row per
 * worker, assignment and day with planned and actual minutes, fee and the client's class on that day.
 * <p>
 * The ledger is Yui's one day ledger: the non-member ratio reads it too (it was kept twice, once per processing group,
 * which doubled the heaviest writing of every event and of a replay). {@link LedgerChangeListener}s (the ratio's
 * subscription updates) are told when a cooperative's ledger changed.
 * <p>
 * Idempotent: the last applied event sequence of each cooperative is remembered, and every change is state-setting.
 * After each change, subscribers of {@link FindYearPlan} and {@link FindWorkerYear} for that cooperative get the new
 * answer.
 */
@Component
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
public class PlanProjection extends DayLedgerProjection {

    public static final String PROCESSING_GROUP = "plan";
    public static final String PREFIX = "plan_";

    /** The tables this projection owns (emptied by the reset handler). */
    public static final List<String> TABLES = List.of("plan_cooperative", "plan_worker", "plan_applied", "plan_client",
            "plan_membership", "plan_district", "plan_assignment", "plan_actual_month", "plan_month");

    private final NamedParameterJdbcTemplate jdbc;
    private final AssignmentLedger ledger;
    private final PlanQueries queries;
    private final QueryUpdateEmitter emitter;
    private final List<LedgerChangeListener> listeners;

    public PlanProjection(JdbcTemplate jdbc, PlanQueries queries, QueryUpdateEmitter emitter) {
        this(jdbc, queries, emitter, List.of());
    }

    @Autowired
    public PlanProjection(JdbcTemplate jdbc, PlanQueries queries, QueryUpdateEmitter emitter,
                          List<LedgerChangeListener> listeners) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.ledger = new AssignmentLedger(this.jdbc, PREFIX);
        this.queries = queries;
        this.emitter = emitter;
        this.listeners = List.copyOf(listeners);
    }

    // ------------------------------------------------------------------ cooperative

    @EventHandler
    public void on(CooperativeRegistered e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        OvertimeAgreement oa = e.overtimeAgreement() == null ? OvertimeAgreement.standard() : e.overtimeAgreement();
        jdbc.update("insert into plan_cooperative (cooperative_id, name, business_year_start_month, week_starts_on, "
                        + "daily_regular_minutes, weekly_regular_minutes, daily_plan_limit_minutes, planned_overtime_allowed, "
                        + "monthly_overtime_limit_minutes, yearly_overtime_limit_minutes, annual_variable_hours, special_clause, "
                        + "special_monthly_below_minutes, special_months_over_limit) values (:c, :name, :start, :week, :dr, "
                        + ":wr, :dpl, :poa, :ml, :yl, :avh, :sc, :smb, :smo) on conflict (cooperative_id) do update set "
                        + "name = excluded.name, business_year_start_month = excluded.business_year_start_month, "
                        + "week_starts_on = excluded.week_starts_on, daily_regular_minutes = excluded.daily_regular_minutes, "
                        + "weekly_regular_minutes = excluded.weekly_regular_minutes, "
                        + "daily_plan_limit_minutes = excluded.daily_plan_limit_minutes, "
                        + "planned_overtime_allowed = excluded.planned_overtime_allowed, "
                        + "monthly_overtime_limit_minutes = excluded.monthly_overtime_limit_minutes, "
                        + "yearly_overtime_limit_minutes = excluded.yearly_overtime_limit_minutes, "
                        + "annual_variable_hours = excluded.annual_variable_hours, special_clause = excluded.special_clause, "
                        + "special_monthly_below_minutes = excluded.special_monthly_below_minutes, "
                        + "special_months_over_limit = excluded.special_months_over_limit",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("name", e.name())
                        .addValue("start", e.businessYearStartMonth())
                        .addValue("week", e.weekStartsOn() == null ? 7 : e.weekStartsOn().getValue())
                        .addValue("dr", oa.dailyRegularHours() * 60).addValue("wr", oa.weeklyRegularHours() * 60)
                        .addValue("dpl", oa.dailyPlanLimitHours() * 60).addValue("poa", oa.plannedOvertimeAllowed())
                        .addValue("ml", oa.monthlyLimitMinutes()).addValue("yl", oa.yearlyLimitMinutes())
                        .addValue("avh", oa.annualVariableHours()).addValue("sc", oa.specialClause())
                        .addValue("smb", oa.specialMonthlyOvertimeHoursBelow() * 60)
                        .addValue("smo", oa.specialMonthsOverRegularLimit()));
        ledger.districtCertified(e.cooperativeId(), seq == null ? 0 : seq, null, e.districtMunicipalities());
        changedAfterWrite(e.cooperativeId(), replay);
    }

    // ------------------------------------------------------------------ workers (district, clients, assignments
    // and actual hours: DayLedgerProjection)

    @EventHandler
    public void on(WorkerHired e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        jdbc.update("insert into plan_worker (cooperative_id, worker_id, name, employment_type, hired_on, "
                        + "fixed_term_ends_on, indefinite_from) values (:c, :w, :name, :type, :hired, :fixedEnd, :indef) "
                        + "on conflict (cooperative_id, worker_id) do update set name = excluded.name, "
                        + "employment_type = excluded.employment_type, hired_on = excluded.hired_on, "
                        + "fixed_term_ends_on = excluded.fixed_term_ends_on, indefinite_from = excluded.indefinite_from, "
                        + "last_day = null, separation_reason = null",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("w", e.workerId()).addValue("name", e.name())
                        .addValue("type", e.employmentType().name()).addValue("hired", e.hiredOn())
                        .addValue("fixedEnd", e.fixedTermEndsOn())
                        .addValue("indef", e.employmentType() == EmploymentType.INDEFINITE ? e.hiredOn() : null));
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @EventHandler
    public void on(WorkerConvertedToIndefiniteTerm e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        jdbc.update("update plan_worker set employment_type = 'INDEFINITE', indefinite_from = :from "
                        + "where cooperative_id = :c and worker_id = :w",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("w", e.workerId())
                        .addValue("from", e.effectiveOn()));
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @EventHandler
    public void on(WorkerSeparated e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        jdbc.update("update plan_worker set last_day = :last, separation_reason = :reason "
                        + "where cooperative_id = :c and worker_id = :w",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("w", e.workerId())
                        .addValue("last", e.lastDay()).addValue("reason", e.reason()));
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @Override
    protected AssignmentLedger ledger() {
        return ledger;
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcTemplate().execute("truncate table " + String.join(", ", TABLES));
    }

    /**
     * Sends subscribers the new answers, and tells the ledger's listeners; not during a replay, whose intermediate
     * states are no answers.
     */
    @Override
    protected void changed(String cooperativeId, ReplayStatus replay) {
        if (replay != null && replay.isReplay()) {
            return;
        }
        SubscriptionUpdates.emit(emitter, FindYearPlan.class, q -> cooperativeId.equals(q.cooperativeId()),
                queries::find);
        SubscriptionUpdates.emit(emitter, FindWorkerYear.class, q -> cooperativeId.equals(q.cooperativeId()),
                queries::find);
        for (LedgerChangeListener listener : listeners) {
            listener.ledgerChanged(cooperativeId);
        }
    }
}
