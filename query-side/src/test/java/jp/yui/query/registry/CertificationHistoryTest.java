package jp.yui.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.RevocationGround;
import org.junit.jupiter.api.Test;

/** The certification status per day (R-CERT-1/2/3) from the sequence of decisions, without a database. */
class CertificationHistoryTest {

    static final Instant AT = Instant.parse("2021-06-01T01:00:00Z");

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Certified 2021-06-01, valid through 2031-05-31. */
    static CertificationHistory certified2021() {
        CertificationHistory h = new CertificationHistory();
        h.certified("島根県指令第1号", d("2021-06-01"), d("2021-06-01"), d("2031-05-31"), AT, "prefecture");
        return h;
    }

    @Test
    void renewalWindowIsOpenFrom90Through60DaysBeforeTheLastValidDay() {
        CertificationHistory h = certified2021();
        CertificationStanding day91 = h.on(d("2031-03-01"));
        CertificationStanding day90 = h.on(d("2031-03-02"));
        CertificationStanding day60 = h.on(d("2031-04-01"));
        CertificationStanding day59 = h.on(d("2031-04-02"));

        assertThat(day91.status()).isEqualTo(CertificationStatus.VALID);
        assertThat(day91.daysUntilExpiry()).isEqualTo(91);
        assertThat(day90.status()).isEqualTo(CertificationStatus.RENEWAL_WINDOW_OPEN);
        assertThat(day90.daysUntilExpiry()).isEqualTo(90);
        assertThat(day60.status()).isEqualTo(CertificationStatus.RENEWAL_WINDOW_OPEN);
        assertThat(day60.daysUntilExpiry()).isEqualTo(60);
        assertThat(day59.status()).isEqualTo(CertificationStatus.VALID);
        assertThat(day59.daysUntilExpiry()).isEqualTo(59);
        for (CertificationStanding s : List.of(day91, day90, day60, day59)) {
            assertThat(s.renewalWindowOpensOn()).isEqualTo(d("2031-03-02"));
            assertThat(s.renewalWindowClosesOn()).isEqualTo(d("2031-04-01"));
            assertThat(s.expiresOn()).isEqualTo(d("2031-05-31"));
        }
        assertThat(day90.labelJa()).isEqualTo("更新申請期間中（2031-03-02〜2031-04-01、満了 2031-05-31 まで 90 日）");
        assertThat(day90.labelEn()).isEqualTo("Renewal window open (2031-03-02 to 2031-04-01; 90 days until expiry on 2031-05-31)");
        assertThat(day59.labelJa()).isEqualTo("有効（2031-05-31 まで）");
    }

    @Test
    void expiresAfterTheLastValidDayWithoutRenewal() {
        CertificationHistory h = certified2021();
        assertThat(h.on(d("2031-05-31")).status()).isEqualTo(CertificationStatus.VALID);
        assertThat(h.on(d("2031-05-31")).daysUntilExpiry()).isZero();
        CertificationStanding after = h.on(d("2031-06-01"));
        assertThat(after.status()).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(after.labelJa()).isEqualTo("有効期間満了（2031-05-31 まで有効）");
        assertThat(after.term().certificationNumber()).isEqualTo("島根県指令第1号");
        assertThat(after.expiresOn()).isEqualTo(d("2031-05-31"));
        assertThat(after.daysUntilExpiry()).isNull();
        assertThat(after.renewalWindowOpensOn()).isNull();
        assertThat(after.end()).isNull();
    }

    @Test
    void beforeTheFirstTermTheCooperativeIsNotCertified() {
        CertificationHistory h = certified2021();
        CertificationStanding s = h.on(d("2021-05-31"));
        assertThat(s.status()).isEqualTo(CertificationStatus.NOT_CERTIFIED);
        assertThat(s.term().validFrom()).isEqualTo(d("2021-06-01"));
        assertThat(new CertificationHistory().on(d("2026-01-01")))
                .isEqualTo(new CertificationStanding(d("2026-01-01"), CertificationStatus.NOT_CERTIFIED, "未認定",
                        "Not certified", null, null, null, null, null, null, null));
    }

    @Test
    void aDecidedRenewalClosesTheWindowAndContinuesTheValidity() {
        CertificationHistory h = certified2021();
        h.renewed("島根県指令第2号", d("2031-03-10"), d("2031-06-01"), d("2041-05-31"), AT, "prefecture");
        CertificationStanding s = h.on(d("2031-03-20"));
        assertThat(s.status()).isEqualTo(CertificationStatus.VALID);
        assertThat(s.term().certificationNumber()).isEqualTo("島根県指令第1号");
        assertThat(s.nextTerm().certificationNumber()).isEqualTo("島根県指令第2号");
        assertThat(s.expiresOn()).isEqualTo(d("2041-05-31"));
        assertThat(s.renewalWindowOpensOn()).isEqualTo(d("2041-03-02"));
        CertificationStanding next = h.on(d("2031-06-01"));
        assertThat(next.status()).isEqualTo(CertificationStatus.VALID);
        assertThat(next.term().kind()).isEqualTo(CertificationTermKind.RENEWAL);
        assertThat(next.term().certifiedOn()).isEqualTo(d("2021-06-01"));
        assertThat(next.term().decidedOn()).isEqualTo(d("2031-03-10"));
        assertThat(h.renewals()).extracting(CertificationTermView::certificationNumber).containsExactly("島根県指令第2号");
    }

