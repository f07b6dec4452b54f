package jp.yui.deploy.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives every command a {@code userId} metadata entry: commands dispatched without one (or with a blank one) are
 * attributed to {@value #SYSTEM}. The correlation data provider then copies it onto the resulting events.
 */
public class UserIdDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String SYSTEM = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Object userId = command.getMetaData().get(AxonMessagingConfiguration.USER_ID);
            if (userId instanceof String s && !s.isBlank()) {
                return command;
            }
            return command.andMetaData(Map.of(AxonMessagingConfiguration.USER_ID, SYSTEM));
        };
    }
}
