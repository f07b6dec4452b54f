package jp.yui.deploy.command;

import jp.yui.deploy.config.AxonMessagingConfiguration;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Service;

import java.util.Objects;

/**
 * The one way application code (REST, UI) sends commands: synchronously, attributed to a user.
 * <p>
 * Who sends is decided by the scope interceptors of the command bus (see
 * {@link jp.yui.query.security.ScopeInterceptors}): the user signed in on this thread (Spring Security's context;
 * {@link jp.yui.query.security.Principals#runAs} in tests), else {@link jp.yui.query.security.SystemActor} work,
 * else nobody — and then the command is refused with {@link jp.yui.query.security.AccessRefusedException}.
 * The user ends up in the {@code userId} metadata of the command and of every event it causes. Failures are
 * rethrown as the handler threw them (e.g. a rule violation), unwrapped from {@link CommandExecutionException}
 * where a transport wrapped them. Transient failures (another node appended to the same aggregate first) have been
 * retried by the gateway before they reach the caller.
 */
@Service
public class Commands {

    private final CommandGateway commandGateway;

    public Commands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Sends {@code command} as the signed-in user (or the current {@link jp.yui.query.security.SystemActor}) and waits
     * for its result.
     *
     * @return the command handler's result (for a creation handler, usually the aggregate identifier)
     * @throws jp.yui.query.security.AccessRefusedException when out of the caller's scope or sent by nobody
     */
    public <R> R send(Object command) {
        Objects.requireNonNull(command, "command");
        try {
            return commandGateway.sendAndWait(command);
        } catch (CommandExecutionException e) {
            throw unwrap(e);
        }
    }

    /**
     * Sends {@code command} and waits for its result; {@code userId} names who did it when the sender is
     * {@link jp.yui.query.security.SystemActor} work (e.g. a loader's name). A signed-in user always writes their
     * own username; with neither the command is refused.
     *
     * @return the command handler's result (for a creation handler, usually the aggregate identifier)
     * @throws IllegalArgumentException if {@code userId} is blank
     */
    public <R> R send(Object command, String userId) {
        Objects.requireNonNull(command, "command");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        try {
            return commandGateway.sendAndWait(command, MetaData.with(AxonMessagingConfiguration.USER_ID, userId));
        } catch (CommandExecutionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(CommandExecutionException e) {
        Throwable cause = e.getCause();
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return e;
    }
}
