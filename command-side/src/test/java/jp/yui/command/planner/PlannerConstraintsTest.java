package jp.yui.command.planner;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.WorkCategory;
import org.junit.jupiter.api.Test;

/** One test per constraint of {@link PlannerConstraints}, hard and soft, with exact penalties. */
class PlannerConstraintsTest {

    private final ConstraintVerifier<PlannerConstraints, PlannerSolution> verifier =
            ConstraintVerifier.build(new PlannerConstraints(), PlannerSolution.class, JobSlot.class);

    static final LocalDate SUN = LocalDate.of(2026, 6, 7);
    static final LocalDate MON = SUN.plusDays(1);
    static final PlannerSettings STANDARD = new PlannerSettings(2026, DayOfWeek.SUNDAY, 480, 2400, true, null);

    static PlannerJob job(String id, String client, int minutes, int headcount, Set<String> skills) {
        return new PlannerJob(id, client, client, "作業", WorkCategory.GENERAL, "325252", 36.09, 133.10, minutes,
                headcount, skills, 1000, MON, ClientClass.MEMBER);
    }

    static JobSlot slot(PlannerJob job, PlannerWorker w, ClientClass c, LocalDate... days) {
        JobSlot s = new JobSlot(job.id() + "/" + days[0] + "/" + (w == null ? "-" : w.id()), job, SUN, 0,
                List.of(days), c, (long) days.length * job.minutesPerDay());
        s.setWorker(w);
        return s;
    }

    static PlannerWorker worker(String id) {
        return PlannerWorker.simple(id, Set.of("漁業"), 36.09, 133.10);
    }

    static PlannerWorker workerWithLoad(String id, LocalDate day, int minutes) {
        return new PlannerWorker(id, id, null, Set.of(), 36.09, 133.10, (c, d) -> true, Map.of(day, minutes),
                Map.of(SUN, minutes), Set.of("old"), minutes);
    }

    @Test
    void dispatchable() {
        PlannerWorker barred = new PlannerWorker("w", "w", null, Set.of(), 36.09, 133.10,
                (c, d) -> !c.equals("inn") || d.isAfter(MON), Map.of(), Map.of(), Set.of(), 0);
        PlannerJob inn = job("j", "inn", 480, 1, Set.of());
        verifier.verifyThat(PlannerConstraints::dispatchable)
                .given(slot(inn, barred, ClientClass.MEMBER, MON, MON.plusDays(1)))
                .penalizesBy(16);
        verifier.verifyThat(PlannerConstraints::dispatchable)
                .given(slot(inn, barred, ClientClass.MEMBER, MON.plusDays(1)))
                .penalizesBy(0);
    }

    @Test
    void skills() {
        PlannerJob boat = job("j", "boat", 360, 1, Set.of("小型船舶"));
        verifier.verifyThat(PlannerConstraints::skills).given(slot(boat, worker("w"), ClientClass.MEMBER, MON))
                .penalizesBy(6);
        PlannerJob fish = job("k", "setnet", 360, 1, Set.of("漁業"));
        verifier.verifyThat(PlannerConstraints::skills).given(slot(fish, worker("w"), ClientClass.MEMBER, MON))
                .penalizesBy(0);
    }

    @Test
    void oneSeat() {
        PlannerJob j = job("j", "c", 240, 2, Set.of());
        PlannerWorker w = worker("w");
        JobSlot a = slot(j, w, ClientClass.MEMBER, MON);
        JobSlot b = new JobSlot("b", j, SUN, 1, List.of(MON), ClientClass.MEMBER, 240);
        b.setWorker(w);
        verifier.verifyThat(PlannerConstraints::oneSeat).given(a, b).penalizesBy(4);
    }

