package jp.yui.query.ratio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.UsageFigures;
import jp.yui.query.calendar.AssignmentLedger;
import jp.yui.query.calendar.LedgerChangeListener;
import jp.yui.query.calendar.SubscriptionUpdates;
import jp.yui.query.plan.PlanProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the non-member ratio (員外利用比率)'s own records: the cooperative's cap unit and business-year start, the
 * recorded cap breaches, and the closes and reopenings of business years (tables {@code ratio_*}). The days themselves
 * (one row per assignment and day with planned and actual minutes, fee and the client's class that day) are the plan
 * projection's day ledger ({@link PlanProjection}, tables {@code plan_*}), which {@link RatioQueries} reads: Yui keeps
 * one day ledger, not one per read model, so every event's days are written once. Replaying {@code plan} rebuilds the
 * days the ratio counts; replaying {@code ratio} rebuilds its own records.
 * <p>
 * Idempotent: the last applied event sequence of each cooperative is remembered ({@code ratio_applied}, through an
 * {@link AssignmentLedger} of prefix {@code ratio_} used for that alone), and breaches, closes and reopenings are keyed
 * by their event. After each change of its records or of the day ledger ({@link LedgerChangeListener}), subscribers of
 * {@link FindNonMemberRatio} and {@link FindRatiosOfCooperatives} that cover the cooperative get the new answer.
 */
@Component
@ProcessingGroup(RatioProjection.PROCESSING_GROUP)
public class RatioProjection implements LedgerChangeListener {

    public static final String PROCESSING_GROUP = "ratio";
    public static final String PREFIX = "ratio_";

    /** The tables this projection owns (emptied by the reset handler). */
    public static final List<String> TABLES = List.of("ratio_cooperative", "ratio_breach", "ratio_close",
            "ratio_reopening", "ratio_applied");

    private final NamedParameterJdbcTemplate jdbc;
    private final AssignmentLedger ledger;
    private final RatioQueries queries;
    private final QueryUpdateEmitter emitter;

    public RatioProjection(JdbcTemplate jdbc, RatioQueries queries, QueryUpdateEmitter emitter) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.ledger = new AssignmentLedger(this.jdbc, PREFIX);
        this.queries = queries;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(CooperativeRegistered e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        jdbc.update("insert into ratio_cooperative (cooperative_id, name, prefecture_code, business_year_start_month, "
                        + "cap_unit) values (:c, :name, :pref, :start, :unit) on conflict (cooperative_id) do update set "
                        + "name = excluded.name, prefecture_code = excluded.prefecture_code, "
                        + "business_year_start_month = excluded.business_year_start_month, cap_unit = excluded.cap_unit",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("name", e.name())
                        .addValue("pref", e.prefectureCode()).addValue("start", e.businessYearStartMonth())
                        .addValue("unit", e.capUnit() == null ? "HOURS" : e.capUnit().name()));
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @EventHandler
    public void on(NonMemberCapBreached e, @SequenceNumber Long seq,
                   @org.axonframework.eventhandling.Timestamp Instant at, @MetaDataValue("userId") String userId,
                   ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        MapSqlParameterSource args = figures(e.figures()).addValue("c", e.cooperativeId()).addValue("s", seq)
                .addValue("y", e.businessYear()).addValue("at", Timestamp.from(at)).addValue("u", userId)
                .addValue("rule", e.ruleId()).addValue("unit", e.unit().name()).addValue("d", e.description());
        jdbc.update("insert into ratio_breach (cooperative_id, sequence_number, business_year, occurred_at, user_id, "
                + "rule_id, unit, member_minutes, member_fee_minutes, related_minutes, related_fee_minutes, "
                + "other_minutes, other_fee_minutes, description) values (:c, :s, :y, :at, :u, :rule, :unit, :mm, :mf, "
                + ":rm, :rf, :om, :of, :d) on conflict do nothing", args);
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @EventHandler
    public void on(BusinessYearClosed e, @SequenceNumber Long seq,
                   @org.axonframework.eventhandling.Timestamp Instant at, @MetaDataValue("userId") String userId,
                   ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        MapSqlParameterSource args = figures(e.figures()).addValue("c", e.cooperativeId())
                .addValue("y", e.businessYear()).addValue("rev", e.revision()).addValue("s", seq == null ? 0 : seq)
                .addValue("at", Timestamp.from(at)).addValue("u", userId).addValue("first", e.firstDay())
                .addValue("last", e.lastDay()).addValue("version", e.ruleVersion().name())
                .addValue("unit", e.unit().name()).addValue("os", e.otherSharePercent())
                .addValue("ns", e.nonMemberSharePercent()).addValue("within", e.withinCaps());
        jdbc.update("insert into ratio_close (cooperative_id, business_year, revision, sequence_number, closed_at, "
                + "user_id, first_day, last_day, rule_version, unit, member_minutes, member_fee_minutes, "
                + "related_minutes, related_fee_minutes, other_minutes, other_fee_minutes, other_share_percent, "
                + "non_member_share_percent, within_caps) values (:c, :y, :rev, :s, :at, :u, :first, :last, :version, "
                + ":unit, :mm, :mf, :rm, :rf, :om, :of, :os, :ns, :within) on conflict do nothing", args);
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @EventHandler
    public void on(BusinessYearReopenedForCorrection e, @SequenceNumber Long seq,
                   @org.axonframework.eventhandling.Timestamp Instant at, @MetaDataValue("userId") String userId,
                   ReplayStatus replay) {
        if (!ledger.firstDelivery(e.cooperativeId(), seq)) {
            return;
        }
        jdbc.update("insert into ratio_reopening (cooperative_id, sequence_number, business_year, reopened_at, user_id, "
                        + "reason) values (:c, :s, :y, :at, :u, :reason) on conflict do nothing",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("s", seq == null ? 0 : seq)
                        .addValue("y", e.businessYear()).addValue("at", Timestamp.from(at)).addValue("u", userId)
                        .addValue("reason", e.reason()));
        changedAfterWrite(e.cooperativeId(), replay);
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcTemplate().execute("truncate table " + String.join(", ", TABLES));
    }

    private static MapSqlParameterSource figures(UsageFigures f) {
        return new MapSqlParameterSource("mm", f.member().minutes()).addValue("mf", f.member().feeMinutes())
                .addValue("rm", f.related().minutes()).addValue("rf", f.related().feeMinutes())
                .addValue("om", f.other().minutes()).addValue("of", f.other().feeMinutes());
    }

    /** Calls {@link #changed} once the batch's applied sequences are written (at once outside a batch). */
    private void changedAfterWrite(String cooperativeId, ReplayStatus replay) {
        ledger.afterWrite(cooperativeId, () -> changed(cooperativeId, replay));
    }

    /** Sends subscribers the new answers; not during a replay, whose intermediate states are no answers. */
    private void changed(String cooperativeId, ReplayStatus replay) {
        if (replay != null && replay.isReplay()) {
            return;
        }
        ledgerChanged(cooperativeId);
    }

    /** The plan's day ledger changed (written, not in a replay): the ratio's subscribers get the new answers. */
    @Override
    public void ledgerChanged(String cooperativeId) {
        SubscriptionUpdates.emit(emitter, FindNonMemberRatio.class, q -> cooperativeId.equals(q.cooperativeId()),
                queries::find);
        SubscriptionUpdates.emit(emitter, FindRatiosOfCooperatives.class,
                q -> q.cooperativeIds().contains(cooperativeId), queries::find);
    }
}
