package jp.yui.query.ratio;

import static jp.yui.query.calendar.YuiTestEvents.AMA;
import static jp.yui.query.calendar.YuiTestEvents.NISHINOSHIMA;
import static jp.yui.query.calendar.YuiTestEvents.business;
import static jp.yui.query.calendar.YuiTestEvents.day;
import static jp.yui.query.calendar.YuiTestEvents.dispatch;
import static jp.yui.query.calendar.YuiTestEvents.member;
import static jp.yui.query.calendar.YuiTestEvents.municipality;
import static jp.yui.query.calendar.YuiTestEvents.newCooperativeId;
import static jp.yui.query.calendar.YuiTestEvents.onDays;
import static jp.yui.query.calendar.YuiTestEvents.period;
import static jp.yui.query.calendar.YuiTestEvents.registered;
import static jp.yui.query.calendar.YuiTestEvents.secondment;
import static jp.yui.query.calendar.YuiTestEvents.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.plan.PlanProjection;
import jp.yui.query.plan.PlanQueries;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The non-member ratio read model: given events, exact figures. */
class RatioReadModelTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final RatioQueries queries = new RatioQueries(jdbc, "2025-07-01");
    private final RatioProjection projection = new RatioProjection(jdbc, queries,
            SimpleQueryUpdateEmitter.builder().build());
    /** The plan projection keeps the day ledger the ratio reads, and tells the ratio when it changed. */
    private final PlanProjection plan = new PlanProjection(jdbc, new PlanQueries(jdbc, JapaneseHolidays.shared()),
            SimpleQueryUpdateEmitter.builder().build(), List.of(projection));

    private NonMemberRatio ratio(String coop, int year) {
        return queries.find(new FindNonMemberRatio(coop, year));
    }

    private static MonthRatio month(NonMemberRatio r, String yearMonth) {
        return r.months().stream().filter(m -> m.month().equals(YearMonth.parse(yearMonth))).findFirst().orElseThrow();
    }

    private static RatioAmount hoursAndYen(long minutes, String hours, long yen) {
        return new RatioAmount(minutes, new BigDecimal(hours).setScale(2), yen);
    }

    @Test
    void aMemberJoiningMidYearCountsAsOtherBeforeAndAsMemberFromItsJoiningDay() {
        String coop = newCooperativeId("ratio-salt");
        Events.to(plan, projection).given(registered(coop), business(coop, "salt"),
                // Tuesdays and Thursdays, 6 h, 2026-09-01 .. 2027-03-31 (the demo's 製塩・袋詰め)
                dispatch(coop, "a-salt", "w1", "salt", period("2026-09-01", "2027-03-31"),
                        WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 1100),
                member(coop, "salt", day("2026-10-01")));

        NonMemberRatio r = ratio(coop, 2026);
        assertThat(r.ruleVersion()).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        assertThat(r.ruleId()).isEqualTo("R-CAP-2");
        assertThat(r.capUnit()).isEqualTo(CapUnit.HOURS);
        // September: 9 days × 6 h as other non-member use; October .. March: 52 days × 6 h as member use
        assertThat(month(r, "2026-09").projected().other()).isEqualTo(hoursAndYen(3240, "54", 59_400));
        assertThat(month(r, "2026-09").projected().member().minutes()).isZero();
        assertThat(month(r, "2026-10").projected().member()).isEqualTo(hoursAndYen(3240, "54", 59_400));
        assertThat(month(r, "2026-10").projected().other().minutes()).isZero();
        assertThat(month(r, "2026-12").projected().member().minutes()).isEqualTo(3600);
        assertThat(r.projected().member()).isEqualTo(hoursAndYen(18_720, "312", 343_200));
        assertThat(r.projected().related().minutes()).isZero();
        assertThat(r.projected().other()).isEqualTo(hoursAndYen(3240, "54", 59_400));
        assertThat(r.projected().inCapUnit().otherSharePercent()).isEqualByComparingTo("17.3");
        assertThat(r.projected().inCapUnit().nonMemberSharePercent()).isEqualByComparingTo("17.3");
        assertThat(r.projected().inCapUnit().withinCaps()).isTrue();
        assertThat(r.projected().inCapUnit().caps()).extracting(CapCheck::capPercent).containsExactly(20, 50);
        // head-room: other = min(20 % × 312 h − 54 h, 50 % × 312 h − 54 h) = 8.4 h; related = 102 h
        assertThat(r.headRoom().otherMinutes()).isEqualTo(504);
        assertThat(r.headRoom().relatedMinutes()).isEqualTo(6120);
        assertThat(r.headRoom().otherHours()).isEqualByComparingTo("8.4");
        // running shares: through September M = 0 (no share), through October 100 %, through March 17.3 %
        assertThat(month(r, "2026-09").cumulativeProjected().inCapUnit().otherSharePercent()).isNull();
        assertThat(month(r, "2026-10").cumulativeProjected().inCapUnit().otherSharePercent()).isEqualByComparingTo("100.0");
        assertThat(month(r, "2026-11").cumulativeProjected().inCapUnit().otherSharePercent()).isEqualByComparingTo("52.9");
        assertThat(month(r, "2027-03").cumulativeProjected()).isEqualTo(r.projected());
        assertThat(r.months()).hasSize(12);
        assertThat(r.actualOnly().member().minutes()).isZero();
        assertThat(r.status()).isEqualTo(YearStatus.OPEN);
    }

    @Test
    void aMemberAdmittedBeforeThePlanAndAMembershipEndingMidYear() {
        String coop = newCooperativeId("ratio-member-end");
        Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-05-11"), day("2026-05-12"), day("2026-05-13")),
                new MembershipEnded(coop, "m1", day("2026-05-12"), MembershipEndReason.EXPULSION));

        NonMemberRatio r = ratio(coop, 2026);
        assertThat(r.projected().member().minutes()).isEqualTo(960);
        assertThat(r.projected().other().minutes()).isEqualTo(480);
        assertThat(r.projected().byHours().otherSharePercent()).isEqualByComparingTo("50.0");
        assertThat(r.projected().byHours().withinCaps()).isFalse();
        assertThat(r.projected().byHours().caps()).extracting(CapCheck::holds).containsExactly(false, true);
    }

    @Test
    void aCancelledMemberAssignmentNoLongerCounts() {
        String coop = newCooperativeId("ratio-cancel");
        Events events = Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                business(coop, "hotel"),
                onDays(coop, "a-member", "w1", "m1", 480, 1000, day("2026-05-11"), day("2026-05-12")),
                onDays(coop, "a-hotel", "w2", "hotel", 120, 1000, day("2026-05-13")));
        assertThat(ratio(coop, 2026).projected().byHours().otherSharePercent()).isEqualByComparingTo("12.5");

        events.given(new AssignmentCancelled(coop, "a-member", "台風で中止"));

        NonMemberRatio r = ratio(coop, 2026);
        assertThat(r.projected().member().minutes()).isZero();
        assertThat(r.projected().other().minutes()).isEqualTo(120);
        assertThat(r.projected().byHours().otherSharePercent()).isNull();
        assertThat(r.projected().byHours().withinCaps()).isFalse();
        assertThat(r.headRoom().otherMinutes()).isZero();
        assertThat(r.headRoom().relatedMinutes()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_day where cooperative_id = ? "
                + "and assignment_id = 'a-member'", Integer.class, coop)).isZero();
    }

    @Test
    void aRescheduleReplacesTheDays() {
        String coop = newCooperativeId("ratio-resched");
        Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                dispatch(coop, "a1", "w1", "m1", period("2026-05-11", "2026-05-15"), weekdays(480), 1000),
                new AssignmentRescheduled(coop, "a1", period("2026-05-18", "2026-05-19"), weekdays(300)));

        assertThat(jdbc.queryForList("select day from plan_day where cooperative_id = ? order by day", LocalDate.class,
                coop)).containsExactly(day("2026-05-18"), day("2026-05-19"));
        assertThat(ratio(coop, 2026).projected().member()).isEqualTo(hoursAndYen(600, "10", 10_000));
    }

    @Test
    void actualHoursReplaceAPlannedMonthProjectedVersusActualOnly() {
        String coop = newCooperativeId("ratio-actual");
        Events events = Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                business(coop, "hotel"),
                // planned: April 6 .. May 1, weekdays 8 h: 19 days in April, 1 in May
                dispatch(coop, "a1", "w1", "m1", period("2026-04-06", "2026-05-01"), weekdays(480), 1000),
                onDays(coop, "a-hotel", "w2", "hotel", 180, 1500, day("2026-06-02")),
                secondment(coop, "s1", "w3", "m1", period("2026-07-01", "2026-07-31"), weekdays(480), 0),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4),
                        Map.of(day("2026-04-06"), 480, day("2026-04-07"), 420, day("2026-04-11"), 240)));

        NonMemberRatio r = ratio(coop, 2026);
        // projected: April with its actual 1,140 min, May with its planned 480 min; the secondment never counts
        assertThat(r.projected().member()).isEqualTo(hoursAndYen(1620, "27", 27_000));
        assertThat(r.projected().other()).isEqualTo(hoursAndYen(180, "3", 4_500));
        assertThat(r.projected().byHours().otherSharePercent()).isEqualByComparingTo("11.1");
        // actual-only: April's record alone
        assertThat(r.actualOnly().member()).isEqualTo(hoursAndYen(1140, "19", 19_000));
        assertThat(r.actualOnly().other().minutes()).isZero();
        assertThat(month(r, "2026-04").actualsRecorded()).isTrue();
        assertThat(month(r, "2026-04").projected().member().minutes()).isEqualTo(1140);
        assertThat(month(r, "2026-04").actualOnly().member().minutes()).isEqualTo(1140);
        assertThat(month(r, "2026-05").actualsRecorded()).isFalse();
        assertThat(month(r, "2026-05").projected().member().minutes()).isEqualTo(480);
        assertThat(month(r, "2026-05").actualOnly().member().minutes()).isZero();
        assertThat(month(r, "2026-07").projected().member().minutes()).isZero();

        events.given(new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 5), Map.of()));
        r = ratio(coop, 2026);
        assertThat(r.projected().member().minutes()).isEqualTo(1140);
        assertThat(month(r, "2026-05").actualsRecorded()).isTrue();
    }

    @Test
    void aRecordedBreachIsShown() {
        String coop = newCooperativeId("ratio-breach");
        UsageFigures figures = new UsageFigures(Usage.of(60_000, 1000), Usage.ZERO, Usage.of(12_780, 1000));
        Instant at = Instant.parse("2026-10-05T01:02:03Z");
        Events.to(plan, projection).as("manager-1").at(at).given(registered(coop),
                new NonMemberCapBreached(coop, 2026, "R-CAP-2", CapUnit.HOURS, figures,
                        "other non-member use is 213 h = 21.3 % of member use 1,000 h; the cap is 20 % — business year 2026"));

        NonMemberRatio r = ratio(coop, 2026);
        assertThat(r.breaches()).singleElement().satisfies(b -> {
            assertThat(b.occurredAt()).isEqualTo(at);
            assertThat(b.userId()).isEqualTo("manager-1");
            assertThat(b.ruleId()).isEqualTo("R-CAP-2");
            assertThat(b.unit()).isEqualTo(CapUnit.HOURS);
            assertThat(b.figures().member()).isEqualTo(hoursAndYen(60_000, "1000", 1_000_000));
            assertThat(b.figures().other()).isEqualTo(hoursAndYen(12_780, "213", 213_000));
            assertThat(b.figures().byHours().otherSharePercent()).isEqualByComparingTo("21.3");
            assertThat(b.descriptionJa()).isEqualTo(
                    "2026年度: その他の員外利用が組合員利用の 21.3 % となり、上限 20 % を超えました（R-CAP-2、派遣時間で判定）");
            assertThat(b.descriptionEn()).startsWith("other non-member use is 213 h = 21.3 %");
        });
        assertThat(ratio(coop, 2025).breaches()).isEmpty();
    }

    @Test
    void aClosedYearItsCorrectionAndTheSecondRevision() {
        String coop = newCooperativeId("ratio-close");
        UsageFigures first = new UsageFigures(Usage.of(60_000, 1000), Usage.of(3000, 1000), Usage.of(6000, 1000));
        UsageFigures corrected = new UsageFigures(Usage.of(60_000, 1000), Usage.of(3000, 1000), Usage.of(6600, 1000));
        Events events = Events.to(plan, projection).as("manager-1").at(Instant.parse("2026-04-10T00:00:00Z"))
                .given(registered(coop), new BusinessYearClosed(coop, 2025, day("2025-04-01"), day("2026-03-31"),
                        CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS, first, new BigDecimal("10.0"),
                        new BigDecimal("15.0"), true, 1));
        assertThat(ratio(coop, 2025).status()).isEqualTo(YearStatus.CLOSED);

        events.at(Instant.parse("2026-05-01T00:00:00Z"))
                .given(new BusinessYearReopenedForCorrection(coop, 2025, "3月分の実績の計上漏れ"));
        assertThat(ratio(coop, 2025).status()).isEqualTo(YearStatus.REOPENED_FOR_CORRECTION);

        events.at(Instant.parse("2026-05-02T00:00:00Z")).given(new BusinessYearClosed(coop, 2025, day("2025-04-01"),
                day("2026-03-31"), CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS, corrected, new BigDecimal("11.0"),
                new BigDecimal("16.0"), true, 2));

        NonMemberRatio r = ratio(coop, 2025);
        assertThat(r.status()).isEqualTo(YearStatus.CLOSED);
        assertThat(r.closes()).extracting(ClosedYear::revision).containsExactly(1, 2);
        ClosedYear last = r.closes().get(1);
        assertThat(last.closedAt()).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(last.closedBy()).isEqualTo("manager-1");
        assertThat(last.figures().other()).isEqualTo(hoursAndYen(6600, "110", 110_000));
        assertThat(last.otherSharePercent()).isEqualByComparingTo("11.0");
        assertThat(last.nonMemberSharePercent()).isEqualByComparingTo("16.0");
        assertThat(last.withinCaps()).isTrue();
        assertThat(last.ruleVersion()).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        assertThat(r.reopenings()).containsExactly(new Reopening(Instant.parse("2026-05-01T00:00:00Z"), "manager-1", 1,
                "3月分の実績の計上漏れ"));
        assertThat(ratio(coop, 2026).status()).isEqualTo(YearStatus.OPEN);
    }

    @Test
    void feesAsTheCapUnit() {
        String coop = newCooperativeId("ratio-fees");
        Events.to(plan, projection).given(registered(coop, CapUnit.FEES, OvertimeAgreement.standard()),
                member(coop, "m1", day("2021-06-01")), business(coop, "hotel"),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-04-06")),
                onDays(coop, "a2", "w2", "hotel", 60, 6000, day("2026-04-07")));

        NonMemberRatio r = ratio(coop, 2026);
        assertThat(r.capUnit()).isEqualTo(CapUnit.FEES);
        assertThat(r.projected().member()).isEqualTo(hoursAndYen(480, "8", 8000));
        assertThat(r.projected().other()).isEqualTo(hoursAndYen(60, "1", 6000));
        // 1 h of 8 h = 12.5 % by hours; ¥6,000 of ¥8,000 = 75 % by fees, which is the unit that counts
        assertThat(r.projected().byHours().otherSharePercent()).isEqualByComparingTo("12.5");
        assertThat(r.projected().byHours().withinCaps()).isTrue();
        assertThat(r.projected().byFees().otherSharePercent()).isEqualByComparingTo("75.0");
        assertThat(r.projected().inCapUnit()).isEqualTo(r.projected().byFees());
        assertThat(r.projected().inCapUnit().withinCaps()).isFalse();
        assertThat(r.headRoom().unit()).isEqualTo(CapUnit.FEES);
        assertThat(r.headRoom().otherMinutes()).isEqualTo(36);
        assertThat(r.headRoom().relatedMinutes()).isEqualTo(180);
        assertThat(r.headRoom().otherFeesYen()).isZero();
        assertThat(r.headRoom().relatedFeesYen()).isZero();
    }

    @Test
    void headRoomUnderBothLawVersions() {
        String coop = newCooperativeId("ratio-law");
        List<Object> given = new ArrayList<>(List.of(registered(coop), member(coop, "m1", day("2021-06-01")),
                business(coop, "hotel"), municipality(coop, "town", AMA)));
        for (int year : new int[] {2024, 2026}) {
            LocalDate monday = LocalDate.of(year, 5, 13).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            given.add(dispatch(coop, "m-" + year, "w1", "m1", new jp.yui.command.api.Period(monday, monday.plusDays(11)),
                    weekdays(600), 1000));
            given.add(onDays(coop, "t-" + year, "w1", "town", 600, 1000, LocalDate.of(year, 6, 3)));
            given.add(onDays(coop, "h-" + year, "w1", "hotel", 300, 1000, LocalDate.of(year, 6, 4)));
        }
        Events.to(plan, projection).given(given.toArray());

        // M = 10 days × 10 h = 6,000 min, R = 600 min, O = 300 min in both years
        NonMemberRatio before = ratio(coop, 2024);
        assertThat(before.ruleVersion()).isEqualTo(CapRuleVersion.SINGLE_20_PERCENT);
        assertThat(before.ruleId()).isEqualTo("R-CAP-1");
        assertThat(before.projected().member().minutes()).isEqualTo(6000);
        assertThat(before.projected().byHours().otherSharePercent()).isEqualByComparingTo("5.0");
        assertThat(before.projected().byHours().nonMemberSharePercent()).isEqualByComparingTo("15.0");
        assertThat(before.projected().byHours().caps()).singleElement()
                .isEqualTo(new CapCheck("R-CAP-1", true, 20, new BigDecimal("15.0"), true,
                        "員外利用（その他の員外＋関係市町村等） ≦ 組合員利用の 20 %", "non-member use (O + R) ≤ 20 % of member use"));
        // former law: both = 20 % × 6,000 − 900 = 300 min; fees the same at ¥1,000/h: ¥5,000
        assertThat(before.headRoom()).isEqualTo(new HeadRoom(CapUnit.HOURS, 300, new BigDecimal("5.00"), 300,
                new BigDecimal("5.00"), 5000, 5000));

        NonMemberRatio after = ratio(coop, 2026);
        assertThat(after.ruleVersion()).isEqualTo(CapRuleVersion.NESTED_20_50_PERCENT);
        // amended law: related = 50 % × 6,000 − 900 = 2,100; other = min(20 % × 6,000 − 300, 2,100) = 900
        assertThat(after.headRoom()).isEqualTo(new HeadRoom(CapUnit.HOURS, 2100, new BigDecimal("35.00"), 900,
                new BigDecimal("15.00"), 35_000, 15_000));

        // with the commencement configured later, business year 2026 is still judged by the former law
        NonMemberRatio later = new RatioQueries(jdbc, "2027-04-01").find(new FindNonMemberRatio(coop, 2026));
        assertThat(later.ruleVersion()).isEqualTo(CapRuleVersion.SINGLE_20_PERCENT);
        assertThat(later.amendmentCommencement()).isEqualTo(day("2027-04-01"));
        assertThat(later.headRoom().otherMinutes()).isEqualTo(300);
        assertThat(later.headRoom().relatedMinutes()).isEqualTo(300);
    }

    @Test
    void aDistrictChangeReclassifiesTheMunicipalityFromItsEffectiveDay() {
        String coop = newCooperativeId("ratio-district");
        Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                municipality(coop, "town", AMA),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-04-06"), day("2026-04-07"), day("2026-04-08"),
                        day("2026-04-09"), day("2026-04-10")),
                onDays(coop, "a2", "w1", "town", 120, 1000, day("2026-09-15"), day("2026-10-15")),
                new DistrictChangeCertified(coop, Set.of(NISHINOSHIMA), day("2026-10-01")));

        NonMemberRatio r = ratio(coop, 2026);
        assertThat(month(r, "2026-09").projected().related().minutes()).isEqualTo(120);
        assertThat(month(r, "2026-10").projected().related().minutes()).isZero();
        assertThat(month(r, "2026-10").projected().other().minutes()).isEqualTo(120);
        assertThat(r.projected().byHours().otherSharePercent()).isEqualByComparingTo("5.0");
        assertThat(r.projected().byHours().nonMemberSharePercent()).isEqualByComparingTo("10.0");
    }

    @Test
    void ratiosOfSeveralCooperatives() {
        String a = newCooperativeId("ratio-many-a");
        String b = newCooperativeId("ratio-many-b");
        Events.to(plan, projection).given(registered(a), member(a, "m1", day("2021-06-01")),
                onDays(a, "a1", "w1", "m1", 480, 1000, day("2026-04-06")), registered(b));

        CooperativeRatios ratios = queries.find(new FindRatiosOfCooperatives(Set.of(b, a, "unknown"), 2026));
        assertThat(ratios.businessYear()).isEqualTo(2026);
        assertThat(ratios.cooperatives()).extracting(NonMemberRatio::cooperativeId).containsExactly(a, b);
        assertThat(ratios.cooperatives().get(0).projected().member().minutes()).isEqualTo(480);
        assertThat(ratios.cooperatives().get(1).projected().member().minutes()).isZero();
        assertThat(ratio("unknown", 2026)).isNull();
    }

    @Test
    void aBusinessYearStartingInJanuaryCountsTheDaysOfItsOwnMonthsOnly() {
        // RULES.md: the business year starts in the month the articles say; the ratio of a year counts the plan's days
        // of that year's twelve months (read by date), whatever the assignment spans
        String coop = newCooperativeId("ratio-calendar-year");
        Events.to(plan, projection).given(new jp.yui.command.api.CooperativeRegistered(coop, "暦年組合 " + coop, "32",
                        Set.of(AMA), 1, CapUnit.HOURS, DayOfWeek.SUNDAY, OvertimeAgreement.standard()),
                member(coop, "m1", day("2021-06-01")),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-12-28"), day("2026-12-29"), day("2027-01-04"),
                        day("2027-01-05"), day("2027-01-06")));

        NonMemberRatio y2026 = ratio(coop, 2026);
        NonMemberRatio y2027 = ratio(coop, 2027);
        assertThat(y2026.months()).extracting(MonthRatio::month)
                .startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
        assertThat(y2026.projected().member().minutes()).isEqualTo(2 * 480);
        assertThat(y2027.projected().member().minutes()).isEqualTo(3 * 480);
        assertThat(month(y2027, "2027-01").projected().member().minutes()).isEqualTo(3 * 480);
    }

    @Test
    void everyEventHandledTwiceLeavesTheSameRows() {
        String coop = newCooperativeId("ratio-twice");
        Events events = Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                business(coop, "salt"), municipality(coop, "town", AMA),
                dispatch(coop, "a-salt", "w1", "salt", period("2026-09-01", "2027-03-31"),
                        WorkPattern.weekly(360, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 1100),
                dispatch(coop, "a1", "w2", "m1", period("2026-04-06", "2026-05-01"), weekdays(480), 1000),
                onDays(coop, "a-town", "w2", "town", 120, 1000, day("2026-09-15"), day("2026-10-15")),
                new ActualHoursRecorded(coop, "a1", YearMonth.of(2026, 4), Map.of(day("2026-04-06"), 480)),
                new AssignmentRescheduled(coop, "a1", period("2026-04-06", "2026-05-12"), weekdays(300)),
                member(coop, "salt", day("2026-10-01")),
                new DistrictChangeCertified(coop, Set.of(NISHINOSHIMA), day("2026-10-01")),
                new NonMemberCapBreached(coop, 2026, "R-CAP-2", CapUnit.HOURS, UsageFigures.ZERO, "x"),
                new BusinessYearClosed(coop, 2025, day("2025-04-01"), day("2026-03-31"),
                        CapRuleVersion.NESTED_20_50_PERCENT, CapUnit.HOURS, UsageFigures.ZERO, null, null, true, 1),
                new BusinessYearReopenedForCorrection(coop, 2025, "訂正"));
        Map<String, List<Map<String, Object>>> before = dump(coop);
        NonMemberRatio ratioBefore = ratio(coop, 2026);

        events.again(events.handled());

        assertThat(dump(coop)).isEqualTo(before);
        assertThat(ratio(coop, 2026)).isEqualTo(ratioBefore);
        assertThat(before.get("plan_day")).hasSize(61 + 2 + 19 + 8);
        assertThat(before.get("ratio_breach")).hasSize(1);
    }

    @Test
    void theResetHandlerEmptiesEveryRatioTable() {
        String coop = newCooperativeId("ratio-reset");
        Events.to(plan, projection).given(registered(coop), member(coop, "m1", day("2021-06-01")),
                onDays(coop, "a1", "w1", "m1", 480, 1000, day("2026-05-11")),
                new NonMemberCapBreached(coop, 2026, "R-CAP-2", CapUnit.HOURS, UsageFigures.ZERO, "x"));

        projection.reset();

        for (String table : RatioProjection.TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename like 'ratio\\_%'", String.class)).containsExactlyInAnyOrderElementsOf(RatioProjection.TABLES);
        assertThat(ratio(coop, 2026)).isNull();
    }

    private Map<String, List<Map<String, Object>>> dump(String coop) {
        List<String> tables = new ArrayList<>(RatioProjection.TABLES);
        tables.addAll(jp.yui.query.plan.PlanTables.WITH_DAYS); // the day ledger the ratio counts
        return jp.yui.query.plan.PlanTables.dump(jdbc, coop, tables);
    }
}
