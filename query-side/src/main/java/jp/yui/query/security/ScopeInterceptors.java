package jp.yui.query.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The scope interceptors of the command bus and the query bus.
 * <ul>
 *   <li>{@link #dispatch()} — on the sending thread: writes {@code userId}, {@code role} and the scope of {@link SystemActor#current()} (inside an
 *       explicit system block) or else of the signed-in {@link YuiPrincipal} (Spring Security's context) into the metadata
 *       (replacing whatever the message carried), then checks the message against {@link ScopePolicy} and throws
 *       {@link AccessRefusedException} to the sender. A thread with neither (e.g. the command gateway's retry
 *       thread) leaves the metadata as it is: the handler side decides.</li>
 *   <li>{@link #handler()} — where the message is handled: checks the caller named by the metadata again (the
 *       message may come from another node or path) and refuses a message that names nobody (fail closed).</li>
 * </ul>
 */
public final class ScopeInterceptors {

    private final ScopePolicy policy;

    public ScopeInterceptors(ScopePolicy policy) {
        this.policy = policy;
    }

    /**
     * The caller of the current thread: the system actor when code runs explicitly inside {@link SystemActor#run}
     * (it says so for exactly that block), else the signed-in user.
     */
    public static Optional<ScopeMetadata.Caller> currentCaller() {
        Optional<String> system = SystemActor.current();
        if (system.isPresent()) {
            return system.map(ScopeMetadata.Caller::system);
        }
        return Principals.current().map(ScopeMetadata.Caller::user);
    }

    /** Adds the caller's metadata to {@code message} (see the class comment). */
    @SuppressWarnings("unchecked")
    public static <M extends Message<?>> M withCaller(M message) {
        Optional<YuiPrincipal> principal = Principals.current();
        Map<String, Object> entries;
        if (SystemActor.current().isPresent()) {
            entries = ScopeMetadata.ofSystem(SystemActor.current().get(), message.getMetaData().get(ScopeMetadata.USER_ID));
        } else if (principal.isPresent()) {
            entries = ScopeMetadata.of(principal.get());
        } else {
            return message;
        }
        MetaData metaData = message.getMetaData().withoutKeys(ScopeMetadata.KEYS).mergedWith(entries);
        return (M) message.withMetaData(metaData);
    }

    /** The dispatch interceptor, for the command bus or the query bus. */
    public <M extends Message<?>> MessageDispatchInterceptor<M> dispatch() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
                return (index, message) -> {
                    M enriched = withCaller(message);
                    check(enriched);
                    return enriched;
                };
            }
        };
    }

    /** The handler interceptor, for the command bus or the query bus. */
    public <M extends Message<?>> MessageHandlerInterceptor<M> handler() {
        return (UnitOfWork<? extends M> unitOfWork, InterceptorChain chain) -> {
            check(unitOfWork.getMessage());
            return chain.proceed();
        };
    }

    private void check(Message<?> message) {
        ScopeMetadata.Caller caller = ScopeMetadata.callerOf(message.getMetaData()).orElse(null);
        if (message instanceof CommandMessage<?>) {
            policy.checkCommand(caller, message.getPayload());
        } else {
            policy.checkQuery(caller, message.getPayload());
        }
    }
}
