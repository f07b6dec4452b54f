package jp.yui.query.security;

import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata entries the scope interceptors write on every command and query (and, by correlation, on every event):
 * who sent it ({@value #USER_ID}), in which role ({@value #ROLE}: a {@link Role} name or {@value #SYSTEM_ROLE}) and
 * with which scope ({@value #COOPERATIVE_ID}, {@value #MUNICIPALITY_CODE}, {@value #PREFECTURE_CODE}); for work of
 * Yui itself also {@value SystemActor#METADATA_KEY} = purpose.
 */
public final class ScopeMetadata {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String COOPERATIVE_ID = "scopeCooperativeId";
    public static final String MUNICIPALITY_CODE = "scopeMunicipalityCode";
    public static final String PREFECTURE_CODE = "scopePrefectureCode";
    /** The {@link #ROLE} of work done by Yui itself ({@link SystemActor}). */
    public static final String SYSTEM_ROLE = "SYSTEM";

    /** Every key this class writes (removed before writing, so no stale scope survives). */
    public static final Set<String> KEYS = Set.of(USER_ID, ROLE, COOPERATIVE_ID, MUNICIPALITY_CODE, PREFECTURE_CODE,
            SystemActor.METADATA_KEY);

    private ScopeMetadata() {
    }

    /** The entries for a signed-in user. */
    public static Map<String, Object> of(YuiPrincipal p) {
        Map<String, Object> m = new HashMap<>();
        m.put(USER_ID, p.username());
        m.put(ROLE, p.role().name());
        switch (p.role()) {
            case MANAGER -> m.put(COOPERATIVE_ID, p.cooperativeId());
            case MUNICIPALITY -> m.put(MUNICIPALITY_CODE, p.municipalityCode());
            case PREFECTURE -> m.put(PREFECTURE_CODE, p.prefectureCode());
            case ADMIN -> { }
        }
        return m;
    }

    /**
     * The entries for work of Yui itself: {@code userId} is the one the message already names (e.g. a loader that
     * attributes its commands to a named job) or {@code system:<purpose>}.
     */
    public static Map<String, Object> ofSystem(String purpose, Object existingUserId) {
        Map<String, Object> m = new HashMap<>();
        m.put(USER_ID, existingUserId instanceof String s && !s.isBlank() ? s : SystemActor.userId(purpose));
        m.put(ROLE, SYSTEM_ROLE);
        m.put(SystemActor.METADATA_KEY, purpose);
        return m;
    }

    /** The caller a message's metadata names, or empty when it names none (or an inconsistent one). */
    public static Optional<Caller> callerOf(MetaData metaData) {
        Object system = metaData.get(SystemActor.METADATA_KEY);
        if (system instanceof String purpose && !purpose.isBlank()) {
            return Optional.of(Caller.system(purpose));
        }
        Object role = metaData.get(ROLE);
        Object user = metaData.get(USER_ID);
        if (!(role instanceof String r) || !(user instanceof String u) || u.isBlank()) {
            return Optional.empty();
        }
        try {
            Role parsed = Role.valueOf(r);
            return Optional.of(Caller.user(new YuiPrincipal(u, u, parsed, str(metaData.get(COOPERATIVE_ID)),
                    str(metaData.get(MUNICIPALITY_CODE)), str(metaData.get(PREFECTURE_CODE)))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }

    /** Who sends a message: a signed-in user, or Yui itself for a purpose. */
    public record Caller(YuiPrincipal principal, String systemPurpose) {

        public static Caller user(YuiPrincipal p) {
            return new Caller(p, null);
        }

        public static Caller system(String purpose) {
            return new Caller(null, purpose);
        }

        public boolean isSystem() {
            return systemPurpose != null;
        }

        @Override
        public String toString() {
            return isSystem() ? SystemActor.userId(systemPurpose) : principal.username() + "(" + principal.role() + ")";
        }
    }
}
