package jp.yui.query.ratio;

import java.time.Instant;
import jp.yui.command.api.CapUnit;

/** A recorded breach of a non-member cap (NonMemberCapBreached, R-DISP-4): when, by whom, which rule, the figures. */
public record RecordedBreach(long sequenceNumber, Instant occurredAt, String userId, String ruleId, CapUnit unit,
                             UsageBreakdown figures, String descriptionJa, String descriptionEn) {
}
