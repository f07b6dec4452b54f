package jp.yui.deploy.api;

import jp.yui.query.registry.CooperativeCertificationView;
import jp.yui.query.registry.FindCooperativeCertification;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends the REST API's queries through the {@link QueryGateway} (so the scope interceptors of the query bus see them)
 * and turns "nothing" answers into 404: a null answer, an empty {@code Optional}, or a cooperative-scoped list of a
 * cooperative that does not exist.
 */
@Component
public class ApiQueries {

    private final QueryGateway queryGateway;

    public ApiQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** A single answer; 404 when the handler answered null. */
    public <R> R one(Object query, Class<R> type) {
        R r = join(queryGateway.query(query, ResponseTypes.instanceOf(type)));
        if (r == null) {
            throw ApiProblemException.notFound();
        }
        return r;
    }

    /** An {@code Optional} answer; 404 when empty. */
    public <R> R optional(Object query, Class<R> type) {
        Optional<R> r = join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(type)));
        return r == null ? notFound() : r.orElseThrow(ApiProblemException::notFound);
    }

    /** A list answer (possibly empty). */
    public <R> List<R> list(Object query, Class<R> type) {
        List<R> r = join(queryGateway.query(query, ResponseTypes.multipleInstancesOf(type)));
        return r == null ? List.of() : r;
    }

    /** 404 unless the cooperative exists (and, with the scope interceptors, is in the caller's scope). */
    public CooperativeCertificationView requireCooperative(String cooperativeId) {
        return optional(new FindCooperativeCertification(cooperativeId), CooperativeCertificationView.class);
    }

    private static <R> R notFound() {
        throw ApiProblemException.notFound();
    }

    static <R> R join(CompletableFuture<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = ApiProblems.unwrap(e);
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CompletionException(cause);
        }
    }
}
