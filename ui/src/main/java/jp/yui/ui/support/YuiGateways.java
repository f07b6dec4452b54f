package jp.yui.ui.support;

import jp.yui.ui.security.CurrentUser;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The only way the views talk to Yui: commands are sent and awaited as the signed-in user ({@code userId}
 * metadata), queries are answered synchronously. Exceptions are unwrapped from Axon's wrappers so that a view sees
 * the rule refusal ({@code RuleViolationException} …) or {@code AccessRefusedException} the handler threw.
 */
@Component
public class YuiGateways {

    public static final String USER_ID = "userId";

    private final CommandGateway commands;
    private final QueryGateway queries;

    public YuiGateways(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends {@code command} as the signed-in user and waits for its result. */
    public <R> R send(Object command) {
        String user = CurrentUser.get().map(p -> p.username()).orElse(null);
        MetaData metaData = user == null ? MetaData.emptyInstance() : MetaData.with(USER_ID, user);
        try {
            return commands.sendAndWait(command, metaData);
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    /** One answer of {@code type}. */
    public <R> R query(Object query, Class<R> type) {
        return await(() -> queries.query(query, ResponseTypes.instanceOf(type)).get());
    }

    /** An optional answer (handlers returning {@code Optional}). */
    public <R> Optional<R> queryOptional(Object query, Class<R> type) {
        return await(() -> queries.query(query, ResponseTypes.optionalInstanceOf(type)).get());
    }

    /** A list answer (handlers returning a list). */
    public <R> List<R> queryList(Object query, Class<R> type) {
        return await(() -> queries.query(query, ResponseTypes.multipleInstancesOf(type)).get());
    }

    /** Bytes of an export. */
    public byte[] queryBytes(Object query) {
        return await(() -> queries.query(query, ResponseTypes.instanceOf(byte[].class)).get());
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T await(Call<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw unwrap(e);
        }
    }

    /** The exception a handler threw, without Axon's and the future's wrappers. */
    public static RuntimeException unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CommandExecutionException || t instanceof QueryExecutionException
                || t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(t.getMessage(), t);
    }
}
