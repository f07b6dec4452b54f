package jp.yui.query.ratio;

import java.time.Instant;

/** A closed year reopened for a correction (BusinessYearReopenedForCorrection, R-CAP-6), after close {@code reopenedRevision}. */
public record Reopening(Instant reopenedAt, String reopenedBy, int reopenedRevision, String reason) {
}
