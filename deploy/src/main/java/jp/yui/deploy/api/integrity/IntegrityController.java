package jp.yui.deploy.api.integrity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.yui.query.integrity.ChainVerification;
import jp.yui.query.integrity.VerifyEventChain;
import jp.yui.query.security.AccessRefusedException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tamper evidence over REST: {@code GET /api/v1/cooperatives/{id}/integrity} recomputes the cooperative's hash chain
 * ({@link VerifyEventChain}) and answers the {@link ChainVerification} (200 also when the chain is broken: the answer
 * says where). Scope is checked by the query bus's interceptors; a cooperative out of scope is a 404.
 */
@RestController
@RequestMapping("/api/v1/cooperatives/{id}/integrity")
public class IntegrityController {

    private final QueryGateway queries;

    public IntegrityController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    public ChainVerification verify(@PathVariable("id") String id) throws InterruptedException, TimeoutException {
        try {
            return queries.query(new VerifyEventChain(id), ChainVerification.class).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && !(cause instanceof AccessRefusedException)
                    && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such cooperative");
        p.setTitle("Not Found");
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad Request");
        return p;
    }

    @ExceptionHandler(TimeoutException.class)
    ProblemDetail timeout(TimeoutException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the verification did not finish in time");
        p.setTitle("Service Unavailable");
        return p;
    }
}
