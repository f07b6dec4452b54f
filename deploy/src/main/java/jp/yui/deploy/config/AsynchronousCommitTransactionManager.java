package jp.yui.deploy.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event processors' transactions, committed without waiting for PostgreSQL to flush the commit record to disk
 * ({@code set local synchronous_commit to off}, for the processors' own transactions only; the command side's
 * transactions — the event store — keep the server's setting).
 * <p>
 * Why it is safe: a projection writes its read-model rows and its token in one transaction, so a crash can only lose
 * the last few projection transactions <em>as a whole</em> (PostgreSQL never applies part of a transaction, and an
 * asynchronous commit is lost only together with every later one) — the token then stands before those events, and
 * the processor handles them again from the event store, which is written with synchronous commits. Read models are
 * derived data; nothing is acknowledged to a user on a projection's commit. What it saves: every event was committed
 * by each of the ten projections separately, each commit waiting for a WAL flush on the same disk the commands'
 * commits wait for (the benchmarks' profile: the command threads' longest socket waits were their commits).
 * <p>
 * A transaction that joins one already running (a processor's work inside a caller's transaction) leaves the
 * setting alone.
 */
public class AsynchronousCommitTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final DataSource dataSource;

    public AsynchronousCommitTransactionManager(TransactionManager delegate, DataSource dataSource) {
        this.delegate = delegate;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        boolean joining = TransactionSynchronizationManager.isActualTransactionActive();
        Transaction tx = delegate.startTransaction();
        if (!joining && TransactionSynchronizationManager.isActualTransactionActive()) {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try (Statement s = c.createStatement()) {
                s.execute("set local synchronous_commit to off");
            } catch (SQLException e) {
                tx.rollback();
                throw new IllegalStateException("could not start an event processor's transaction", e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
        }
        return tx;
    }
}
