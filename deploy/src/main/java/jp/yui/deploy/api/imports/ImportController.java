package jp.yui.deploy.api.imports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.yui.command.api.ImportSummary;
import jp.yui.deploy.command.Commands;
import jp.yui.query.security.Role;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.imports.csv.CsvImporter;
import jp.yui.ui.imports.csv.ImportEncoding;
import jp.yui.ui.imports.csv.ImportKind;
import jp.yui.ui.imports.csv.ImportProblem;
import jp.yui.ui.imports.csv.ImportTemplates;
import jp.yui.ui.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV import over REST: {@code POST /api/v1/cooperatives/{id}/imports/{kind}?dryRun=&encoding=} with the file as the
 * body (text/csv), and {@code GET .../imports/{kind}/template}. Only the cooperative's own manager may import; for
 * anyone else the cooperative does not exist (404, no existence leak). A file with any problem — a cell that cannot
 * be read or a row the rules refuse — answers 422 {@code urn:yui:problem:import} with every problem by row and column,
 * and nothing is recorded; a dry run answers the same way but never records anything.
 */
@RestController
@RequestMapping("/api/v1/cooperatives/{cooperativeId}/imports")
public class ImportController {

    static final URI PROBLEM_TYPE = URI.create("urn:yui:problem:import");
    static final URI NOT_FOUND_TYPE = URI.create("urn:yui:problem:not-found");
    static final URI BAD_REQUEST_TYPE = URI.create("urn:yui:problem:bad-request");
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Commands commands;

    public ImportController(Commands commands) {
        this.commands = commands;
    }

    /** The summary of an accepted import or dry run. */
    public record ImportResponse(String cooperativeId, String kind, String charset, boolean dryRun, boolean applied,
                                 int rowCount, List<ImportProblem> problems) {
    }

    @PostMapping(path = "/{kind}")
    public ResponseEntity<Object> importFile(@PathVariable String cooperativeId, @PathVariable String kind,
                                             @RequestParam(defaultValue = "false") boolean dryRun,
                                             @RequestParam(required = false) String encoding,
                                             @RequestBody(required = false) byte[] body, Locale locale) {
        YuiPrincipal user = managerOf(cooperativeId);
        ImportKind importKind = kind(kind);
        ImportEncoding importEncoding;
        try {
            importEncoding = ImportEncoding.parse(encoding);
        } catch (IllegalArgumentException e) {
            throw new ImportRequestException(HttpStatus.BAD_REQUEST, BAD_REQUEST_TYPE, "Bad request",
                    "encoding must be auto, utf-8 or shift_jis").field("encoding");
        }
        if (body == null || body.length == 0) {
            throw new ImportRequestException(HttpStatus.BAD_REQUEST, BAD_REQUEST_TYPE, "Bad request",
                    "the request body must be the CSV file");
        }
        if (body.length > MAX_BYTES) {
            throw new ImportRequestException(HttpStatus.PAYLOAD_TOO_LARGE, BAD_REQUEST_TYPE, "Payload too large",
                    "at most " + MAX_BYTES + " bytes");
        }
        CsvImporter.ImportResult result = CsvImporter.run(importKind, body, importEncoding, cooperativeId,
                "api-" + UUID.randomUUID(), dryRun, c -> (ImportSummary) commands.send(c, user.username()));
        if (!result.ok()) {
            boolean en = locale != null && "en".equals(locale.getLanguage());
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            problem.setType(PROBLEM_TYPE);
            problem.setTitle(en ? "The file cannot be imported" : "ファイルを取り込めません");
            problem.setDetail(en
                    ? result.problems().size() + " problem(s); nothing was recorded"
                    : result.problems().size() + " 件の問題があります。何も記録されていません");
            problem.setProperty("kind", importKind.slug());
            problem.setProperty("charset", result.charset());
            problem.setProperty("dryRun", dryRun);
            problem.setProperty("rowCount", result.rowCount());
            problem.setProperty("problems", result.problems());
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new ImportResponse(cooperativeId, importKind.slug(), result.charset(), dryRun,
                result.applied(), result.rowCount(), result.problems()));
    }

    @GetMapping(path = "/{kind}/template")
    public ResponseEntity<byte[]> template(@PathVariable String cooperativeId, @PathVariable String kind) {
        managerOf(cooperativeId);
        ImportKind importKind = kind(kind);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ImportTemplates.fileName(importKind)).build().toString())
                .body(ImportTemplates.csv(importKind));
    }

    private static YuiPrincipal managerOf(String cooperativeId) {
        YuiPrincipal user = CurrentUser.get().orElse(null);
        if (user == null || user.role() != Role.MANAGER || !cooperativeId.equals(user.cooperativeId())) {
            throw new ImportRequestException(HttpStatus.NOT_FOUND, NOT_FOUND_TYPE, "Not found",
                    "no cooperative " + cooperativeId);
        }
        return user;
    }

    private static ImportKind kind(String kind) {
        return ImportKind.of(kind).orElseThrow(() -> new ImportRequestException(HttpStatus.NOT_FOUND, NOT_FOUND_TYPE,
                "Not found", "no import kind " + kind + " (kinds: " + String.join(", ",
                        java.util.Arrays.stream(ImportKind.values()).map(ImportKind::slug).toList()) + ")"));
    }

    /** A request this controller refuses before any import: mapped here, not by the global advice. */
    static final class ImportRequestException extends RuntimeException {
        final HttpStatus status;
        final URI type;
        final String title;
        /** The parameter that is wrong, if one is. */
        String field;

        ImportRequestException(HttpStatus status, URI type, String title, String detail) {
            super(detail);
            this.status = status;
            this.type = type;
            this.title = title;
        }

        ImportRequestException field(String name) {
            this.field = name;
            return this;
        }
    }

    @ExceptionHandler(ImportRequestException.class)
    ResponseEntity<ProblemDetail> refused(ImportRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        problem.setType(e.type);
        problem.setTitle(e.title);
        if (e.field != null) {
            problem.setProperty("field", e.field);
        }
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
