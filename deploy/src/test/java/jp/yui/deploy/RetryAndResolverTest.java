package jp.yui.deploy;

import jp.yui.deploy.config.PostgresDuplicateKeyResolver;
import jp.yui.deploy.config.TransientFailureRetryScheduler;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit tests of the duplicate-key resolver and of which failures the command gateway retries. */
class RetryAndResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void recognisesPostgresUniqueViolationsIncludingBatchNextExceptions() {
        PSQLException unique = new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION);
        assertThat(resolver.isDuplicateKeyViolation(unique)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(unique))).isTrue();

        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0], null);
        batch.setNextException(unique);
        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();

        assertThat(resolver.isDuplicateKeyViolation(
                new PSQLException("not null", PSQLState.NOT_NULL_VIOLATION))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("other"))).isFalse();
    }

    @Test
    void retriesOnlyTransientFailures() {
        assertThat(TransientFailureRetryScheduler.isTransient(new ConcurrencyException("seq taken"))).isTrue();
        assertThat(TransientFailureRetryScheduler.isTransient(
                new AggregateStreamCreationException("created elsewhere"))).isTrue();
        assertThat(TransientFailureRetryScheduler.isTransient(new CommandExecutionException("wrapped",
                new ConcurrencyException("seq taken")))).isTrue();
        assertThat(TransientFailureRetryScheduler.isTransient(
                new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();

        assertThat(TransientFailureRetryScheduler.isTransient(new IllegalStateException("rule violated"))).isFalse();
        assertThat(TransientFailureRetryScheduler.isTransient(new EventStoreException("disk full"))).isFalse();
        assertThat(TransientFailureRetryScheduler.isTransient(
                new RuntimeException(new SQLException("connection lost", "08006")))).isFalse();
    }
}
