package jp.yui.query.integrity;

/**
 * Where the chain breaks.
 *
 * @param sequenceNumber position in the cooperative's own stream
 * @param globalIndex    position in the event store (of the stored row, or as recorded when the row is gone)
 */
public record ChainPosition(long sequenceNumber, Long globalIndex) {
}
