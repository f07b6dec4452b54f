package jp.yui.query.asof;

import static jp.yui.query.asof.AsOfScenario.d;
import static jp.yui.query.asof.AsOfScenario.foldOn;
import static jp.yui.query.asof.AsOfScenario.tokyo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.MemberView;
import jp.yui.query.people.MembershipPeriod;
import jp.yui.query.people.WorkerView;
import jp.yui.query.registry.CertificationStatus;
import jp.yui.query.registry.MunicipalityRef;
import org.junit.jupiter.api.Test;

/** The as-of fold (R-REP-5) on its own: events recorded at different instants, read for different days. */
class CooperativeAsOfFoldTest {

    @Test
    void beforeTheRevocationAndTheExpulsionWereRecordedTheCooperativeIsValidAndProcessAMember() {
        CooperativeAsOf s = foldOn(d("2026-08-31"));

        assertThat(s.certification().status()).isEqualTo(CertificationStatus.VALID);
        assertThat(s.certification().expiresOn()).isEqualTo(d("2031-05-31"));
        assertThat(s.certification().end()).isNull();
        assertThat(s.members()).extracting(MemberView::clientId, MemberView::membership).containsExactly(
                tuple("process", MembershipPeriod.of(d("2021-06-01"), null, null)),
                tuple("setnet", MembershipPeriod.of(d("2021-06-01"), null, null)));
        assertThat(s.eventsConsidered()).isEqualTo(13);
        assertThat(s.lastEventAt()).isEqualTo(tokyo("2026-05-02T09:00:00"));
        assertThat(s.knownBefore()).isEqualTo(Instant.parse("2026-08-31T15:00:00Z"));
        assertThat(s.name()).isEqualTo("島前マルチワーク事業協同組合");
        assertThat(s.prefectureName()).isEqualTo("島根県");
        assertThat(s.district()).containsExactly(new MunicipalityRef("325252", "海士町", "島根県"),
                new MunicipalityRef("325261", "西ノ島町", "島根県"));
    }

