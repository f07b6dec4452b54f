package jp.yui.query.jobs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.yui.command.api.SeasonalJobChanged;
import jp.yui.command.api.SeasonalJobRecorded;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.SeasonalJobWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects seasonal jobs (季節の仕事) into {@code jobs_seasonal_job}. Idempotent and state-setting: each row remembers
 * the aggregate sequence of the last event applied to it, and an event at or below it is ignored (redelivery, replay).
 */
@Component
@ProcessingGroup(SeasonalJobProjection.PROCESSING_GROUP)
public class SeasonalJobProjection {

    public static final String PROCESSING_GROUP = "jobs";
    public static final List<String> TABLES = List.of("jobs_seasonal_job");

    private final NamedParameterJdbcTemplate jdbc;

    public SeasonalJobProjection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    public void on(SeasonalJobRecorded e, @SequenceNumber Long seq) {
        upsert(e.cooperativeId(), e.jobId(), e.terms(), seq);
    }

    @EventHandler
    public void on(SeasonalJobChanged e, @SequenceNumber Long seq) {
        upsert(e.cooperativeId(), e.jobId(), e.terms(), seq);
    }

    @EventHandler
    public void on(SeasonalJobWithdrawn e, @SequenceNumber Long seq) {
        jdbc.update("update jobs_seasonal_job set withdrawn = true, withdrawal_reason = :reason, last_sequence = :seq "
                        + "where cooperative_id = :c and job_id = :j and last_sequence < :seq",
                new MapSqlParameterSource("c", e.cooperativeId()).addValue("j", e.jobId())
                        .addValue("reason", e.reason()).addValue("seq", seq == null ? 0 : seq));
    }

    private void upsert(String coop, String jobId, SeasonalJobTerms t, Long seq) {
        jdbc.update("insert into jobs_seasonal_job (cooperative_id, job_id, client_id, work, category, "
                        + "workplace_municipality, period_from, period_to, weekdays, dates, holidays_off, minutes_per_day, "
                        + "headcount, required_skills, fee_per_hour_yen, medical_exception, withdrawn, last_sequence) "
                        + "values (:c, :j, :client, :work, :cat, :wp, :from, :to, :wd, :dates, :hol, :min, :head, "
                        + ":skills, :fee, :med, false, :seq) on conflict (cooperative_id, job_id) do update set "
                        + "client_id = excluded.client_id, work = excluded.work, category = excluded.category, "
                        + "workplace_municipality = excluded.workplace_municipality, period_from = excluded.period_from, "
                        + "period_to = excluded.period_to, weekdays = excluded.weekdays, dates = excluded.dates, "
                        + "holidays_off = excluded.holidays_off, minutes_per_day = excluded.minutes_per_day, "
                        + "headcount = excluded.headcount, required_skills = excluded.required_skills, "
                        + "fee_per_hour_yen = excluded.fee_per_hour_yen, medical_exception = excluded.medical_exception, "
                        + "withdrawn = false, withdrawal_reason = null, last_sequence = excluded.last_sequence "
                        + "where jobs_seasonal_job.last_sequence < excluded.last_sequence",
                new MapSqlParameterSource("c", coop).addValue("j", jobId).addValue("client", t.clientId())
                        .addValue("work", t.work()).addValue("cat", t.category().name())
                        .addValue("wp", t.workplaceMunicipality()).addValue("from", t.period().from())
                        .addValue("to", t.period().to())
                        .addValue("wd", t.weekdays().stream().map(DayOfWeek::getValue).sorted()
                                .map(String::valueOf).collect(Collectors.joining(",")))
                        .addValue("dates", new TreeSet<>(t.dates()).stream().map(LocalDate::toString)
                                .collect(Collectors.joining(",")))
                        .addValue("hol", t.holidaysOff()).addValue("min", t.minutesPerDay())
                        .addValue("head", t.headcount())
                        .addValue("skills", String.join(",", new TreeSet<>(t.requiredSkills())))
                        .addValue("fee", t.feePerHourYen())
                        .addValue("med", t.medicalException() == null ? null : t.medicalException().name())
                        .addValue("seq", seq == null ? 0 : seq));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcTemplate().execute("truncate table " + String.join(", ", TABLES));
    }
}
