package jp.yui.query.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the certification registry (認定台帳): cooperatives, certification terms, lapses and revocations with the
 * assignments they listed, and the district versions. Every fact is stored under the sequence number of its event
 * within the cooperative ({@code on conflict do nothing}), so an event handled twice changes nothing and the queries
 * can replay the facts in the order the write model applied them ({@link CertificationHistory}).
 */
@Component
@ProcessingGroup(CertificationRegistryProjection.PROCESSING_GROUP)
public class CertificationRegistryProjection {

    public static final String PROCESSING_GROUP = "registry";

    /** The tables this projection owns (emptied by the reset handler). */
    public static final List<String> TABLES = List.of("registry_cooperative", "registry_certification_term",
            "registry_certification_end", "registry_assignment_needing_action", "registry_district_version",
            "registry_district_municipality");

    private final JdbcTemplate jdbc;

    public CertificationRegistryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(CooperativeRegistered e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue("userId") String userId) {
        jdbc.update("insert into registry_cooperative (cooperative_id, name, prefecture_code, prefecture_name, "
                        + "business_year_start_month, registered_at, registered_by) values (?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (cooperative_id) do update set name = excluded.name, "
                        + "prefecture_code = excluded.prefecture_code, prefecture_name = excluded.prefecture_name, "
                        + "business_year_start_month = excluded.business_year_start_month",
                e.cooperativeId(), e.name(), e.prefectureCode(), MunicipalityRef.prefectureNameOf(e.prefectureCode()),
                e.businessYearStartMonth(), timestamp(at), userId);
        district(e.cooperativeId(), seq, null, e.districtMunicipalities(), at, userId);
    }

    @EventHandler
    public void on(DistrictChangeCertified e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue("userId") String userId) {
        district(e.cooperativeId(), seq, e.effectiveOn(), e.districtMunicipalities(), at, userId);
    }

    @EventHandler
    public void on(CooperativeCertified e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue("userId") String userId) {
        term(e.cooperativeId(), seq, CertificationTermKind.CERTIFICATION, e.certificationNumber(), e.certifiedOn(),
                e.validFrom(), e.validThrough(), at, userId);
    }

    @EventHandler
    public void on(CertificationRenewed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue("userId") String userId) {
        term(e.cooperativeId(), seq, CertificationTermKind.RENEWAL, e.certificationNumber(), e.decidedOn(),
                e.validFrom(), e.validThrough(), at, userId);
    }

    @EventHandler
    public void on(CertificationLapsed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue("userId") String userId) {
        end(e.cooperativeId(), seq, CertificationStatus.LAPSED, e.effectiveOn(),
                e.reason() == null ? null : e.reason().name(), null, null, e.assignmentsNeedingAction(), at, userId);
    }

    @EventHandler
    public void on(CertificationRevoked e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue("userId") String userId) {
        end(e.cooperativeId(), seq, CertificationStatus.REVOKED, e.effectiveOn(), null,
                e.ground() == null ? null : e.ground().name(), e.reason(), e.assignmentsNeedingAction(), at, userId);
    }

    @ResetHandler
    public void reset() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    private void term(String coop, long seq, CertificationTermKind kind, String number, LocalDate decidedOn,
                      LocalDate from, LocalDate through, Instant at, String userId) {
        jdbc.update("insert into registry_certification_term (cooperative_id, sequence, kind, certification_number, "
                        + "decided_on, valid_from, valid_through, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                coop, seq, kind.name(), number, decidedOn, from, through, timestamp(at), userId);
    }

    private void end(String coop, long seq, CertificationStatus kind, LocalDate effectiveOn, String lapseReason,
                     String ground, String reason, List<String> assignments, Instant at, String userId) {
        jdbc.update("insert into registry_certification_end (cooperative_id, sequence, kind, effective_on, "
                        + "lapse_reason, revocation_ground, reason, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                coop, seq, kind.name(), effectiveOn, lapseReason, ground, reason, timestamp(at), userId);
        if (assignments != null) {
            for (String a : assignments) {
                jdbc.update("insert into registry_assignment_needing_action (cooperative_id, end_sequence, "
                        + "assignment_id) values (?, ?, ?) on conflict do nothing", coop, seq, a);
            }
        }
    }

    private void district(String coop, long seq, LocalDate effectiveFrom, Collection<String> codes, Instant at,
                          String userId) {
        jdbc.update("insert into registry_district_version (cooperative_id, sequence, effective_from, recorded_at, "
                + "recorded_by) values (?, ?, ?, ?, ?) on conflict do nothing",
                coop, seq, effectiveFrom, timestamp(at), userId);
        for (String code : codes) {
            jdbc.update("insert into registry_district_municipality (cooperative_id, sequence, municipality_code) "
                    + "values (?, ?, ?) on conflict do nothing", coop, seq, code);
        }
    }

    static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
