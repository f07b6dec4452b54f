package jp.yui.deploy.config;

import jp.yui.command.api.InvalidCommandException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Refuses a command whose target aggregate identifier (the cooperative id) is not a well-formed id before Axon loads
 * the aggregate: the aggregate checks its id only when it is registered, and loading the events of an id with a NUL
 * in it failed in PostgreSQL with an {@code EventStoreException} (a 500 at the REST API) instead of a refusal. The
 * rule is the aggregate's own: 1–64 letters, digits or {@code . _ : -}, starting with a letter or digit.
 */
public final class AggregateIdentifierCheck {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Map<Class<?>, List<RecordComponent>> TARGETS = new ConcurrentHashMap<>();

    private AggregateIdentifierCheck() {
    }

    /** Throws {@link InvalidCommandException} naming the component when a target identifier is malformed. */
    public static void check(Object command) {
        if (command == null || !command.getClass().isRecord()) {
            return;
        }
        for (RecordComponent rc : TARGETS.computeIfAbsent(command.getClass(), AggregateIdentifierCheck::targets)) {
            Object value;
            try {
                value = rc.getAccessor().invoke(command);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (!(value instanceof String id) || !ID.matcher(id).matches()) {
                String field = rc.getName();
                throw new InvalidCommandException(field,
                        field + ": IDは英数字と . _ : - で64文字以内にしてください",
                        field + ": an id is 1-64 letters, digits or . _ : -");
            }
        }
    }

    private static List<RecordComponent> targets(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).filter(rc -> annotated(rc.getAccessor())
                || annotated(field(type, rc.getName()))).toList();
    }

    private static boolean annotated(AnnotatedElement e) {
        return e != null && e.isAnnotationPresent(TargetAggregateIdentifier.class);
    }

    private static AnnotatedElement field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    static MessageDispatchInterceptor<CommandMessage<?>> dispatch() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
                return (index, message) -> {
                    check(message.getPayload());
                    return message;
                };
            }
        };
    }

    static MessageHandlerInterceptor<CommandMessage<?>> handler() {
        return (unitOfWork, chain) -> {
            check(unitOfWork.getMessage().getPayload());
            return chain.proceed();
        };
    }
}
