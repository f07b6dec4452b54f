package jp.yui.deploy.api;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** A problem the API itself detects (not found, idempotency-key conflicts, bad parameters), answered as RFC 7807. */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties;

    public ApiProblemException(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = properties == null ? Map.of() : properties;
    }

    /** An unknown id: the same answer as for something outside the caller's scope. */
    public static ApiProblemException notFound() {
        return new ApiProblemException(HttpStatus.NOT_FOUND, ApiProblems.NOT_FOUND, "Not Found",
                ApiProblems.NOT_FOUND_DETAIL, Map.of());
    }

    public static ApiProblemException badRequest(String field, String detail) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, ApiProblems.INVALID_REQUEST, "Invalid request", detail,
                Map.of("field", field));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
