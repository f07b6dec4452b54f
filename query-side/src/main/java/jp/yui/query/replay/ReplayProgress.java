package jp.yui.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Progress of the rebuild of every read model from the events (再構築), for a screen to show.
 *
 * @param running         whether a replay is under way (tokens being reset, or a processor still replaying)
 * @param eventsDone      events every replayed processor has handled: the position of the slowest one in the event
 *                        store (at most {@code eventsTotal})
 * @param eventsTotal     the head of the event store (its highest global index) now
 * @param eventsPerSecond the average rate of the current (or last) replay, events per second
 * @param timeLeft        the estimated time left at that rate ({@link Duration#ZERO} when not running)
 * @param processors      per event processor (by name: the processing group), its own progress
 * @param startedAt       when the current or last replay started (null: none since this node started)
 * @param finishedAt      when it finished (null while running or when none ran)
 */
public record ReplayProgress(boolean running, long eventsDone, long eventsTotal, double eventsPerSecond,
                             Duration timeLeft, Map<String, ProcessorProgress> processors, Instant startedAt,
                             Instant finishedAt) {

    /** Done as a fraction 0..1 (1 when there is nothing to do). */
    public double fraction() {
        return eventsTotal <= 0 ? 1.0 : Math.min(1.0, (double) eventsDone / eventsTotal);
    }
}
