package jp.yui.deploy.api.ops;

import java.util.Map;
import jp.yui.deploy.ops.DeadLetterOperations;
import jp.yui.query.security.Role;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead-letter queues for administrators: {@code GET /api/v1/admin/dead-letters} (parked events per processing group)
 * and {@code POST /api/v1/admin/dead-letters/{group}/process} (process the parked events again after the fix). Only
 * role ADMIN; anyone else gets 404 (nothing tells that the operation exists).
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetterOperations operations;

    public DeadLetterController(DeadLetterOperations operations) {
        this.operations = operations;
    }

    @GetMapping
    public Map<String, Long> parked() {
        requireAdmin();
        return operations.parked();
    }

    @PostMapping("/{group}/process")
    public DeadLetterOperations.Outcome process(@PathVariable("group") String group) {
        YuiPrincipal admin = requireAdmin();
        // the parked events are handled by the projections, attributed to the operation (not a user's request)
        return SystemActor.call("dead-letters:" + admin.username(), () -> operations.processAll(group));
    }

    private static YuiPrincipal requireAdmin() {
        YuiPrincipal user = jp.yui.query.security.Principals.current().orElse(null);
        if (user == null || user.role() != Role.ADMIN) {
            throw new NotAllowed();
        }
        return user;
    }

    static final class NotAllowed extends RuntimeException {
    }

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "not found");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail unknownGroup(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
