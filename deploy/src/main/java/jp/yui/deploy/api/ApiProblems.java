package jp.yui.deploy.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.query.export.Csv;
import jp.yui.query.security.AccessRefusedException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Every error of the REST API as an RFC 7807 {@link ProblemDetail} ({@code application/problem+json}):
 * <ul>
 *   <li>{@code urn:yui:problem:rule-violation} (422) — a MUST rule of RULES.md refused the command: {@code ruleId},
 *       {@code messageJa}, {@code messageEn}, {@code figures} (for the caps: M, R, O, cap and share);</li>
 *   <li>{@code urn:yui:problem:invalid-command} (422) — the domain refused a value: {@code ruleId = INVALID_INPUT},
 *       {@code field}, messages;</li>
 *   <li>{@code urn:yui:problem:malformed-request} / {@code invalid-request} (400) — unreadable JSON, wrong types,
 *       unknown enum constants, impossible dates, missing fields, bad parameters: {@code field} (and {@code errors});</li>
 *   <li>{@code urn:yui:problem:not-found} (404) — an unknown id, and equally something outside the caller's scope
 *       ({@link AccessRefusedException}): the bodies are identical, so nothing tells whether it exists;</li>
 *   <li>{@code urn:yui:problem:conflict} (409) — the id is taken, or a concurrent change won;</li>
 *   <li>{@code urn:yui:problem:idempotency-key-reused} (422), {@code idempotency-in-progress} (409).</li>
 * </ul>
 * Bad input never produces a 5xx; only a real fault answers {@code urn:yui:problem:internal} (500, no details), and
 * an unreachable database {@code urn:yui:problem:unavailable} (503 with {@code Retry-After}; a command under way when
 * the connection was lost may have been recorded, so it is to be sent again with the same {@code Idempotency-Key}).
 * Covers the planner's controller too (its own handlers answer its own exceptions; unreadable bodies, wrong content
 * types and bad parameters are answered here).
 */
