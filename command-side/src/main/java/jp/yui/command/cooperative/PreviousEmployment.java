package jp.yui.command.cooperative;

import java.time.LocalDate;

/** A client that employed the worker directly before, until {@code leftOn} (R-WORK-3). */
record PreviousEmployment(String clientId, LocalDate leftOn, boolean retiredAt60OrOver) {
}
