package jp.yui.deploy.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a unique-constraint violation (PostgreSQL SQLState {@value #UNIQUE_VIOLATION}) anywhere in an
 * exception's cause chain, including the "next exceptions" of a {@code BatchUpdateException}.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    /** PostgreSQL {@code unique_violation}. */
    public static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isDuplicateKey(exception, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isDuplicateKey(Throwable throwable, Set<Throwable> seen) {
        if (throwable == null || !seen.add(throwable)) {
            return false;
        }
        if (throwable instanceof SQLIntegrityConstraintViolationException) {
            return true;
        }
        if (throwable instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (isDuplicateKey(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isDuplicateKey(throwable.getCause(), seen);
    }
}
