package jp.yui.deploy.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.integrity.ChainVerification;
import jp.yui.query.integrity.VerifyEventChain;
import jp.yui.query.security.SystemActor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tamper evidence on the real event store: the integrity projection links each cooperative's stored events; altering
 * a stored payload or deleting a stored row with SQL is reported at its position, an untouched stream is ok.
 */
@YuiIntegrationTest
class EventChainIntegrationTest {

    private static final String AMA = "325252";
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    private static final int EVENTS = 5;

    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcTemplate jdbc;

    private String cooperativeWithEvents(String prefix) {
        String coop = prefix + "-" + System.nanoTime();
        SystemActor.run("integrity-test", () -> {
            commands.send(new RegisterCooperative(coop, "結テスト組合", "32", Set.of(AMA), 4, CapUnit.HOURS,
                    DayOfWeek.SUNDAY, null), "integrity-it");
            commands.send(new CertifyCooperative(coop, "島根県指令第7号", LocalDate.parse("2021-06-01")), "integrity-it");
            commands.send(new AdmitMember(coop, "m1", "定置網漁業", "漁業", LocalDate.parse("2021-06-01")), "integrity-it");
            commands.send(new RegisterNonMemberClient(coop, "hotel", "ホテル", ClientKind.BUSINESS, null), "integrity-it");
            commands.send(new AdmitMember(coop, "m2", "岩牡蠣養殖", "漁業", LocalDate.parse("2022-04-01")), "integrity-it");
        });
        assertThat(stored(coop)).isGreaterThanOrEqualTo(EVENTS);
        return coop;
    }

    private long stored(String coop) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, coop);
    }

    private ChainVerification verify(String coop) throws Exception {
        return SystemActor.call("integrity-test", () -> {
            try {
                return queryGateway.query(new VerifyEventChain(coop), ChainVerification.class).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits until the projection has linked all of the cooperative's events. */
    private ChainVerification awaitLinked(String coop) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        ChainVerification last = null;
        long events = stored(coop);
        while (System.nanoTime() < deadline) {
            last = verify(coop);
            if (last.eventsChecked() == events && last.pending() == 0) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the integrity projection did not catch up within " + CATCH_UP + ": " + last);
    }

    private long globalIndex(String coop, long seq) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", Long.class, coop, seq);
    }

    @Test
    void untouchedStreamAlteredPayloadAndDeletedRow() throws Exception {
        String untouched = cooperativeWithEvents("chain-ok");
        String altered = cooperativeWithEvents("chain-altered");
        String deleted = cooperativeWithEvents("chain-deleted");

        ChainVerification ok = awaitLinked(untouched);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.firstBrokenPosition()).isNull();
        assertThat(ok.headHash()).hasSize(64);
        assertThat(ok.reasonJa()).contains("改ざんは見つかりませんでした");
        awaitLinked(altered);
        awaitLinked(deleted);

        // someone with database access changes the member's line of business in the stored payload
        long alteredIndex = globalIndex(altered, 2);
        int changed = jdbc.update("""
                update domain_event_entry
                set payload = convert_to(replace(convert_from(payload, 'UTF8'), '定置網漁業', '養殖業'), 'UTF8')
                where aggregate_identifier = ? and sequence_number = 2""", altered);
        assertThat(changed).isEqualTo(1);
        ChainVerification a = verify(altered);
        assertThat(a.ok()).isFalse();
        assertThat(a.firstBrokenPosition().sequenceNumber()).isEqualTo(2);
        assertThat(a.firstBrokenPosition().globalIndex()).isEqualTo(alteredIndex);
        assertThat(a.eventsChecked()).isEqualTo(3);
        assertThat(a.reasonJa()).contains("変更されています");
        assertThat(a.reasonEn()).contains("altered");

        // ... and someone removes the non-member client's registration
        long deletedIndex = globalIndex(deleted, 3);
        assertThat(jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 3",
                deleted)).isEqualTo(1);
        ChainVerification d = verify(deleted);
        assertThat(d.ok()).isFalse();
        assertThat(d.firstBrokenPosition().sequenceNumber()).isEqualTo(3);
        assertThat(d.firstBrokenPosition().globalIndex()).isEqualTo(deletedIndex);
        assertThat(d.reasonJa()).contains("削除されています");

        // the other cooperative is still fine
        assertThat(verify(untouched).ok()).isTrue();
    }
}
