package jp.yui.query.integrity;

import java.util.Arrays;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.query.integrity.EventChainHash.StoredEvent;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Answers {@link VerifyEventChain}: recomputes a cooperative's chain from the stored events. */
@ConditionalOnProperty(name = "yui.integrity.enabled", havingValue = "true", matchIfMissing = true)
@Component
public class IntegrityQueries {

    private final JdbcTemplate jdbc;

    public IntegrityQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Link(long sequenceNumber, long globalIndex, String eventIdentifier, byte[] hash) {
    }

    @QueryHandler
    public ChainVerification handle(VerifyEventChain query) {
        String coop = query.cooperativeId();
        if (coop == null || coop.isBlank()) {
            throw new IllegalArgumentException("cooperativeId is required");
        }
        TreeMap<Long, StoredEvent> stored = new TreeMap<>();
        for (StoredEvent e : jdbc.query(IntegrityRows.SELECT_STORED
                + " where aggregate_identifier = ? order by sequence_number", IntegrityRows.STORED, coop)) {
            stored.put(e.sequenceNumber(), e);
        }
        TreeMap<Long, Link> recorded = new TreeMap<>();
        for (Link l : jdbc.query("""
                        select sequence_number, global_index, event_identifier, hash from integrity_chain
                        where cooperative_id = ? order by sequence_number""",
                (rs, i) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)), coop)) {
            recorded.put(l.sequenceNumber(), l);
        }
        return verify(stored, recorded);
    }

    /** The comparison itself, position by position in sequence order. */
    static ChainVerification verify(TreeMap<Long, StoredEvent> stored, TreeMap<Long, Link> recorded) {
        long maxRecordedSeq = recorded.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        long maxRecordedIndex = recorded.values().stream().mapToLong(Link::globalIndex).max().orElse(-1);
        String head = recorded.isEmpty() ? null : EventChainHash.hex(recorded.lastEntry().getValue().hash());
        TreeSet<Long> positions = new TreeSet<>(stored.keySet());
        positions.addAll(recorded.keySet());
        byte[] previous = EventChainHash.GENESIS;
        long checked = 0;
        long pending = 0;
        for (long seq : positions) {
            StoredEvent s = stored.get(seq);
            Link r = recorded.get(seq);
            if (r == null) {
                if (seq < maxRecordedSeq || s.globalIndex() <= maxRecordedIndex) {
                    return broken(checked + 1, seq, s.globalIndex(), head,
                            "記録された連鎖にないイベントが挿入されています（イベントID " + s.eventIdentifier() + "）",
                            "an event that is not in the recorded chain was inserted (event id " + s.eventIdentifier()
                                    + ")");
                }
                pending++;
                continue;
            }
            checked++;
            if (s == null) {
                return broken(checked, seq, r.globalIndex(), head,
                        "イベントが削除されています（イベントID " + r.eventIdentifier() + "）",
                        "the event was deleted (event id " + r.eventIdentifier() + ")");
            }
            if (!s.eventIdentifier().equals(r.eventIdentifier())) {
                return broken(checked, seq, s.globalIndex(), head,
                        "この位置のイベントが別のイベントに置き換えられています（記録 " + r.eventIdentifier() + "、保存 "
                                + s.eventIdentifier() + "）",
                        "the event at this position was replaced by another (recorded " + r.eventIdentifier()
                                + ", stored " + s.eventIdentifier() + ")");
            }
            byte[] hash = EventChainHash.link(previous, s);
            if (!Arrays.equals(hash, r.hash())) {
                return broken(checked, seq, s.globalIndex(), head,
                        "保存されたイベントの内容（ペイロード・メタデータ・日時・種別）が記録時から変更されています",
                        "the stored event (payload, metadata, timestamp or type) was altered since it was recorded");
            }
            previous = r.hash();
        }
        return new ChainVerification(true, checked, null,
                checked + " 件のイベントを検証しました。改ざんは見つかりませんでした",
                checked + " events verified; no tampering found", head, pending);
    }

    private static ChainVerification broken(long checked, long seq, Long globalIndex, String head, String ja,
                                            String en) {
        return new ChainVerification(false, checked, new ChainPosition(seq, globalIndex),
                "連鎖が位置 " + seq + "（全体位置 " + globalIndex + "）で途切れています: " + ja,
                "the chain breaks at position " + seq + " (global index " + globalIndex + "): " + en, head, 0);
    }
}
