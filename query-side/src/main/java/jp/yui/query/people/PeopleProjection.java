package jp.yui.query.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects members, clients and workers per cooperative, and the district versions the client class depends on.
 * Periods are rows that are never overwritten: a membership that ends gets its last day; a later admission adds a
 * period. Idempotent: inserts are keyed by natural ids ({@code on conflict do nothing}); updates set values (a second
 * time sets the same); a client's name is only replaced by a later event than the one that set it; a membership end
 * closes the latest membership begun by its last day, so replaying an old end never closes a later membership.
 */
@Component
@ProcessingGroup(PeopleProjection.PROCESSING_GROUP)
public class PeopleProjection {

    public static final String PROCESSING_GROUP = "people";

    /** The tables this projection owns (emptied by the reset handler). */
    public static final List<String> TABLES = List.of("people_district_version", "people_district_municipality",
            "people_client", "people_membership", "people_worker", "people_worker_skill", "people_previous_employer");

    private final JdbcTemplate jdbc;

    public PeopleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(CooperativeRegistered e, @SequenceNumber long seq) {
        district(e.cooperativeId(), seq, null, e.districtMunicipalities());
    }

    @EventHandler
    public void on(DistrictChangeCertified e, @SequenceNumber long seq) {
        district(e.cooperativeId(), seq, e.effectiveOn(), e.districtMunicipalities());
    }

    @EventHandler
    public void on(MemberAdmitted e, @SequenceNumber long seq) {
        // a known (non-member) client keeps its kind; name and industry follow the latest event
        jdbc.update("insert into people_client (cooperative_id, client_id, name, updated_sequence, kind, "
                        + "municipality_code, industry) values (?, ?, ?, ?, ?, null, ?) "
                        + "on conflict (cooperative_id, client_id) do update set name = excluded.name, "
                        + "industry = coalesce(excluded.industry, people_client.industry), "
                        + "updated_sequence = excluded.updated_sequence "
                        + "where people_client.updated_sequence < excluded.updated_sequence",
                e.cooperativeId(), e.clientId(), e.name(), seq, ClientKind.BUSINESS.name(), e.industry());
        jdbc.update("insert into people_membership (cooperative_id, client_id, joined_on) values (?, ?, ?) "
                + "on conflict do nothing", e.cooperativeId(), e.clientId(), e.joinedOn());
    }

    @EventHandler
    public void on(MembershipEnded e) {
        jdbc.update("update people_membership set last_day = ?, end_reason = ? "
                        + "where cooperative_id = ? and client_id = ? and joined_on = (select max(joined_on) "
                        + "from people_membership where cooperative_id = ? and client_id = ? and joined_on <= ?)",
                e.lastDay(), e.reason() == null ? null : e.reason().name(), e.cooperativeId(), e.clientId(),
                e.cooperativeId(), e.clientId(), e.lastDay());
    }

    @EventHandler
    public void on(NonMemberClientRegistered e, @SequenceNumber long seq) {
        jdbc.update("insert into people_client (cooperative_id, client_id, name, updated_sequence, kind, "
                        + "municipality_code, industry) values (?, ?, ?, ?, ?, ?, null) "
                        + "on conflict (cooperative_id, client_id) do update set name = excluded.name, "
                        + "kind = excluded.kind, municipality_code = excluded.municipality_code, "
                        + "updated_sequence = excluded.updated_sequence "
                        + "where people_client.updated_sequence < excluded.updated_sequence",
                e.cooperativeId(), e.clientId(), e.name(), seq, e.kind().name(), e.municipalityCode());
    }

    @EventHandler
    public void on(WorkerHired e) {
        jdbc.update("insert into people_worker (cooperative_id, worker_id, name, birth_date, hired_on, "
                        + "employment_type, fixed_term_ends_on, indefinite_from, home_municipality) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                e.cooperativeId(), e.workerId(), e.name(), e.birthDate(), e.hiredOn(), e.employmentType().name(),
                e.fixedTermEndsOn(), WorkerRecord.hired(e.workerId(), e.name(), e.birthDate(), e.hiredOn(),
                        e.employmentType(), e.fixedTermEndsOn(), e.homeMunicipality(), List.of()).indefiniteFrom(),
                e.homeMunicipality());
        if (e.skills() != null) {
            for (String skill : e.skills()) {
                jdbc.update("insert into people_worker_skill (cooperative_id, worker_id, skill) values (?, ?, ?) "
                        + "on conflict do nothing", e.cooperativeId(), e.workerId(), skill);
            }
        }
    }

    @EventHandler
    public void on(WorkerConvertedToIndefiniteTerm e) {
        jdbc.update("update people_worker set indefinite_from = ? where cooperative_id = ? and worker_id = ?",
                e.effectiveOn(), e.cooperativeId(), e.workerId());
    }

    @EventHandler
    public void on(PreviousEmployerRecorded e) {
        jdbc.update("insert into people_previous_employer (cooperative_id, worker_id, client_id, left_on, "
                        + "retired_at_60_or_over) values (?, ?, ?, ?, ?) on conflict (cooperative_id, worker_id, "
                        + "client_id, left_on) do update set retired_at_60_or_over = excluded.retired_at_60_or_over",
                e.cooperativeId(), e.workerId(), e.clientId(), e.leftOn(), e.retiredAt60OrOver());
    }

    @EventHandler
    public void on(WorkerSeparated e) {
        jdbc.update("update people_worker set last_day = ?, separation_reason = ? "
                + "where cooperative_id = ? and worker_id = ?", e.lastDay(), e.reason(), e.cooperativeId(), e.workerId());
    }

    @ResetHandler
    public void reset() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    private void district(String coop, long seq, LocalDate effectiveFrom, Collection<String> codes) {
        jdbc.update("insert into people_district_version (cooperative_id, sequence, effective_from) values (?, ?, ?) "
                + "on conflict do nothing", coop, seq, effectiveFrom);
        for (String code : codes) {
            jdbc.update("insert into people_district_municipality (cooperative_id, sequence, municipality_code) "
                    + "values (?, ?, ?) on conflict do nothing", coop, seq, code);
        }
    }
}
