package jp.yui.query.ledger;

import java.time.LocalDate;

/**
 * Query — the dispatcher's ledger (派遣元管理台帳, R-REP-1) of a cooperative: one {@link LedgerEntry} per worker and
 * dispatch assignment (secondments are not dispatch and are left out), ordered by worker name, worker id, period start.
 * Answered with a {@code List<LedgerEntry>}.
 *
 * @param cooperativeId  the cooperative
 * @param workerId       one worker, or {@code null} for all
 * @param asOf           the day the ledger is read (status, "60 or over now", retention); {@code null} for today
 *                       (Asia/Tokyo). The entries show the current record of each assignment.
 * @param includeExpired also entries past their retention date ({@link LedgerEntry#retainUntil()} before
 *                       {@code asOf}); {@code false} by default
 */
public record FindLedger(String cooperativeId, String workerId, LocalDate asOf, boolean includeExpired) {

    /** Entries still within their retention period. */
    public FindLedger(String cooperativeId, String workerId, LocalDate asOf) {
        this(cooperativeId, workerId, asOf, false);
    }
}