    @Test
    void aLapseEndsTheTermTheDayBeforeItsEffectiveDate() {
        CertificationHistory h = certified2021();
        h.lapsed(d("2026-11-01"), LapseReason.DISSOLUTION, List.of("a7", "a9"), AT, "prefecture");
        CertificationStanding before = h.on(d("2026-10-31"));
        assertThat(before.status()).isEqualTo(CertificationStatus.VALID);
        assertThat(before.expiresOn()).isEqualTo(d("2026-10-31"));
        assertThat(before.end().kind()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(before.renewalWindowOpensOn()).isNull();
        assertThat(before.labelJa()).isEqualTo("有効（2026-10-31 まで。2026-11-01 から失効（解散））");

        CertificationStanding after = h.on(d("2026-11-01"));
        assertThat(after.status()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(after.labelJa()).isEqualTo("失効（解散）（2026-11-01 から）");
        assertThat(after.labelEn()).isEqualTo("Lapsed (dissolution) from 2026-11-01");
        assertThat(after.end().lapseReason()).isEqualTo(LapseReason.DISSOLUTION);
        assertThat(after.end().assignmentsNeedingAction()).containsExactly("a7", "a9");
        assertThat(after.term().validThrough()).isEqualTo(d("2031-05-31"));
        assertThat(after.term().effectiveThrough()).isEqualTo(d("2026-10-31"));
        assertThat(after.term().endedEarly()).isTrue();
        // history stays readable: the earlier days are still valid
        assertThat(h.on(d("2024-01-01")).status()).isEqualTo(CertificationStatus.VALID);
    }

    @Test
    void aLapseForExpiryTheDayAfterTheLastValidDayShowsAsLapsedNotExpired() {
        CertificationHistory h = certified2021();
        h.lapsed(d("2031-06-01"), LapseReason.EXPIRY, List.of(), AT, "prefecture");
        assertThat(h.on(d("2031-05-31")).status()).isEqualTo(CertificationStatus.VALID);
        CertificationStanding s = h.on(d("2031-06-01"));
        assertThat(s.status()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(s.labelJa()).isEqualTo("失効（有効期間満了）（2031-06-01 から）");
        assertThat(s.term().endedEarly()).isFalse();
    }

    @Test
    void aRevocationBeforeADecidedRenewalKeepsTheRenewalFromTakingEffect() {
        CertificationHistory h = certified2021();
        h.renewed("島根県指令第2号", d("2031-03-10"), d("2031-06-01"), d("2041-05-31"), AT, "prefecture");
        h.revoked(d("2031-05-01"), RevocationGround.FRAUD, "虚偽の申請", List.of("a1"), AT, "prefecture");
        CertificationStanding s = h.on(d("2032-01-01"));
        assertThat(s.status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(s.labelJa()).isEqualTo("認定取消し（不正の手段による認定）（2031-05-01 から）");
        assertThat(s.end().reason()).isEqualTo("虚偽の申請");
        assertThat(s.term().certificationNumber()).isEqualTo("島根県指令第1号");
        assertThat(s.term().effectiveThrough()).isEqualTo(d("2031-04-30"));
        assertThat(h.terms().get(1).tookEffect()).isFalse();
        assertThat(h.terms().get(1).effectiveThrough()).isNull();
        assertThat(h.on(d("2031-04-30")).status()).isEqualTo(CertificationStatus.VALID);
    }

    @Test
    void aNewCertificationAfterARevocationIsValidAgain() {
        CertificationHistory h = certified2021();
        h.revoked(d("2024-01-01"), RevocationGround.BREACH, "違反", List.of(), AT, "prefecture");
        h.certified("島根県指令第9号", d("2025-04-01"), d("2025-04-01"), d("2035-03-31"), AT, "prefecture");
        assertThat(h.on(d("2024-06-01")).status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(h.on(d("2024-06-01")).nextTerm().certificationNumber()).isEqualTo("島根県指令第9号");
        CertificationStanding s = h.on(d("2025-04-01"));
        assertThat(s.status()).isEqualTo(CertificationStatus.VALID);
        assertThat(s.term().certificationNumber()).isEqualTo("島根県指令第9号");
        assertThat(s.end()).isNull();
    }
}
