package jp.yui.query.security;

import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.command.api.LapseCertification;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.RevokeCertification;
import jp.yui.query.audit.FindAuditTrail;

import java.util.Objects;
import java.util.Set;

/**
 * Who may send which command and query (the security contract of Yui):
 * <ul>
 *   <li>Yui itself ({@link SystemActor}): everything.</li>
 *   <li>{@link Role#MANAGER}: every command and query of its cooperative.</li>
 *   <li>{@link Role#MUNICIPALITY}: no command; queries of the cooperatives whose district contains (contained,
 *       will contain) the municipality, and the municipality's own lists.</li>
 *   <li>{@link Role#PREFECTURE}: the certification decisions ({@link #CERTIFICATION_DECISIONS}) for the
 *       prefecture's cooperatives; queries of every cooperative of the prefecture and the prefecture's lists.</li>
 *   <li>{@link Role#ADMIN}: no command, no cooperative data; the replay progress.</li>
 *   <li>nobody (no principal, no system actor): nothing (fail closed).</li>
 * </ul>
 * Every refusal is an {@link AccessRefusedException}; its message does not tell whether the cooperative exists.
 */
public class ScopePolicy {

    /** The commands a prefecture decides: 認定, 更新, 取消し, 失効, 変更認定. */
    public static final Set<Class<?>> CERTIFICATION_DECISIONS = Set.of(CertifyCooperative.class,
            RenewCertification.class, RevokeCertification.class, LapseCertification.class, CertifyDistrictChange.class);

    private final ScopeDirectory directory;

    public ScopePolicy(ScopeDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Refuses a command {@code caller} may not send. */
    public void checkCommand(ScopeMetadata.Caller caller, Object command) {
        if (caller == null) {
            throw new AccessRefusedException("command " + name(command) + " sent by nobody (no user, no system actor)");
        }
        if (caller.isSystem()) {
            return;
        }
        YuiPrincipal p = caller.principal();
        String coop = command == null ? null
                : QueryScopes.CooperativeIds.accessor(command.getClass()).map(a -> a.apply(command)).orElse(null);
        boolean allowed = switch (p.role()) {
            case MANAGER -> coop != null && coop.equals(p.cooperativeId());
            case PREFECTURE -> coop != null && CERTIFICATION_DECISIONS.contains(command.getClass())
                    && directory.prefectureOf(coop).filter(p.prefectureCode()::equals).isPresent();
            case MUNICIPALITY, ADMIN -> false;
        };
        if (!allowed) {
            throw new AccessRefusedException("command " + name(command) + " refused for " + caller);
        }
    }

    /** Refuses a query {@code caller} may not send. */
    public void checkQuery(ScopeMetadata.Caller caller, Object query) {
        if (caller == null) {
            throw new AccessRefusedException("query " + name(query) + " sent by nobody (no user, no system actor)");
        }
        if (caller.isSystem()) {
            return;
        }
        if (!mayQuery(caller.principal(), query)) {
            throw new AccessRefusedException("query " + name(query) + " refused for " + caller);
        }
    }

    private boolean mayQuery(YuiPrincipal p, Object query) {
        if (query == null) {
            return false;
        }
        if (query instanceof FindAuditTrail q && q.cooperativeId() == null) {
            return false; // the trail of every cooperative: Yui's own work only
        }
        QueryScope scope = QueryScopes.of(query.getClass()).orElse(null);
        if (scope == null) {
            return false;
        }
        if (scope instanceof QueryScope.OneCooperative s) {
            return mayRead(p, s.cooperativeId().apply(query));
        }
        if (scope instanceof QueryScope.Cooperatives s) {
            Set<String> ids = s.cooperativeIds().apply(query);
            return ids != null && ids.stream().allMatch(c -> mayRead(p, c));
        }
        if (scope instanceof QueryScope.Prefecture s) {
            return p.role() == Role.PREFECTURE && Objects.equals(p.prefectureCode(), s.prefectureCode().apply(query));
        }
        if (scope instanceof QueryScope.Municipality s) {
            return mayReadMunicipality(p, s.municipalityCode().apply(query));
        }
        return scope instanceof QueryScope.Administration && p.role() == Role.ADMIN;
    }

    /** Whether {@code p} may read the data of cooperative {@code cooperativeId}. */
    public boolean mayRead(YuiPrincipal p, String cooperativeId) {
        if (cooperativeId == null) {
            return false;
        }
        return switch (p.role()) {
            case MANAGER -> cooperativeId.equals(p.cooperativeId());
            case MUNICIPALITY -> directory.districtMunicipalitiesOf(cooperativeId).contains(p.municipalityCode());
            case PREFECTURE -> directory.prefectureOf(cooperativeId).filter(p.prefectureCode()::equals).isPresent();
            case ADMIN -> false;
        };
    }

    private static boolean mayReadMunicipality(YuiPrincipal p, String municipalityCode) {
        if (municipalityCode == null) {
            return false;
        }
        return switch (p.role()) {
            case MUNICIPALITY -> municipalityCode.equals(p.municipalityCode());
            case PREFECTURE -> municipalityCode.length() == 6 && municipalityCode.startsWith(p.prefectureCode());
            case MANAGER, ADMIN -> false;
        };
    }

    private static String name(Object message) {
        return message == null ? "null" : message.getClass().getSimpleName();
    }
}
