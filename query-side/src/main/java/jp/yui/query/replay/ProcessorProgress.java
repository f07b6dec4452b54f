package jp.yui.query.replay;

/**
 * One streaming event processor (one processing group, e.g. {@code audit}). With a {@link ClusteredReplay} (the
 * application), {@code replaying}, {@code position} and {@code caughtUp} cover every segment in the token store,
 * whichever node holds it; without one, the segments this node holds.
 *
 * @param replaying       whether any of its segments on this node is still replaying
 * @param position        the position in the event store every one of its segments here has reached (the lowest)
 * @param eventsTotal     the head of the event store
 * @param segments        the segments this node works on (claimed) — with several nodes, the others hold the rest
 * @param totalSegments   the segments the processor has in the token store (0 when unknown)
 * @param caughtUp        whether all its segments here have caught up with the head of the stream
 * @param error           the error a segment is stuck on (it is retried), or null
 */
public record ProcessorProgress(boolean replaying, long position, long eventsTotal, int segments, int totalSegments,
                                boolean caughtUp, String error) {
}
