package jp.yui.deploy.asof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.EndMembership;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.RevocationGround;
import jp.yui.command.api.RevokeCertification;
import jp.yui.command.api.WorkerHired;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.asof.CooperativeAsOf;
import jp.yui.query.asof.FindCooperativeAsOf;
import jp.yui.query.people.FindMembers;
import jp.yui.query.people.MemberView;
import jp.yui.query.registry.CertificationStatus;
import jp.yui.query.registry.CooperativeCertificationView;
import jp.yui.query.registry.FindCooperativeCertification;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application: a cooperative's past lies in the PostgreSQL event store with the instants it was recorded at;
 * real commands add a membership end and a revocation today, after enough events that the write model snapshots the
 * aggregate. {@link FindCooperativeAsOf} (through the query gateway) still reads the past as it was known then, and
 * the registry and people projections (tracking processors) show today's knowledge.
 */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest
class AsOfIntegrationTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Filler events (recorded actual hours of one month, again and again) to pass the snapshot threshold (250). */
    static final int FILLER = Integer.getInteger("yui.asof-test.filler", 300);

    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void thePastAsKnownThenSurvivesSnapshotsAndLaterDecisions() throws InterruptedException {
        String coop = "asof-it-" + System.nanoTime();
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate memberLastDay = today.minusDays(40);
        LocalDate revokedFrom = today.minusDays(20);
        LocalDate before = today.minusDays(30); // after the membership ended, before the revocation: both recorded today

        // the past, recorded in 2021/2022
        List<DomainEventMessage<?>> past = new ArrayList<>();
        past.add(event(coop, past.size(), tokyo("2021-05-20T10:00:00"), new CooperativeRegistered(coop, "結テスト組合",
                "32", Set.of("325252", "325261"), 4, CapUnit.HOURS, DayOfWeek.SUNDAY, OvertimeAgreement.standard())));
        past.add(event(coop, past.size(), tokyo("2021-06-01T10:00:00"), new CooperativeCertified(coop, "島根県指令第99号",
                "32", d("2021-06-01"), d("2021-06-01"), d("2031-05-31"))));
        past.add(event(coop, past.size(), tokyo("2021-06-01T11:00:00"),
                new MemberAdmitted(coop, "m1", "組合員 一", "漁業", d("2021-06-01"))));
        past.add(event(coop, past.size(), tokyo("2021-06-01T11:00:01"),
                new MemberAdmitted(coop, "m2", "組合員 二", "宿泊業", d("2021-06-01"))));
        past.add(event(coop, past.size(), tokyo("2022-03-20T09:00:00"), new WorkerHired(coop, "w1", "佐藤 一郎",
                d("1966-07-15"), d("2022-04-01"), EmploymentType.INDEFINITE, null, "325252", Set.of("漁業"))));
        past.add(event(coop, past.size(), tokyo("2022-04-01T09:00:00"),
                new NonMemberClientRegistered(coop, "town", "海士町役場", ClientKind.MUNICIPALITY, "325252")));
        for (int i = 0; i < FILLER; i++) {
            past.add(event(coop, past.size(), tokyo("2022-05-02T09:00:00").plusSeconds(i),
                    new ActualHoursRecorded(coop, "none", YearMonth.of(2022, 4), Map.of(d("2022-04-01"), 60 + i % 400))));
        }
        for (int from = 0; from < past.size(); from += 1000) {
            List<DomainEventMessage<?>> chunk = past.subList(from, Math.min(past.size(), from + 1000));
            tx.executeWithoutResult(s -> eventStore.publish(chunk));
        }

        // today: two decisions, effective earlier; the first command loads > 250 events and snapshots the aggregate
        commands.send(new EndMembership(coop, "m2", memberLastDay, MembershipEndReason.EXPULSION), "manager");
        commands.send(new RevokeCertification(coop, revokedFrom, RevocationGround.BREACH, "虚偽の実績報告"), "prefecture");
        Long snapshotAt = jdbc.queryForObject("select max(sequence_number) from snapshot_event_entry "
                + "where aggregate_identifier = ?", Long.class, coop);
        assertThat(snapshotAt).as("the write model snapshotted the cooperative").isNotNull()
                .isGreaterThanOrEqualTo((long) FILLER);

        // as of a past day: nothing decided today is known, the members and certification are as they were then
        long started = System.nanoTime();
        CooperativeAsOf then = asOf(coop, before);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("FindCooperativeAsOf over %d events: %d ms%n", past.size() + 2, millis);
        assertThat(then.eventsConsidered()).isEqualTo(past.size());
        assertThat(then.certification().status()).isEqualTo(CertificationStatus.VALID);
        assertThat(then.certification().end()).isNull();
        assertThat(then.members()).extracting(MemberView::clientId).containsExactly("m1", "m2");
        assertThat(then.members().get(1).membership().lastDay()).isNull();
        assertThat(then.workers()).hasSize(1);

        // as of today: both decisions known and in effect
        started = System.nanoTime();
        CooperativeAsOf now = asOf(coop, today);
        System.out.printf("FindCooperativeAsOf again (warm): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(now.eventsConsidered()).isEqualTo(past.size() + 2);
        assertThat(now.certification().status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(now.certification().end().recordedBy()).isEqualTo("prefecture");
        assertThat(now.members()).extracting(MemberView::clientId).containsExactly("m1");

        // the projections hold today's knowledge: for the same past day, m2's membership had already ended
        CooperativeCertificationView registry = await(() -> queries.query(new FindCooperativeCertification(coop),
                        ResponseTypes.optionalInstanceOf(CooperativeCertificationView.class)).join()
                .filter(v -> v.ends().size() == 1).orElse(null));
        assertThat(registry.standing().status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(registry.ends().get(0).effectiveOn()).isEqualTo(revokedFrom);
        List<MemberView> members = await(() -> {
            List<MemberView> m = queries.query(new FindMembers(coop, before),
                    ResponseTypes.multipleInstancesOf(MemberView.class)).join();
            return m.size() == 1 ? m : null;
        });
        assertThat(members).extracting(MemberView::clientId).containsExactly("m1");
    }

    private CooperativeAsOf asOf(String coop, LocalDate date) {
        Optional<CooperativeAsOf> result = queries.query(new FindCooperativeAsOf(coop, date),
                ResponseTypes.optionalInstanceOf(CooperativeAsOf.class)).join();
        assertThat(result).isPresent();
        return result.get();
    }

    private static DomainEventMessage<?> event(String coop, long seq, Instant at, Object payload) {
        return new GenericDomainEventMessage<>("Cooperative", coop, seq, payload, MetaData.with("userId", "history"),
                UUID.randomUUID().toString(), at);
    }

    private static <T> T await(Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T value;
        while ((value = probe.get()) == null) {
            assertThat(System.nanoTime()).as("the projection caught up within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        return value;
    }
}
