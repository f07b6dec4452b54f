package jp.yui.query.jdbc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's write statements, deferred to the end of the unit of work (a processor's batch of events) and sent
 * there in their order, consecutive runs of the same statement as one JDBC batch (one round trip instead of one per
 * event; the driver's {@code reWriteBatchedInserts} makes a run of inserts one multi-row insert). Outside a unit of
 * work a statement runs at once.
 * <p>
 * Only for projections whose handlers write and never read their tables while handling: the statements run in the
 * same order, in the same transaction, before the processor's token is stored, so the tables end exactly as if each
 * statement had run in its handler. An {@code insert … on conflict … do update} names its row ({@code key}): two of
 * them for one row are never put into one multi-row statement (PostgreSQL refuses to update a row twice in one
 * command). A statement that must run now (e.g. one that is not a plain update) goes through {@link #now(Runnable)},
 * which sends the deferred ones first.
 */
public final class BatchedWrites {

    private static final AtomicLong INSTANCES = new AtomicLong();

    private record Statement(String sql, Object key, Object[] args) {
    }

    private final JdbcTemplate jdbc;
    private final String resource = BatchedWrites.class.getName() + "#" + INSTANCES.incrementAndGet();

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code sql} with {@code args}, now or when the unit of work commits. {@code key} names the row of an
     * {@code insert … on conflict … do update} (null for any other statement).
     */
    public void update(Object key, String sql, Object... args) {
        List<Statement> pending = pending();
        if (pending == null) {
            jdbc.update(sql, args);
        } else {
            pending.add(new Statement(sql, key, args));
        }
    }

    /** Sends the deferred statements, then runs {@code action} (which writes directly). */
    public void now(Runnable action) {
        List<Statement> pending = pending();
        if (pending != null) {
            flush(pending);
        }
        action.run();
    }

    private List<Statement> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get();
        return uow.getOrComputeResource(resource, k -> {
            List<Statement> list = new ArrayList<>();
            uow.onPrepareCommit(u -> flush(list));
            return list;
        });
    }

    private void flush(List<Statement> pending) {
        int i = 0;
        while (i < pending.size()) {
            String sql = pending.get(i).sql();
            List<Object[]> run = new ArrayList<>();
            Set<Object> keys = new HashSet<>();
            while (i < pending.size() && Objects.equals(pending.get(i).sql(), sql)
                    && (pending.get(i).key() == null || keys.add(pending.get(i).key()))) {
                run.add(pending.get(i).args());
                i++;
            }
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else {
                jdbc.batchUpdate(sql, run);
            }
        }
        pending.clear();
    }
}
