package jp.yui.query.calendar;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;

/**
 * Emits subscription-query updates only for queries someone subscribed to: each active subscription of the query
 * type that a change affects gets the freshly computed answer to exactly its query. Nothing is computed when nobody
 * listens (e.g. during a replay). Inside a unit of work Axon sends the updates after the commit.
 */
public final class SubscriptionUpdates {

    private SubscriptionUpdates() {
    }

    public static <Q> void emit(QueryUpdateEmitter emitter, Class<Q> queryType, Predicate<? super Q> affected,
                                Function<? super Q, ?> answer) {
        if (emitter == null) {
            return;
        }
        Set<Q> done = new HashSet<>();
        for (SubscriptionQueryMessage<?, ?, ?> m : emitter.activeSubscriptions()) {
            Object payload = m.getPayload();
            if (!queryType.isInstance(payload)) {
                continue;
            }
            Q query = queryType.cast(payload);
            if (!affected.test(query) || !done.add(query)) {
                continue;
            }
            Object result = answer.apply(query);
            if (result != null) {
                emitter.emit(queryType, query::equals, result);
            }
        }
    }
}
