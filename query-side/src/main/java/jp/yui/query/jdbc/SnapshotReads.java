package jp.yui.query.jdbc;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a query's several statements on one snapshot of the database: a read-only transaction at PostgreSQL's
 * {@code REPEATABLE READ}. Without it each statement sees what was committed when it started, so an answer read in
 * parts (the month figures, then the closes of the year) can combine a processor's batch with what came before it —
 * a close without the days it closed. Inside a transaction already open on the same data source (a projection's batch
 * computing subscription updates) the reads join it and see its writes.
 */
public final class SnapshotReads {

    private final TransactionTemplate template;

    public SnapshotReads(DataSource dataSource) {
        this.template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        template.setReadOnly(true);
    }

    /** The result of {@code reads}, all of them on one snapshot. */
    public <T> T read(Supplier<T> reads) {
        return template.execute(status -> reads.get());
    }
}
