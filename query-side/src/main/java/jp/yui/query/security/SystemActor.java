package jp.yui.query.security;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Marks work that Yui does by itself, not for a signed-in user: loading the demo data, the planner accepting a
 * proposal in the background, a replay, benchmarks and fault drivers.
 * <p>
 * The scope interceptors on the command and query buses refuse every message that carries neither a signed-in
 * {@link YuiPrincipal} nor this marker (fail closed). Work run inside {@link #run} / {@link #call} is dispatched
 * with {@code userId = "system:<purpose>"} and the metadata entry {@value #METADATA_KEY}{@code = <purpose>}, so
 * the audit trail shows what did it.
 */
public final class SystemActor {

    /** Metadata key of commands and queries sent by Yui itself; its value is the purpose. */
    public static final String METADATA_KEY = "systemActor";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SystemActor() {
    }

    /** Runs {@code work} on this thread as the system, for {@code purpose} (e.g. {@code "demo-data"}). */
    public static void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code work} on this thread as the system, for {@code purpose}, and returns its result. */
    public static <T> T call(String purpose, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("purpose must not be blank");
        }
        String previous = CURRENT.get();
        CURRENT.set(purpose);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The purpose of the system work running on this thread, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The {@code userId} written for system work of {@code purpose}. */
    public static String userId(String purpose) {
        return "system:" + purpose;
    }
}