    @Test
    void dailyHours() {
        PlannerWorker w = workerWithLoad("w", MON, 300);
        PlannerJob j = job("j", "c", 240, 1, Set.of());
        // 300 recorded + 240 proposed = 540 > 480: 60 minutes over = 1 h
        verifier.verifyThat(PlannerConstraints::dailyHours).given(STANDARD, slot(j, w, ClientClass.MEMBER, MON))
                .penalizesBy(1);
        verifier.verifyThat(PlannerConstraints::dailyHours)
                .given(STANDARD, slot(j, worker("v"), ClientClass.MEMBER, MON), slot(job("k", "d", 240, 1, Set.of()),
                        worker("v"), ClientClass.MEMBER, MON))
                .penalizesBy(0);
    }

    @Test
    void weeklyHours() {
        PlannerWorker w = worker("w");
        PlannerJob j = job("j", "c", 480, 1, Set.of());
        PlannerJob k = job("k", "d", 480, 1, Set.of());
        JobSlot five = slot(j, w, ClientClass.MEMBER, MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3),
                MON.plusDays(4));
        JobSlot sat = slot(k, w, ClientClass.MEMBER, MON.plusDays(5));
        verifier.verifyThat(PlannerConstraints::weeklyHours).given(STANDARD, five, sat).penalizesBy(8);
        verifier.verifyThat(PlannerConstraints::weeklyHours).given(STANDARD, five).penalizesBy(0);
        PlannerSettings overtimeAllowed = new PlannerSettings(2026, DayOfWeek.SUNDAY, 600, 2400, false, (x, y) -> false);
        verifier.verifyThat(PlannerConstraints::weeklyHours).given(overtimeAllowed, five, sat).penalizesBy(0);
    }

    @Test
    void overtime() {
        PlannerWorker w = worker("w");
        PlannerJob j = job("j", "c", 600, 1, Set.of());
        PlannerSettings judgeSaysTooMuch = new PlannerSettings(2026, DayOfWeek.SUNDAY, 600, 2400, false,
                (id, added) -> added.values().stream().mapToInt(Integer::intValue).sum() > 600);
        verifier.verifyThat(PlannerConstraints::overtime)
                .given(judgeSaysTooMuch, slot(j, w, ClientClass.MEMBER, MON, MON.plusDays(1))).penalizesBy(10);
        verifier.verifyThat(PlannerConstraints::overtime)
                .given(judgeSaysTooMuch, slot(j, w, ClientClass.MEMBER, MON)).penalizesBy(0);
        verifier.verifyThat(PlannerConstraints::overtime)
                .given(STANDARD, slot(j, w, ClientClass.MEMBER, MON, MON.plusDays(1))).penalizesBy(0);
    }

    @Test
    void caps() {
        // after the amendment: O <= 20 % M and O + R <= 50 % M; recorded M = 1,000 h, O = 150 h
        CapFacts facts = new CapFacts(CapUnit.HOURS, 60_000, 0, 9_000,
                List.of(new CapFacts.Cap("R-CAP-2", false, 20), new CapFacts.Cap("R-CAP-2", true, 50)));
        PlannerJob other = job("o", "hotel", 480, 1, Set.of());
        // 8 days x 8 h = 64 h more O: 214 h > 200 h: 14 h over
        JobSlot o = new JobSlot("o1", other, SUN, 0, List.of(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3),
                MON.plusDays(4), MON.plusDays(7), MON.plusDays(8), MON.plusDays(9)), ClientClass.OTHER_NON_MEMBER,
                8 * 480);
        o.setWorker(worker("w"));
        verifier.verifyThat(PlannerConstraints::caps).given(facts, o).penalizesBy(14);
        // the same with 100 h more member use: M = 1,100 h, cap 220 h: fine
        JobSlot m = new JobSlot("m1", job("m", "setnet", 480, 1, Set.of()), SUN, 0, List.of(MON), ClientClass.MEMBER,
                6_000);
        m.setWorker(worker("v"));
        verifier.verifyThat(PlannerConstraints::caps).given(facts, o, m).penalizesBy(0);
    }

    @Test
    void coverage() {
        PlannerJob j = job("j", "c", 480, 1, Set.of());
        verifier.verifyThat(PlannerConstraints::coverage)
                .given(slot(j, null, ClientClass.MEMBER, MON), slot(j, null, ClientClass.RELATED_MUNICIPALITY,
                        MON.plusDays(1)), slot(j, null, ClientClass.OTHER_NON_MEMBER, MON.plusDays(2)),
                        slot(j, worker("w"), ClientClass.MEMBER, MON.plusDays(3)))
                .penalizesBy(480 * 4 + 480 * 2 + 480);
    }

    @Test
    void twoClients() {
        PlannerWorker w = worker("w");
        verifier.verifyThat(PlannerConstraints::twoClients)
                .given(slot(job("j", "a", 480, 1, Set.of()), w, ClientClass.MEMBER, MON),
                        slot(job("k", "a", 480, 1, Set.of()), w, ClientClass.MEMBER, MON.plusDays(1)))
                .penalizesBy(1);
        verifier.verifyThat(PlannerConstraints::twoClients)
                .given(slot(job("j", "a", 480, 1, Set.of()), w, ClientClass.MEMBER, MON),
                        slot(job("k", "b", 480, 1, Set.of()), w, ClientClass.MEMBER, MON.plusDays(1)))
                .penalizesBy(0);
        // a recorded assignment with another client counts
        verifier.verifyThat(PlannerConstraints::twoClients)
                .given(slot(job("j", "a", 240, 1, Set.of()), workerWithLoad("x", MON, 60), ClientClass.MEMBER, MON))
                .penalizesBy(0);
    }

    @Test
    void continuity() {
        PlannerJob j = job("j", "a", 480, 1, Set.of());
        JobSlot week1 = slot(j, worker("w"), ClientClass.MEMBER, MON);
        JobSlot week2 = new JobSlot("j2", j, SUN.plusDays(7), 0, List.of(MON.plusDays(7)), ClientClass.MEMBER, 480);
        week2.setWorker(worker("v"));
        verifier.verifyThat(PlannerConstraints::continuity).given(week1, week2).penalizesBy(1);
        week2.setWorker(worker("w"));
        verifier.verifyThat(PlannerConstraints::continuity).given(week1, week2).penalizesBy(0);
    }

    @Test
    void idleDays() {
        PlannerWorker w = worker("w");
        // Monday and Thursday of one week: Tuesday and Wednesday are idle; two jobs on the same day count once
        verifier.verifyThat(PlannerConstraints::idleDays)
                .given(slot(job("j", "a", 240, 1, Set.of()), w, ClientClass.MEMBER, MON, MON.plusDays(3)),
                        slot(job("k", "b", 240, 1, Set.of()), w, ClientClass.MEMBER, MON))
                .penalizesBy(2);
        // a weekend day in between is no idle working day; a recorded working day is not idle either
        verifier.verifyThat(PlannerConstraints::idleDays)
                .given(slot(job("j", "a", 120, 1, Set.of()), workerWithLoad("x", MON.plusDays(5), 60),
                        ClientClass.MEMBER, MON.plusDays(4), MON.plusDays(7)))
                .penalizesBy(0);
    }

    @Test
    void fairness() {
        PlannerWorker w = worker("w");
        // 10 days x 6 h = 60 h: 3600 / 100 = 36
        List<LocalDate> days = MON.datesUntil(MON.plusDays(10)).toList();
        JobSlot s = new JobSlot("s", job("j", "a", 360, 1, Set.of()), SUN, 0, days, ClientClass.MEMBER, 3600);
        s.setWorker(w);
        verifier.verifyThat(PlannerConstraints::fairness).given(s).penalizesBy(36);
    }

    @Test
    void travel() {
        PlannerWorker farAway = PlannerWorker.simple("w", Set.of(), 36.09, 133.20); // about 9 km east
        PlannerJob j = job("j", "a", 480, 1, Set.of());
        verifier.verifyThat(PlannerConstraints::travel).given(slot(j, farAway, ClientClass.MEMBER, MON, MON.plusDays(1)))
                .penalizesBy(2 * j.travelKm(farAway));
        verifier.verifyThat(PlannerConstraints::travel).given(slot(j, worker("v"), ClientClass.MEMBER, MON))
                .penalizesBy(0);
    }
}
