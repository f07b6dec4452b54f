package jp.yui.query.audit;

import java.time.Instant;

/**
 * One row of the audit trail: one event.
 *
 * @param eventId         Axon's event identifier
 * @param globalIndex     the event's position in the event store (null only for an event that was not read from it)
 * @param sequenceNumber  the event's position in its cooperative's stream
 * @param occurredAt      when it happened (the event's timestamp)
 * @param userId          who caused it ({@code system} where nobody did)
 * @param cooperativeId   the cooperative
 * @param cooperativeName its registered name (null when the registration was never seen)
 * @param eventType       the simple class name of the event, e.g. {@code AssignmentPlanned}
 * @param descriptionJa   what happened, in Japanese
 * @param descriptionEn   what happened, in English
 */
public record AuditEntry(String eventId, Long globalIndex, Long sequenceNumber, Instant occurredAt, String userId,
                         String cooperativeId, String cooperativeName, String eventType, String descriptionJa,
                         String descriptionEn) {
}
