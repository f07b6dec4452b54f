package jp.yui.deploy.api;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The {@code api_idempotency} table (Flyway V40): one row per user and {@code Idempotency-Key}.
 * <p>
 * {@link #claim} inserts the row with {@code ON CONFLICT DO NOTHING} in its own (auto-committed) statement, so that of
 * two concurrent requests with the same key exactly one claims it — the primary key decides, not a read-then-write.
 * The winner runs the command and {@link #complete completes} the row, or {@link #release releases} it when the command
 * failed (nothing was recorded, so a retry may run it again).
 */
@Repository
public class IdempotencyStore {

    /** A stored row; {@code statusCode} is null while the first request is still running. */
    public record Entry(String requestHash, Integer statusCode, String location, String responseBody) {
        public boolean completed() {
            return statusCode != null;
        }
    }

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims {@code key} for {@code userId}; true when this call inserted the row (the caller must run the request). */
    public boolean claim(String userId, String key, String requestHash) {
        return jdbc.update("""
                INSERT INTO api_idempotency (user_id, idempotency_key, request_hash)
                VALUES (?, ?, ?)
                ON CONFLICT (user_id, idempotency_key) DO NOTHING
                """, userId, key, requestHash) == 1;
    }

    public Optional<Entry> find(String userId, String key) {
        List<Entry> rows = jdbc.query("""
                SELECT request_hash, status_code, location, response_body FROM api_idempotency
                WHERE user_id = ? AND idempotency_key = ?
                """, (rs, i) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)),
                userId, key);
        return rows.stream().findFirst();
    }

    public void complete(String userId, String key, int statusCode, String location, String responseBody) {
        jdbc.update("""
                UPDATE api_idempotency SET status_code = ?, location = ?, response_body = ?, completed_at = now()
                WHERE user_id = ? AND idempotency_key = ?
                """, statusCode, location, responseBody, userId, key);
    }

    /** Forgets a claim whose request failed, so that a retry runs it. */
    public void release(String userId, String key) {
        jdbc.update("DELETE FROM api_idempotency WHERE user_id = ? AND idempotency_key = ? AND status_code IS NULL",
                userId, key);
    }
}
