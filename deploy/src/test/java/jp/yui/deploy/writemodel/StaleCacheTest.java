package jp.yui.deploy.writemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.WorkerHired;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cached cooperative is not checked against the store before a command any more; what guards a stale one
 * (another node appended meanwhile, simulated here by appending through the event store) is, for an accepted command,
 * the event table's unique (aggregate, sequence) key and the retry, and for a refusal the check after the handler
 * ({@code VersionCheckedCachingRepository.verifyOutcome}). Either way the command is decided on the stored state.
 */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest
class StaleCacheTest {

    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aCommandRefusedOnAStaleCachedStateIsDecidedAgainOnTheStoredOne() {
        String coop = "stale-refusal-" + System.nanoTime();
        WriteModelFixtures.cooperative(commands, coop);
        WriteModelFixtures.hire(commands, coop, "w1"); // the cooperative is cached now

        appendElsewhere(coop, "w2");
        // the cached state does not know w2 (it would refuse "unknown worker"); the stored state does
        commands.send(WriteModelFixtures.week(coop, "a-w2", "w2", "m1", 0), "tester");

        assertThat(payloads(coop)).last().isInstanceOfSatisfying(AssignmentPlanned.class,
                e -> assertThat(e.workerId()).isEqualTo("w2"));
        assertContiguous(coop);
    }

    @Test
    void aCommandAcceptedOnAStaleCachedStateIsAppendedAfterTheStoredEvents() {
        String coop = "stale-accept-" + System.nanoTime();
        WriteModelFixtures.cooperative(commands, coop);
        WriteModelFixtures.hire(commands, coop, "w1");

        appendElsewhere(coop, "w2");
        WriteModelFixtures.hire(commands, coop, "w3"); // accepted on either state; the stale append must not win

        List<Object> events = payloads(coop);
        assertThat(events.subList(events.size() - 2, events.size())).extracting(e -> ((WorkerHired) e).workerId())
                .containsExactly("w2", "w3");
        assertContiguous(coop);
    }

    @Test
    void aRefusalOnTheStoredStateStandsAndChangesNothing() {
        String coop = "stale-still-refused-" + System.nanoTime();
        WriteModelFixtures.cooperative(commands, coop);
        WriteModelFixtures.hire(commands, coop, "w1");
        appendElsewhere(coop, "w2");
        long before = count(coop);

        assertThatThrownBy(() -> commands.send(WriteModelFixtures.week(coop, "a-x", "nobody", "m1", 0), "tester"))
                .isInstanceOf(CommandRefusedException.class);
        assertThat(count(coop)).isEqualTo(before);
    }

    /** What another node would do: append the next event of the cooperative without this node's cache knowing. */
    private void appendElsewhere(String coop, String worker) {
        long next = count(coop);
        DomainEventMessage<?> hired = new GenericDomainEventMessage<>("Cooperative", coop, next,
                new WorkerHired(coop, worker, "職員 " + worker, LocalDate.of(1995, 1, 1), LocalDate.of(2025, 4, 1),
                        EmploymentType.INDEFINITE, null, WriteModelFixtures.AMA, Set.of()),
                MetaData.with("userId", "other-node"));
        tx.executeWithoutResult(s -> eventStore.publish(hired));
    }

    private long count(String coop) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                coop);
    }

    private List<Object> payloads(String coop) {
        return eventStore.readEvents(coop).asStream().map(m -> (Object) m.getPayload()).toList();
    }

    private void assertContiguous(String coop) {
        List<Long> sequences = jdbc.queryForList("select sequence_number from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", Long.class, coop);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo((long) i);
        }
    }
}