@RestControllerAdvice(basePackageClasses = {ApiProblems.class, jp.yui.deploy.planner.PlannerController.class})
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final String PREFIX = "urn:yui:problem:";
    public static final String RULE_VIOLATION = PREFIX + "rule-violation";
    public static final String INVALID_COMMAND = PREFIX + "invalid-command";
    public static final String MALFORMED_REQUEST = PREFIX + "malformed-request";
    public static final String INVALID_REQUEST = PREFIX + "invalid-request";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "idempotency-key-reused";
    public static final String IDEMPOTENCY_IN_PROGRESS = PREFIX + "idempotency-in-progress";
    public static final String UNENCODABLE = PREFIX + "unencodable-character";
    public static final String INTERNAL = PREFIX + "internal";
    public static final String UNAVAILABLE = PREFIX + "unavailable";
    /** Seconds a client is told to wait before retrying a request refused while the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 5;
    static final String NOT_FOUND_DETAIL = "No such resource.";

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> api(ApiProblemException e, HttpServletRequest request) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            return notFound(request);
        }
        ProblemDetail p = problem(e.status(), e.type(), e.title(), e.getMessage(), request);
        e.properties().forEach(p::setProperty);
        return respond(p);
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> accessRefused(AccessRefusedException e, HttpServletRequest request) {
        log.debug("access refused on {}: {}", request.getRequestURI(), e.getMessage());
        return notFound(request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e, HttpServletRequest request) {
        return notFound(request);
    }

    @ExceptionHandler(CommandRefusedException.class)
    ResponseEntity<ProblemDetail> refused(CommandRefusedException e, HttpServletRequest request) {
        if (e instanceof InvalidCommandException && e.field() != null && pathVariables(request).containsKey(e.field())) {
            // the id in the path names nothing (e.g. an unknown assignment): the same 404 as any unknown id
            return notFound(request);
        }
        boolean invalid = e instanceof InvalidCommandException;
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, invalid ? INVALID_COMMAND : RULE_VIOLATION,
                invalid ? "Invalid command" : "Rule violation", e.messageEn(), request);
        p.setProperty("ruleId", e.code());
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        p.setProperty("messageJa", e.messageJa());
        p.setProperty("messageEn", e.messageEn());
        p.setProperty("figures", e.figures());
        return respond(p);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> exists(AggregateStreamCreationException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, CONFLICT, "Conflict", "The id is already taken.", request);
        p.setProperty("messageJa", "この ID は既に使われています");
        p.setProperty("messageEn", "The id is already taken");
        return respond(p);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, CONFLICT, "Conflict",
                "A concurrent change won; read again and retry.", request);
        p.setProperty("messageJa", "同時に別の変更が行われました。読み直してからやり直してください");
        p.setProperty("messageEn", "A concurrent change won; read again and retry");
        return respond(p);
    }

    @ExceptionHandler(Csv.UnencodableCharacterException.class)
    ResponseEntity<ProblemDetail> unencodable(Csv.UnencodableCharacterException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, UNENCODABLE, "Unencodable character",
                e.getMessage(), request);
        p.setProperty("field", "encoding");
        return respond(p);
    }

    @ExceptionHandler({DateTimeException.class, IllegalArgumentException.class})
    ResponseEntity<ProblemDetail> illegalArgument(RuntimeException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", e.getMessage(), request);
        return respond(p);
    }

    /** Wrappers of the buses and of futures: answered as what they wrap. */
    @ExceptionHandler({CompletionException.class, ExecutionException.class, CommandExecutionException.class,
            QueryExecutionException.class})
    ResponseEntity<?> wrapped(Exception e, HttpServletRequest request) throws Exception {
        Throwable cause = unwrap(e);
        if (cause == e || !(cause instanceof Exception inner)) {
            return internal(e, request);
        }
        return dispatch(inner, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> other(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AxonException) {
            Throwable cause = unwrap(e);
            if (cause != e && cause instanceof Exception inner) {
                return dispatch(inner, request);
            }
        }
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e; // Spring MVC's own and the security filters' exceptions
        }
        return internal(e, request);
    }

    private ResponseEntity<?> dispatch(Exception inner, HttpServletRequest request) throws Exception {
        if (inner instanceof AccessRefusedException a) {
            return accessRefused(a, request);
        }
        if (inner instanceof CommandRefusedException c) {
            return refused(c, request);
        }
        if (inner instanceof AggregateNotFoundException) {
            return notFound(request);
        }
        if (inner instanceof AggregateStreamCreationException a) {
            return exists(a, request);
        }
        if (inner instanceof ConcurrencyException c) {
            return concurrency(c, request);
        }
        if (inner instanceof Csv.UnencodableCharacterException u) {
            return unencodable(u, request);
        }
        if (inner instanceof ApiProblemException a) {
            return api(a, request);
        }
        if (inner instanceof DateTimeException || inner instanceof IllegalArgumentException) {
            return illegalArgument((RuntimeException) inner, request);
        }
        return internal(inner, request);
    }

    private ResponseEntity<ProblemDetail> internal(Exception e, HttpServletRequest request) {
        if (databaseUnavailable(e)) {
            log.warn("REST API request {} {} failed: the database is unavailable ({})", request.getMethod(),
                    request.getRequestURI(), rootMessage(e));
            ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Service Unavailable",
                    "The database is unavailable. Retry later (a command under way when the connection was lost may "
                            + "have been recorded: resend it with the same Idempotency-Key).", request);
            p.setProperty("messageJa", "データベースに接続できないため処理できませんでした。しばらくしてから同じ Idempotency-Key で再度お試しください");
            p.setProperty("messageEn", "The database is unavailable. Retry later with the same Idempotency-Key");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        log.error("REST API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, "Internal Server Error",
                "The request could not be completed.", request));
    }

    /**
     * Whether {@code e} or one of its causes says that the database cannot be reached (connection refused, lost or
     * timed out, the server shutting down or starting): a fault of the moment, not of the request.
     */
    public static boolean databaseUnavailable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception; admin/crash shutdown, cannot connect now
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t.getCause() != null && depth < 32; depth++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        int depth = 0;
        while (depth++ < 10 && t.getCause() != null && (t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof CommandExecutionException || t instanceof QueryExecutionException
                || (t instanceof AxonException && !(t instanceof AggregateNotFoundException)
                && !(t instanceof ConcurrencyException)))) {
            t = t.getCause();
        }
        return t;
    }

    // ---- Spring MVC's own exceptions (ResponseEntityExceptionHandler), with a field where there is one ----

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(MALFORMED_REQUEST));
        p.setTitle("Malformed request body");
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = path(jme);
            p.setProperty("field", field);
            if (cause instanceof InvalidFormatException ife) {
                p.setDetail("Invalid value for '" + field + "': " + ife.getValue()
                        + (ife.getTargetType() != null ? " (expected " + describe(ife.getTargetType()) + ")" : ""));
                p.setProperty("value", String.valueOf(ife.getValue()));
            } else if (cause instanceof UnrecognizedPropertyException) {
                p.setDetail("Unknown field '" + field + "'");
            } else if (cause instanceof MismatchedInputException mie) {
                p.setDetail("Wrong type for '" + field + "'"
                        + (mie.getTargetType() != null ? " (expected " + describe(mie.getTargetType()) + ")" : ""));
            } else {
                p.setDetail("Invalid value for '" + field + "'");
            }
        } else if (cause instanceof JsonProcessingException jpe) {
            p.setDetail("Malformed JSON: " + jpe.getOriginalMessage());
        } else {
            p.setDetail("The request body is missing or unreadable.");
        }
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("field", fe.getField());
            e.put("message", fe.getDefaultMessage());
            errors.add(e);
        }
        errors.sort((a, b) -> String.valueOf(a.get("field")).compareTo(String.valueOf(b.get("field"))));
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(INVALID_REQUEST));
        p.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            p.setProperty("field", errors.get(0).get("field"));
            p.setDetail("Invalid value for '" + errors.get(0).get("field") + "': " + errors.get(0).get("message"));
        } else {
            p.setDetail("Invalid request body");
        }
        p.setProperty("errors", errors);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * A path variable that is blank after decoding (e.g. {@code /actual-hours/%20}): Spring calls it a 500 (a mapping
     * error) but it is the client's bad value — 400 naming the variable.
     */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(org.springframework.web.bind.MissingPathVariableException ex,
                                                               HttpHeaders headers, HttpStatusCode status,
                                                               WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(INVALID_REQUEST));
        p.setTitle("Invalid request");
        p.setDetail("Missing or blank value for '" + ex.getVariableName() + "'");
        p.setProperty("field", ex.getVariableName());
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(INVALID_REQUEST));
        p.setTitle("Invalid request");
        p.setDetail("Invalid value for '" + field + "': " + ex.getValue()
                + (ex.getRequiredType() != null ? " (expected " + describe(ex.getRequiredType()) + ")" : ""));
        p.setProperty("field", field);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> {
            for (MessageSourceResolvable error : r.getResolvableErrors()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("field", error instanceof FieldError fe ? fe.getField() : r.getMethodParameter().getParameterName());
                e.put("message", error.getDefaultMessage());
                errors.add(e);
            }
        });
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(URI.create(INVALID_REQUEST));
        p.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            p.setProperty("field", errors.get(0).get("field"));
            p.setDetail("Invalid value for '" + errors.get(0).get("field") + "': " + errors.get(0).get("message"));
        }
        p.setProperty("errors", errors);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Gives Spring's own problems (405, 415, missing parameters …) a Yui type URI and the request path. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof org.springframework.web.ErrorResponse er) {
            body = er.updateAndGetBody(getMessageSource(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail p) {
            if (p.getType() == null || "about:blank".equals(p.getType().toString())) {
                p.setType(URI.create(PREFIX + (statusCode.is4xxClientError() ? "invalid-request" : "http-" + statusCode.value())));
            }
            if (p.getInstance() == null && request instanceof ServletWebRequest swr) {
                p.setInstance(URI.create(swr.getRequest().getRequestURI()));
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    // ---- helpers ----

    private static ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not Found", NOT_FOUND_DETAIL, request));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(type));
        p.setTitle(title);
        if (request != null) {
            p.setInstance(URI.create(request.getRequestURI()));
        }
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0 && !(r.getFrom() instanceof Map)) {
                    sb.append('.');
                }
                if (r.getFrom() instanceof Map) {
                    sb.append('[').append(r.getFieldName()).append(']');
                } else {
                    sb.append(r.getFieldName());
                }
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (type == java.time.YearMonth.class) {
            return "a month yyyy-MM";
        }
        if (type == java.time.LocalTime.class) {
            return "a time HH:mm";
        }
        return type.getSimpleName();
    }
}
