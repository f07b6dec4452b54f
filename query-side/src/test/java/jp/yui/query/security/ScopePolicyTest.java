package jp.yui.query.security;

import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.query.audit.FindAuditTrail;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.registry.FindCertificationRegistry;
import jp.yui.query.registry.FindCooperativesByMunicipality;
import jp.yui.query.replay.FindReplayProgress;
import jp.yui.query.subsidy.FindSubsidyFigures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopePolicyTest {

    static final String AMA = "325252";
    static final String OKINOSHIMA = "325287";

    /** Cooperative A in Shimane (district 海士町), B in Tottori. */
    static final ScopeDirectory DIRECTORY = new ScopeDirectory() {
        final Map<String, String> pref = Map.of("A", "32", "B", "31");
        final Map<String, Set<String>> district = Map.of("A", Set.of(AMA), "B", Set.of("312011"));

        @Override
        public Optional<String> prefectureOf(String c) {
            return Optional.ofNullable(pref.get(c));
        }

        @Override
        public Set<String> districtMunicipalitiesOf(String c) {
            return district.getOrDefault(c, Set.of());
        }
    };

    final ScopePolicy policy = new ScopePolicy(DIRECTORY);

    static ScopeMetadata.Caller as(YuiPrincipal p) {
        return ScopeMetadata.Caller.user(p);
    }

    void allowedQuery(YuiPrincipal p, Object q) {
        assertThatCode(() -> policy.checkQuery(as(p), q)).as(p + " " + q).doesNotThrowAnyException();
    }

    void refusedQuery(YuiPrincipal p, Object q) {
        assertThatThrownBy(() -> policy.checkQuery(as(p), q)).as(p + " " + q).isInstanceOf(AccessRefusedException.class);
    }

    void allowedCommand(YuiPrincipal p, Object c) {
        assertThatCode(() -> policy.checkCommand(as(p), c)).as(p + " " + c).doesNotThrowAnyException();
    }

    void refusedCommand(YuiPrincipal p, Object c) {
        assertThatThrownBy(() -> policy.checkCommand(as(p), c)).as(p + " " + c).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void nobodyIsRefusedAndTheSystemMayDoAnything() {
        assertThatThrownBy(() -> policy.checkQuery(null, new FindWorkers("A", null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> policy.checkCommand(null, admit("A"))).isInstanceOf(AccessRefusedException.class);
        assertThatCode(() -> policy.checkCommand(ScopeMetadata.Caller.system("test"), admit("B"))).doesNotThrowAnyException();
        assertThatCode(() -> policy.checkQuery(ScopeMetadata.Caller.system("test"),
                new FindAuditTrail(null, null, null, null, null, 0, 10))).doesNotThrowAnyException();
    }

    @Test
    void managerOnlyItsCooperative() {
        YuiPrincipal m = Principals.manager("A");
        allowedCommand(m, admit("A"));
        refusedCommand(m, admit("B"));
        allowedQuery(m, new FindWorkers("A", null));
        refusedQuery(m, new FindWorkers("B", null));
        refusedQuery(m, new FindWorkers(null, null));
        allowedQuery(m, new FindRatiosOfCooperatives(Set.of("A"), 2026));
        refusedQuery(m, new FindRatiosOfCooperatives(Set.of("A", "B"), 2026));
        refusedQuery(m, new FindCertificationRegistry("32", null));
        refusedQuery(m, new FindAuditTrail(null, null, null, null, null, 0, 10));
        allowedQuery(m, new FindAuditTrail("A", null, null, null, null, 0, 10));
        refusedQuery(m, new FindReplayProgress());
    }

    @Test
    void municipalityReadsTheCooperativesOfItsDistrictAndSendsNoCommand() {
        YuiPrincipal ama = Principals.municipality(AMA);
        YuiPrincipal okinoshima = Principals.municipality(OKINOSHIMA);
        allowedQuery(ama, new FindWorkers("A", null));
        refusedQuery(okinoshima, new FindWorkers("A", null));
        refusedQuery(ama, new FindWorkers("B", null));
        refusedQuery(ama, new FindWorkers("unknown", null));
        allowedQuery(ama, new FindCooperativesByMunicipality(AMA));
        refusedQuery(ama, new FindCooperativesByMunicipality(OKINOSHIMA));
        allowedQuery(ama, new FindSubsidyFigures(AMA, 2026));
        refusedQuery(ama, new FindCertificationRegistry("32", null));
        refusedCommand(ama, admit("A"));
        refusedCommand(ama, new CertifyCooperative("A", "1", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void prefectureReadsItsCooperativesAndDecidesTheirCertification() {
        YuiPrincipal shimane = Principals.prefecture("32");
        allowedQuery(shimane, new FindWorkers("A", null));
        refusedQuery(shimane, new FindWorkers("B", null));
        allowedQuery(shimane, new FindCertificationRegistry("32", null));
        refusedQuery(shimane, new FindCertificationRegistry("31", null));
        allowedQuery(shimane, new FindCooperativesByMunicipality(OKINOSHIMA));
        refusedQuery(shimane, new FindCooperativesByMunicipality("312011"));
        allowedQuery(shimane, new FindRatiosOfCooperatives(Set.of("A"), 2026));
        refusedQuery(shimane, new FindRatiosOfCooperatives(Set.of("A", "B"), 2026));
        allowedCommand(shimane, new CertifyCooperative("A", "1", LocalDate.of(2026, 1, 1)));
        allowedCommand(shimane, new CertifyDistrictChange("A", Set.of(AMA), LocalDate.of(2026, 1, 1)));
        refusedCommand(shimane, new CertifyCooperative("B", "1", LocalDate.of(2026, 1, 1)));
        refusedCommand(shimane, admit("A"));
    }

    @Test
    void administratorSeesNoCooperativeDataButTheReplay() {
        YuiPrincipal admin = Principals.administrator();
        refusedQuery(admin, new FindWorkers("A", null));
        refusedCommand(admin, admit("A"));
        allowedQuery(admin, new FindReplayProgress());
    }

    @Test
    void unknownQueriesAndCommandsWithoutCooperativeAreRefused() {
        record Odd(String x) {
        }
        refusedQuery(Principals.manager("A"), new Odd("A"));
        refusedCommand(Principals.manager("A"), new Odd("A"));
    }

    static AdmitMember admit(String coop) {
        return new AdmitMember(coop, "m", "組合員", "漁業", LocalDate.of(2026, 4, 1));
    }
}
