package jp.yui.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import jp.yui.query.integrity.EventChainHash.StoredEvent;
import jp.yui.query.integrity.IntegrityQueries.Link;
import org.junit.jupiter.api.Test;

/** The comparison of stored rows with the recorded chain, without a database. */
class ChainVerifyTest {

    private static StoredEvent event(long seq, String payload) {
        return new StoredEvent(100 + seq, "e" + seq, "coop", seq, "Cooperative", "2026-04-01T00:00:0" + seq + "Z",
                payload.getBytes(StandardCharsets.UTF_8), "{\"userId\":\"u\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** Five events, and the chain the projection would have recorded for them. */
    private final TreeMap<Long, StoredEvent> stored = new TreeMap<>();
    private final TreeMap<Long, Link> recorded = new TreeMap<>();

    ChainVerifyTest() {
        byte[] previous = EventChainHash.GENESIS;
        for (long seq = 0; seq < 5; seq++) {
            StoredEvent e = event(seq, "{\"n\":" + seq + "}");
            stored.put(seq, e);
            previous = EventChainHash.link(previous, e);
            recorded.put(seq, new Link(seq, e.globalIndex(), e.eventIdentifier(), previous));
        }
    }

    @Test
    void untouchedIsOk() {
        ChainVerification v = IntegrityQueries.verify(stored, recorded);
        assertThat(v.ok()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(5);
        assertThat(v.headHash()).isEqualTo(EventChainHash.hex(recorded.lastEntry().getValue().hash()));
    }

    @Test
    void alteredMetadataIsFound() {
        StoredEvent e = stored.get(3L);
        stored.put(3L, new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                e.sequenceNumber(), e.type(), e.timestamp(), e.payload(),
                "{\"userId\":\"someone-else\"}".getBytes(StandardCharsets.UTF_8)));
        ChainVerification v = IntegrityQueries.verify(stored, recorded);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenPosition()).isEqualTo(new ChainPosition(3, 103L));
    }

    @Test
    void deletedRowIsFoundAtItsRecordedPosition() {
        stored.remove(1L);
        ChainVerification v = IntegrityQueries.verify(stored, recorded);
        assertThat(v.firstBrokenPosition()).isEqualTo(new ChainPosition(1, 101L));
        assertThat(v.reasonEn()).contains("deleted");
    }

    @Test
    void rowInsertedBehindTheChainIsFound() {
        recorded.remove(2L);
        ChainVerification v = IntegrityQueries.verify(stored, recorded);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenPosition().sequenceNumber()).isEqualTo(2);
        assertThat(v.reasonEn()).contains("inserted");
    }

    @Test
    void replacedEventIsFound() {
        StoredEvent e = stored.get(4L);
        stored.put(4L, new StoredEvent(e.globalIndex(), "forged", e.aggregateIdentifier(), e.sequenceNumber(),
                e.type(), e.timestamp(), e.payload(), e.metaData()));
        assertThat(IntegrityQueries.verify(stored, recorded).reasonEn()).contains("replaced");
    }

    @Test
    void eventsNotLinkedYetArePendingNotBroken() {
        stored.put(5L, event(5, "{\"n\":5}"));
        ChainVerification v = IntegrityQueries.verify(stored, recorded);
        assertThat(v.ok()).isTrue();
        assertThat(v.pending()).isEqualTo(1);
    }
}