    @Test
    void afterBothTheCooperativeIsRevokedAndProcessNoLongerAMember() {
        CooperativeAsOf s = foldOn(d("2026-11-05"));

        assertThat(s.certification().status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(s.certification().labelJa()).isEqualTo("認定取消し（法令・処分違反）（2026-11-01 から）");
        assertThat(s.certification().end().reason()).isEqualTo("虚偽の実績報告");
        assertThat(s.certification().end().recordedBy()).isEqualTo("prefecture");
        assertThat(s.members()).extracting(MemberView::clientId).containsExactly("setnet");
        assertThat(s.clients()).extracting(ClientView::clientId, ClientView::clientClass).containsExactly(
                tuple("setnet", ClientClass.MEMBER),
                tuple("town", ClientClass.RELATED_MUNICIPALITY),
                tuple("hotel", ClientClass.OTHER_NON_MEMBER),
                tuple("late", ClientClass.OTHER_NON_MEMBER),
                tuple("process", ClientClass.OTHER_NON_MEMBER));
        assertThat(s.clients()).filteredOn(c -> c.clientId().equals("process")).singleElement()
                .extracting(ClientView::memberships).isEqualTo(List.of(MembershipPeriod.of(d("2021-06-01"),
                        d("2026-09-30"), MembershipEndReason.EXPULSION)));
        assertThat(s.eventsConsidered()).isEqualTo(16);
    }

    @Test
    void aRevocationRecordedButNotYetEffectiveShowsAsScheduled() {
        assertThat(foldOn(d("2026-10-14")).certification().end()).isNull();
        CooperativeAsOf s = foldOn(d("2026-10-20"));
        assertThat(s.certification().status()).isEqualTo(CertificationStatus.VALID);
        assertThat(s.certification().expiresOn()).isEqualTo(d("2026-10-31"));
        assertThat(s.certification().labelJa())
                .isEqualTo("有効（2026-10-31 まで。2026-11-01 から認定取消し（法令・処分違反））");
    }

    @Test
    void anEventRecordedAt235959TokyoBelongsToThatDayAndOneSecondLaterToTheNext() {
        CooperativeAsOf onTheNinth = foldOn(d("2026-09-09"));
        CooperativeAsOf onTheTenth = foldOn(d("2026-09-10"));
        CooperativeAsOf onTheEleventh = foldOn(d("2026-09-11"));

        MembershipPeriod open = MembershipPeriod.of(d("2021-06-01"), null, null);
        MembershipPeriod ending = MembershipPeriod.of(d("2021-06-01"), d("2026-09-30"), MembershipEndReason.EXPULSION);
        assertThat(onTheNinth.members().get(0).membership()).isEqualTo(open);
        assertThat(onTheTenth.members().get(0).membership()).isEqualTo(ending); // still a member until 30 September
        assertThat(onTheTenth.clients()).extracting(ClientView::clientId).doesNotContain("late");
        assertThat(onTheEleventh.clients()).extracting(ClientView::clientId).contains("late");
    }

    @Test
    void workersEmployedOnTheDayWithTheAgeBandTurningOverOnTheBirthday() {
        assertThat(foldOn(d("2026-07-14")).workers()).extracting(WorkerView::workerId, WorkerView::age,
                WorkerView::ageBandJa).containsExactly(tuple("w1", 59, "60歳未満"), tuple("w2", 28, "60歳未満"));
        assertThat(foldOn(d("2026-07-15")).workers()).extracting(WorkerView::workerId, WorkerView::age,
                WorkerView::ageBandJa).containsExactly(tuple("w1", 60, "60歳以上"), tuple("w2", 28, "60歳未満"));
        assertThat(foldOn(d("2022-03-31")).workers()).isEmpty(); // hired but not yet employed
    }

    @Test
    void usageBeforeTheExpulsionWasKnownCountsProcessAsAMember() {
        UsageAsOf u = foldOn(d("2026-08-31")).usage();
        // M = a1 (April actual 420 + 480, May 21 and June 22 weekdays × 480) + a3 (720, process a member)
        //   = 900 + 10,080 + 10,560 + 720 = 22,260 min; R = a4 5 × 300 = 1,500; O = a2 960
        UsageFigures expected = new UsageFigures(new Usage(22_260, 21_540L * 1100 + 720L * 1000),
                new Usage(1_500, 1_500L * 1100), new Usage(960, 960L * 1200));
        assertThat(u.figures()).isEqualTo(expected);
        assertThat(u.businessYear()).isEqualTo(2026);
        assertThat(u.firstDay()).isEqualTo(d("2026-04-01"));
        assertThat(u.lastDay()).isEqualTo(d("2027-03-31"));
        assertThat(u.unit()).isEqualTo(CapUnit.HOURS);
        assertThat(u.ruleVersion()).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        assertThat(u.memberMinutes()).isEqualTo(22_260);
        assertThat(u.relatedMinutes()).isEqualTo(1_500);
        assertThat(u.otherMinutes()).isEqualTo(960);
        assertThat(u.memberHours()).isEqualTo(new BigDecimal("371.00"));
        assertThat(u.relatedHours()).isEqualTo(new BigDecimal("25.00"));
        assertThat(u.otherHours()).isEqualTo(new BigDecimal("16.00"));
        assertThat(u.memberFeesYen()).isEqualTo(406_900);
        assertThat(u.relatedFeesYen()).isEqualTo(27_500);
        assertThat(u.otherFeesYen()).isEqualTo(19_200);
        assertThat(u.otherSharePercent()).isEqualTo(new BigDecimal("4.3"));
        assertThat(u.nonMemberSharePercent()).isEqualTo(new BigDecimal("11.1"));
        assertThat(u.withinCaps()).isTrue();
        assertThat(u.monthsWithActuals()).containsExactly(YearMonth.of(2026, 4));
        assertThat(u.closed()).isFalse();
    }

    @Test
    void usageOnceTheExpulsionWasKnownCountsProcessOctoberDaysAsOtherNonMember() {
        UsageAsOf u = foldOn(d("2026-09-15")).usage();
        assertThat(u.figures()).isEqualTo(new UsageFigures(new Usage(21_540, 21_540L * 1100),
                new Usage(1_500, 1_500L * 1100), new Usage(1_680, 960L * 1200 + 720L * 1000)));
        assertThat(u.otherSharePercent()).isEqualTo(new BigDecimal("7.8"));
        assertThat(u.nonMemberSharePercent()).isEqualTo(new BigDecimal("14.8"));
    }

    @Test
    void usageBeforeTheActualsWereRecordedIsThePlan() {
        UsageAsOf u = foldOn(d("2026-04-30")).usage();
        // April planned: 22 weekdays × 480 = 10,560 instead of the actual 900
        assertThat(u.memberMinutes()).isEqualTo(31_200 + 720);
        assertThat(u.monthsWithActuals()).isEmpty();
        assertThat(u.otherSharePercent()).isEqualTo(new BigDecimal("3.0"));
        assertThat(u.nonMemberSharePercent()).isEqualTo(new BigDecimal("7.7"));
    }

    @Test
    void beforeRegistrationNothingIsKnownAndOnlyEventRecordsRecordedInTimeAreTaken() {
        CooperativeAsOfFold early = CooperativeAsOfFold.asOf(AsOfScenario.COOP, d("2021-05-19"));
        for (AsOfScenario.Recorded r : AsOfScenario.events()) {
            early.offer(r.event(), r.at(), r.userId());
        }
        assertThat(early.registered()).isFalse();

        CooperativeAsOfFold fold = CooperativeAsOfFold.asOf(AsOfScenario.COOP, d("2026-08-31"));
        assertThat(fold.offer("a snapshot is not an event record", Instant.parse("2021-01-01T00:00:00Z"), null)).isFalse();
        assertThat(fold.offer(new Object(), Instant.parse("2021-01-01T00:00:00Z"), null)).isFalse();
        assertThat(CooperativeAsOfFold.isEvent(jp.yui.command.api.Period.class)).isTrue(); // a record of the api
        assertThat(CooperativeAsOfFold.isEvent(String.class)).isFalse();
        assertThat(CooperativeAsOfFold.endOf(d("2026-08-31"))).isEqualTo(Instant.parse("2026-08-31T15:00:00Z"));
    }

    @Test
    void capsAreComparedExactlyLikeTheLaw() {
        Usage m = new Usage(1000, 0);
        // after the amendment: O ≤ 20 % and O + R ≤ 50 % of M, inclusive
        assertThat(CooperativeAsOfFold.withinCaps(new UsageFigures(m, new Usage(350, 0), new Usage(150, 0)),
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(CooperativeAsOfFold.withinCaps(new UsageFigures(m, new Usage(351, 0), new Usage(150, 0)),
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
        assertThat(CooperativeAsOfFold.withinCaps(new UsageFigures(m, new Usage(0, 0), new Usage(201, 0)),
                CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS)).isFalse();
        // before: O + R ≤ 20 %
        assertThat(CooperativeAsOfFold.withinCaps(new UsageFigures(m, new Usage(100, 0), new Usage(100, 0)),
                CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS)).isTrue();
        assertThat(CooperativeAsOfFold.withinCaps(new UsageFigures(m, new Usage(101, 0), new Usage(100, 0)),
                CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS)).isFalse();
    }
}
