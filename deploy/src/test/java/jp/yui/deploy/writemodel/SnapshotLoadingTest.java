package jp.yui.deploy.writemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.cooperative.Cooperative;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A cooperative whose stream holds over 10,000 events is loaded from a snapshot, not from its whole stream. */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest
class SnapshotLoadingTest {

    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aStreamOfOver10000EventsLoadsFromASnapshot() {
        String coop = "snapshot-" + System.nanoTime();
        WriteModelFixtures.cooperative(commands, coop);
        WriteModelFixtures.hire(commands, coop, "w1");
        commands.send(WriteModelFixtures.week(coop, "a1", "w1", "m1", 0), "tester");
        YearMonth april = YearMonth.of(2026, 4);
        LocalDate day = WriteModelFixtures.FIRST_MONDAY_2026;

        // 10,000 recorded corrections of one month, appended in bulk (the aggregate would accept each of them)
        long seq = lastSequence(coop);
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            batch.add(new GenericDomainEventMessage<>("Cooperative", coop, seq + i,
                    new ActualHoursRecorded(coop, "a1", april, Map.of(day, 60 + i % 400)), MetaData.with("userId", "bulk")));
            if (batch.size() == 1000) {
                List<DomainEventMessage<?>> chunk = List.copyOf(batch);
                tx.executeWithoutResult(s -> eventStore.publish(chunk));
                batch.clear();
            }
        }
        assertThat(lastSequence(coop)).isGreaterThan(10_000);
        Integer before = jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Integer.class, coop);
        assertThat(before).isZero();

        // the first command loads all 10,000+ events and, past the threshold, triggers a snapshot
        commands.send(new RecordActualHours(coop, "a1", april, Map.of(day, 420)), "tester");
        Long snapshotSeq = jdbc.queryForObject(
                "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?", Long.class, coop);
        assertThat(snapshotSeq).isGreaterThan(10_000L);

        // the store now hands the repository the snapshot first and only the few events after it
        DomainEventStream stream = eventStore.readEvents(coop);
        DomainEventMessage<?> first = stream.next();
        assertThat(first.getPayloadType()).isEqualTo(Cooperative.class);
        assertThat(first.getSequenceNumber()).isEqualTo(snapshotSeq);
        int rest = 0;
        while (stream.hasNext()) {
            stream.next();
            rest++;
        }
        assertThat(rest).isLessThan(5);

        // and the aggregate restored from it is the real one: it still knows a1 and its actual month
        commands.send(new RecordActualHours(coop, "a1", april, Map.of(day, 480)), "tester");
        DomainEventStream after = eventStore.readEvents(coop);
        DomainEventMessage<?> last = null;
        while (after.hasNext()) {
            last = after.next();
        }
        assertThat(last.getPayload()).isEqualTo(new ActualHoursRecorded(coop, "a1", april, Map.of(day, 480)));
    }

    private long lastSequence(String coop) {
        Long s = jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                Long.class, coop);
        return s == null ? -1 : s;
    }
}
