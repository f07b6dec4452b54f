package jp.yui.deploy.planner;

import java.net.URI;
import java.util.List;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.planner.Proposal;
import jp.yui.query.security.AccessRefusedException;
import jp.yui.ui.planner.PlannerRuns.AcceptResult;
import jp.yui.ui.planner.PlannerRuns.RunInfo;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner's REST API: start a run for a business year with a time limit, follow its status, score and progress,
 * stop it, read the proposal (the assignments to add, with their commands, and the Japanese score explanation),
 * accept it (the commands are sent as the caller; the aggregate judges each) or discard it. Errors are
 * {@link ProblemDetail}s; a run or cooperative outside the caller's scope is 404 like an unknown one.
 */
@RestController
@RequestMapping("/api/v1/cooperatives/{cooperativeId}/planner/runs")
public class PlannerController {

    /** Body of {@code POST …/runs}. */
    public record StartRun(Integer year, Integer seconds) {
    }

    private final PlannerService planner;

    public PlannerController(PlannerService planner) {
        this.planner = planner;
    }

    @PostMapping
    public ResponseEntity<RunInfo> start(@PathVariable String cooperativeId, @RequestBody StartRun body) {
        if (body == null || body.year() == null) {
            throw new IllegalArgumentException("year is required");
        }
        RunInfo run = planner.start(cooperativeId, body.year(), body.seconds() == null ? 30 : body.seconds());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/cooperatives/" + cooperativeId + "/planner/runs/" + run.runId()))
                .body(run);
    }

    @GetMapping
    public List<RunInfo> list(@PathVariable String cooperativeId) {
        return planner.list(cooperativeId);
    }

    @GetMapping("/{runId}")
    public RunInfo get(@PathVariable String cooperativeId, @PathVariable String runId) {
        return planner.find(cooperativeId, runId).orElseThrow(() -> new PlannerService.NoSuchRunException(runId));
    }

    @PostMapping("/{runId}/stop")
    public RunInfo stop(@PathVariable String cooperativeId, @PathVariable String runId) {
        return planner.stop(cooperativeId, runId);
    }

    @GetMapping("/{runId}/proposal")
    public Proposal proposal(@PathVariable String cooperativeId, @PathVariable String runId) {
        return planner.fullProposal(cooperativeId, runId);
    }

    @PostMapping("/{runId}/accept")
    public AcceptResult accept(@PathVariable String cooperativeId, @PathVariable String runId) {
        return planner.accept(cooperativeId, runId);
    }

    @DeleteMapping("/{runId}")
    public ResponseEntity<Void> discard(@PathVariable String cooperativeId, @PathVariable String runId) {
        planner.discard(cooperativeId, runId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler({PlannerService.NoSuchRunException.class, AccessRefusedException.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "見つかりません / not found");
        p.setTitle("Not Found");
        return p;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Conflict");
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad Request");
        return p;
    }

    @ExceptionHandler(CommandRefusedException.class)
    ProblemDetail refused(CommandRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.messageJa());
        p.setTitle(e.code());
        p.setProperty("code", e.code());
        p.setProperty("messageEn", e.messageEn());
        return p;
    }
}
