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
     * Sends {@code command} as {@code userId} and waits for its result.
     *
     * @return the command handler's result (for a creation handler, usually the aggregate identifier)
     * @throws IllegalArgumentException if {@code userId} is blank
     */
    public <R> R send(Object command, String userId) {
        Objects.requireNonNull(command, "command");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank (use \"system\" for the application itself)");
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
