package jp.yui.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The REST API as a client sees it: HTTP Basic as one of the demo users, every outcome kept with its duration. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP Basic of the demo manager; replaced by a bearer token by {@link #useTokens}. */
    static volatile String MANAGER = "manager:yui-manager-2026";
    static volatile String ADMIN = "admin:yui-admin-2026";
    /** A request that takes longer is a hang: the tests fail on it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * What came back: a status with its content type and body, or no answer ({@code error}: the connection was refused
     * — nothing was sent — or reset or timed out — the outcome is unknown).
     */
    record Outcome(int status, String contentType, String body, long millis, Exception error) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean notSent() {
            return error instanceof ConnectException;
        }

        boolean problemDocument() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + ", " + contentType + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return error != null ? error.getClass().getSimpleName() + ": " + error.getMessage() + " after " + millis + " ms"
                    : status + " " + contentType + " after " + millis + " ms: "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /**
     * API tokens for the demo manager and administrator, written into the database as an administrator's "issue token"
     * would (id, SHA-256 of the secret): bearer tokens cost a hash per request where HTTP Basic costs a bcrypt — which
     * on two shared cores would be most of the load.
     */
    static void useTokens(org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
        MANAGER = token(jdbc, "manager", "faultsmanager");
        ADMIN = token(jdbc, "admin", "faultsadmin");
    }

    private static String token(org.springframework.jdbc.core.JdbcTemplate jdbc, String user, String id) throws Exception {
        String secret = "secret-of-the-fault-tests-" + id;
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into yui_api_token (token_id, username, secret_sha256, description, created_by) "
                + "values (?, ?, ?, 'fault tests', 'fault tests')", id, user, sha);
        return "Bearer yui_" + id + "_" + secret;
    }

    Outcome post(String baseUrl, String path, String user, Object body) {
        return send(baseUrl, path, user, "POST", body);
    }

    Outcome get(String baseUrl, String path, String user) {
        return send(baseUrl, path, user, "GET", null);
    }

    Outcome send(String baseUrl, String path, String user, String method, Object body) {
        long t0 = System.nanoTime();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json, application/problem+json");
            if (user != null && user.startsWith("Bearer ")) {
                b.header("Authorization", user);
            } else if (user != null) {
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
            }
            if (body != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Outcome(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    (System.nanoTime() - t0) / 1_000_000, null);
        } catch (IOException e) {
            return new Outcome(0, null, "", (System.nanoTime() - t0) / 1_000_000, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, null, "", (System.nanoTime() - t0) / 1_000_000, e);
        }
    }

    /** Sends and requires a 2xx (set-up steps). */
    JsonNode ok(String baseUrl, String path, String user, Object body) {
        Outcome o = body == null ? get(baseUrl, path, user) : post(baseUrl, path, user, body);
        if (!o.ok()) {
            throw new AssertionError((body == null ? "GET " : "POST ") + path + " failed: " + o);
        }
        return o.body().isEmpty() ? null : o.json();
    }
}
