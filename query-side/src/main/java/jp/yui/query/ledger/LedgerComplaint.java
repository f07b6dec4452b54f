package jp.yui.query.ledger;

import java.time.LocalDate;

/**
 * A complaint (苦情) about an assignment and how it was handled (処理状況).
 *
 * @param handling {@code null} while not recorded
 */
public record LedgerComplaint(LocalDate receivedOn, String content, String handling) {
}
