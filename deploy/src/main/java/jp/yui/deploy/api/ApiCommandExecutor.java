package jp.yui.deploy.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jp.yui.deploy.command.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sends the commands of the REST API through {@link Commands} as the signed-in user, with optional idempotency keys
 * (header {@value #IDEMPOTENCY_KEY}).
 * <p>
 * With a key, the request (method, path and the command's canonical JSON) is hashed and the key claimed in
 * {@link IdempotencyStore}: the first request runs the command and stores its response; a retry with the same key and
 * the same request gets the stored response (header {@value #REPLAYED}{@code : true}) and nothing is sent again; the
 * same key with a different request is refused (422); a retry while the first is still running is answered 409.
 */
@Component
public class ApiCommandExecutor {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Logger log = LoggerFactory.getLogger(ApiCommandExecutor.class);

    private final Commands commands;
    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    public ApiCommandExecutor(Commands commands, IdempotencyStore store, ObjectMapper objectMapper) {
        this.commands = commands;
        this.store = store;
        this.objectMapper = objectMapper;
    }

    /** Sends {@code command}; answers 200, or 201 with a Location when {@code location} is given (a creation). */
    public ResponseEntity<CommandAccepted> execute(HttpServletRequest request, String idempotencyKey, Object command,
                                                   String cooperativeId, String resourceId, String location) {
        // the API's filter chain signed the user in; the idempotency keys are per user
        String userId = jp.yui.query.security.Principals.current().map(jp.yui.query.security.YuiPrincipal::username)
                .orElseThrow(() -> new jp.yui.query.security.AccessRefusedException("not signed in"));
        CommandAccepted accepted = new CommandAccepted(command.getClass().getSimpleName(), cooperativeId, resourceId,
                location);
        HttpStatus status = location == null ? HttpStatus.OK : HttpStatus.CREATED;
        if (idempotencyKey == null) {
            commands.send(command, userId);
            return respond(status.value(), accepted, false);
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw ApiProblemException.badRequest(IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        String hash = hash(request, command);
        if (!store.claim(userId, idempotencyKey, hash)) {
            return replay(userId, idempotencyKey, hash);
        }
        try {
            commands.send(command, userId);
        } catch (RuntimeException | Error e) {
            try {
                store.release(userId, idempotencyKey);
            } catch (RuntimeException releaseFailure) {
                log.warn("Could not release idempotency key of user {}", userId, releaseFailure);
            }
            throw e;
        }
        store.complete(userId, idempotencyKey, status.value(), location, write(accepted));
        return respond(status.value(), accepted, false);
    }

    private ResponseEntity<CommandAccepted> replay(String userId, String key, String hash) {
        IdempotencyStore.Entry entry = store.find(userId, key).orElse(null);
        if (entry == null) {
            // the claim was released between our insert attempt and this read: the first request failed
            throw new ApiProblemException(HttpStatus.CONFLICT, ApiProblems.IDEMPOTENCY_IN_PROGRESS,
                    "Request with this Idempotency-Key failed meanwhile",
                    "The first request with this Idempotency-Key has just failed; send it again.", Map.of());
        }
        if (!entry.requestHash().equals(hash)) {
            throw new ApiProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ApiProblems.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key reused with a different request",
                    "This Idempotency-Key was used before with a different request; use a new key for a new request.",
                    Map.of("messageJa", "この Idempotency-Key は別の内容の要求に使われています。新しい要求には新しいキーを使ってください",
                            "messageEn", "This Idempotency-Key was used with a different request"));
        }
        if (!entry.completed()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, ApiProblems.IDEMPOTENCY_IN_PROGRESS,
                    "Request with this Idempotency-Key is in progress",
                    "The first request with this Idempotency-Key is still being processed; retry later.", Map.of());
        }
        CommandAccepted stored;
        try {
            stored = objectMapper.readValue(entry.responseBody(), CommandAccepted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored response", e);
        }
        return respond(entry.statusCode(), stored, true);
    }

    private static ResponseEntity<CommandAccepted> respond(int status, CommandAccepted body, boolean replayed) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status);
        if (body.location() != null && status == HttpStatus.CREATED.value()) {
            b.location(URI.create(body.location()));
        }
        if (replayed) {
            b.header(REPLAYED, "true");
        }
        return b.body(body);
    }

    private String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of method, path, command type and the command's canonical JSON (sorted keys, sorted sets). */
    String hash(HttpServletRequest request, Object command) {
        JsonNode canonical = canonical(objectMapper.valueToTree(command));
        String text = request.getMethod() + " " + request.getRequestURI() + "\n" + command.getClass().getName() + "\n"
                + canonical;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sorted.put(e.getKey(), canonical(e.getValue()));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            // the commands carry sets, never ordered lists: order does not make a different request
            List<JsonNode> items = new ArrayList<>();
            node.forEach(n -> items.add(canonical(n)));
            items.sort((a, b) -> a.toString().compareTo(b.toString()));
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }
}
