package jp.yui.deploy.api.ops;

import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.replay.ReplayService;
import jp.yui.query.security.Role;
import jp.yui.query.security.SystemActor;
import jp.yui.query.security.YuiPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/replay}: starts rebuilding every read model from the events on this node (the same
 * operation as the admin screen's button and {@code --yui.replay.on-start=true}); answers 202 with the progress, or
 * 409 when a replay is already running. Its progress is {@code GET /api/v1/admin/replay}. Only role ADMIN; anyone
 * else gets 404. With several nodes, stop the processors of the other nodes first (README "Replay").
 */
@RestController
@RequestMapping("/api/v1/admin/replay")
public class ReplayController {

    private final ReplayService replay;

    public ReplayController(ReplayService replay) {
        this.replay = replay;
    }

    @PostMapping
    public ResponseEntity<?> start() {
        YuiPrincipal user = jp.yui.query.security.Principals.current().orElse(null);
        if (user == null || user.role() != Role.ADMIN) {
            // answered by ApiProblems as every unknown resource: nothing tells that the operation exists
            throw new jp.yui.query.security.AccessRefusedException("starting a replay needs role ADMIN");
        }
        boolean started = SystemActor.call("replay requested through the API by " + user.username(), replay::startReplay);
        if (!started) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A replay is already running.");
            p.setType(java.net.URI.create("urn:yui:problem:conflict"));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
        }
        ReplayProgress progress = replay.progress();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress);
    }
}
