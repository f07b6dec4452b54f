package jp.yui.query.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed-in {@link YuiPrincipal} of the current thread (Spring Security's {@link SecurityContextHolder}), and a
 * way to act as one — for tests of any module and for code that works for a known user outside a request:
 * <pre>{@code
 * Principals.runAs(Principals.manager("dozen"), () -> commands.send(new HireWorker(...)));
 * List<WorkerView> w = Principals.callAs(Principals.prefecture("32"), () -> queryGateway.query(...).join());
 * }</pre>
 */
public final class Principals {

    private Principals() {
    }

    /** The principal signed in on this thread, if any (also through {@link HasYuiPrincipal} principals). */
    public static Optional<YuiPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof HasYuiPrincipal holder) {
            return Optional.ofNullable(holder.yuiPrincipal());
        }
        if (principal instanceof YuiPrincipal yui) {
            return Optional.of(yui);
        }
        return Optional.empty();
    }

    /** An authenticated {@link Authentication} of {@code p} with its role's authority. */
    public static Authentication authentication(YuiPrincipal p) {
        return UsernamePasswordAuthenticationToken.authenticated(p, null,
                List.of(new SimpleGrantedAuthority(p.role().authority())));
    }

    /** Runs {@code work} on this thread signed in as {@code p}; the previous context is restored afterwards. */
    public static void runAs(YuiPrincipal p, Runnable work) {
        callAs(p, () -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code work} on this thread signed in as {@code p}; the previous context is restored afterwards. */
    public static <T> T callAs(YuiPrincipal p, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(p));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            if (previous.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(previous);
            }
        }
    }

    /** Signs {@code p} in on this thread until {@link #clear()} (a test's {@code @BeforeEach}). */
    public static void signIn(YuiPrincipal p) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(p));
        SecurityContextHolder.setContext(context);
    }

    /** Signs whoever is signed in on this thread out. */
    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    // ---- principals for tests: username = role + scope

    public static YuiPrincipal manager(String cooperativeId) {
        return YuiPrincipal.manager("manager-" + cooperativeId, "事務局 " + cooperativeId, cooperativeId);
    }

    public static YuiPrincipal municipality(String municipalityCode) {
        return YuiPrincipal.municipality("municipality-" + municipalityCode, "市町村 " + municipalityCode,
                municipalityCode);
    }

    public static YuiPrincipal prefecture(String prefectureCode) {
        return YuiPrincipal.prefecture("prefecture-" + prefectureCode, "都道府県 " + prefectureCode, prefectureCode);
    }

    public static YuiPrincipal administrator() {
        return YuiPrincipal.administrator("admin", "管理者");
    }
}
