package jp.yui.deploy.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Retries a command only when it failed for a transient reason, typically because another node appended to the same
 * aggregate first. Axon's default retry schedulers do the opposite (retry everything not marked
 * {@code AxonNonTransientException}), which would retry business-rule refusals too.
 * <p>
 * Transient means that the failure or one of its causes is:
 * <ul>
 *     <li>an {@link AxonTransientException}, such as {@link ConcurrencyException} (an event already exists at that
 *     aggregate sequence number);</li>
 *     <li>an {@link AggregateStreamCreationException} (another node created the same aggregate first; a
 *     create-if-missing handler succeeds on retry, a plain creation handler fails again and gives up);</li>
 *     <li>a {@link SQLTransientException}, or an {@link SQLException} with SQLState 40001 (serialization failure) or
 *     40P01 (deadlock): the transaction was rolled back, so running the command again is safe.</li>
 * </ul>
 * A lost connection is deliberately not retried: the commit may have succeeded, and running the command again
 * could record its events twice.
 * The interval gets a random jitter of up to 100 % so that two nodes that collided do not collide again.
 */
public class TransientFailureRetryScheduler extends IntervalRetryScheduler implements AutoCloseable {

    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01");

    private final ScheduledExecutorService executor;
    private final long intervalMillis;

    private TransientFailureRetryScheduler(IntervalRetryScheduler.Builder builder, ScheduledExecutorService executor, long intervalMillis) {
        super(builder);
        this.executor = executor;
        this.intervalMillis = intervalMillis;
    }

    public static TransientFailureRetryScheduler create(int maxRetries, int intervalMillis) {
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "command-retry-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        IntervalRetryScheduler.Builder builder = IntervalRetryScheduler.builder()
                                                .retryExecutor(executor)
                                                .maxRetryCount(maxRetries)
                                                .retryInterval(intervalMillis);
        return new TransientFailureRetryScheduler(builder, executor, intervalMillis);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return !isTransient(failure);
    }

    @Override
    protected long computeRetryInterval(CommandMessage commandMessage,
                                        RuntimeException lastFailure,
                                        List<Class<? extends Throwable>[]> failures) {
        for (Throwable t = lastFailure; t != null; t = t.getCause()) {
            if (t instanceof VersionCheckedCachingRepository.StaleStateException) {
                return 0; // nobody to wait for: the retry loads the aggregate from the store
            }
        }
        return intervalMillis + ThreadLocalRandom.current().nextLong(intervalMillis + 1);
    }

    /** Whether {@code failure} or one of its causes is a transient failure (see the class comment). */
    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof AxonTransientException || t instanceof AggregateStreamCreationException
                    || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
