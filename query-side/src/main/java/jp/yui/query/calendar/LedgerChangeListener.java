package jp.yui.query.calendar;

/**
 * Told when a cooperative's day ledger (the plan projection's {@code plan_*} tables, which the year plan and the
 * non-member ratio (員外利用比率) both read) has changed, after the change is written and not during a replay: read
 * models that answer from the ledger without writing it (the ratio) update their subscribers here.
 */
@FunctionalInterface
public interface LedgerChangeListener {

    void ledgerChanged(String cooperativeId);
}
