package jp.yui.deploy.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers the security filters give themselves, as RFC 7807 problem documents like every other answer of the REST API:
 * the API's 401 ({@code urn:yui:problem:unauthorized}) and the firewall's refusal of a malformed URL
 * ({@code urn:yui:problem:malformed-request}, 400). Written directly: {@code sendError} would hand the answer to the
 * container's error dispatch to {@code /error}, which runs through the UI's filter chain and answered API clients
 * with a redirect to the login page (302) instead.
 */
final class FilterChainProblems {

    static final String UNAUTHORIZED = "urn:yui:problem:unauthorized";
    static final String MALFORMED_REQUEST = "urn:yui:problem:malformed-request";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterChainProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED, "Unauthorized", detail,
                "サインインが必要です（HTTP Basic または API トークン）");
    }

    /** The firewall's refusals (encoded slashes or dots, semicolons, "//", non-printable characters …). */
    static RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> write(request, response, HttpServletResponse.SC_BAD_REQUEST, MALFORMED_REQUEST,
                "Malformed request", "The URL is not acceptable: " + e.getMessage(), "URL が不正です");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                      String detail, String messageJa) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("messageJa", messageJa);
        body.put("messageEn", detail);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }
}
