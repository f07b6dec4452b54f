package jp.yui.query.integrity;

import jp.yui.query.integrity.EventChainHash.StoredEvent;
import org.springframework.jdbc.core.RowMapper;

/** Reading the stored event rows (Axon's {@code domain_event_entry}, deploy's V1 migration) the chain covers. */
final class IntegrityRows {

    static final String SELECT_STORED = """
            select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload,
                meta_data
            from domain_event_entry""";

    static final RowMapper<StoredEvent> STORED = (rs, i) -> new StoredEvent(rs.getLong("global_index"),
            rs.getString("event_identifier"), rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
            rs.getString("type"), rs.getString("time_stamp"), rs.getBytes("payload"), rs.getBytes("meta_data"));

    private IntegrityRows() {
    }
}
