package jp.yui.command.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import org.junit.jupiter.api.Test;

/**
 * The cap checks take a year's figures "before" a command from the aggregate's kept sums ({@code yearFigures}) instead
 * of summing every assignment again. Whatever happens in between — assignments planned, rescheduled, cancelled, actual
 * months recorded, members admitted and leaving, non-members registered, the district changed — the kept figures of
 * every year asked for must equal a fresh sum over the state at that moment. Random event sequences, asked at random
 * points (so some years are kept across many events and others are summed late). The same for the index of
 * assignments by worker that the working-time checks read.
 */
class YearFiguresKeptTest {

    static final String COOP = "coop-1";
    static final DayOfWeek[] DAYS = DayOfWeek.values();

    @Test
    void keptYearFiguresEqualAFreshSumAfterEveryEvent() {
        Random r = new Random(20261207L);
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            int startMonth = r.nextBoolean() ? 4 : 1;
            Cooperative c = new Cooperative();
            c.on(new CooperativeRegistered(COOP, "結", "32", Set.of("325252"), startMonth, CapUnit.HOURS,
                    DayOfWeek.SUNDAY, OvertimeAgreement.standard()));
            List<String> clients = new ArrayList<>();
            List<String> assignments = new ArrayList<>();
            Map<String, Period> periods = new HashMap<>();
            Map<String, LocalDate> open = new java.util.TreeMap<>(); // members with a membership not ended: joined on
            Map<String, LocalDate> ended = new HashMap<>(); // their last membership's last day
            for (int step = 0; step < 150; step++) {
                int kind = r.nextInt(20);
                if (kind == 0 || clients.isEmpty()) {
                    // a new member, or a business that already has days (a non-member joining, a member rejoining)
                    List<String> businesses = clients.stream().filter(x -> !x.startsWith("city")).toList();
                    String id = businesses.isEmpty() || r.nextBoolean() ? "m" + clients.size()
                            : businesses.get(r.nextInt(businesses.size()));
                    if (!open.containsKey(id)) {
                        LocalDate joined = day(r);
                        if (ended.containsKey(id) && !joined.isAfter(ended.get(id))) {
                            joined = ended.get(id).plusDays(1 + r.nextInt(90));
                        }
                        c.on(new MemberAdmitted(COOP, id, id, "農業", joined));
                        open.put(id, joined);
                        if (!clients.contains(id)) {
                            clients.add(id);
                        }
                    }
                } else if (kind == 1) {
                    boolean city = r.nextBoolean();
                    String id = (city ? "city" : "n") + clients.size();
                    c.on(new NonMemberClientRegistered(COOP, id, id,
                            city ? ClientKind.MUNICIPALITY : ClientKind.BUSINESS, city ? "325252" : null));
                    clients.add(id);
                } else if (kind == 2) {
                    if (!open.isEmpty()) {
                        List<String> members = new ArrayList<>(open.keySet());
                        String member = members.get(r.nextInt(members.size()));
                        LocalDate last = open.remove(member).plusDays(r.nextInt(400));
                        c.on(new MembershipEnded(COOP, member, last, MembershipEndReason.VOLUNTARY_WITHDRAWAL));
                        ended.put(member, last);
                    }
                } else if (kind == 3) {
                    c.on(new DistrictChangeCertified(COOP, r.nextBoolean() ? Set.of("325261") : Set.of("325252"),
                            day(r)));
                } else if (kind < 11 || assignments.isEmpty()) {
                    String id = "a" + assignments.size();
                    Period p = period(r);
                    c.on(new AssignmentPlanned(COOP, id, r.nextInt(5) == 0 ? AssignmentKind.SECONDMENT
                            : AssignmentKind.DISPATCH, "w" + r.nextInt(3), clients.get(r.nextInt(clients.size())),
                            "作業", WorkCategory.GENERAL, null, "325252", p, pattern(r), 800 + r.nextInt(1500)));
                    assignments.add(id);
                    periods.put(id, p);
                } else {
                    String id = assignments.get(r.nextInt(assignments.size()));
                    int what = r.nextInt(4);
                    if (what == 0) {
                        Period p = period(r);
                        c.on(new AssignmentRescheduled(COOP, id, p, pattern(r)));
                        periods.put(id, p);
                    } else if (what == 1) {
                        c.on(new AssignmentCancelled(COOP, id, "取消"));
                    } else {
                        YearMonth month = YearMonth.from(periods.get(id).from().plusDays(r.nextInt(60)));
                        Map<LocalDate, Integer> minutes = new HashMap<>();
                        for (int k = 0; k < 6; k++) {
                            minutes.put(month.atDay(1 + r.nextInt(month.lengthOfMonth())), 30 * r.nextInt(17));
                        }
                        c.on(new ActualHoursRecorded(COOP, id, month, minutes));
                    }
                }
                if (r.nextInt(3) == 0) {
                    BusinessYear y = new BusinessYear(2024 + r.nextInt(4), startMonth);
                    assertThat(c.yearFigures(y)).as("round %d step %d year %s", round, step, y)
                            .isEqualTo(summedAgain(c, y));
                    compared++;
                    String worker = "w" + r.nextInt(3);
                    assertThat(Set.copyOf(c.assignmentsOf(worker))).isEqualTo(Set.copyOf(
                            c.plannerAssignments().values().stream().filter(a -> a.workerId().equals(worker)).toList()));
                }
            }
            for (int year = 2023; year <= 2028; year++) {
                BusinessYear y = new BusinessYear(year, startMonth);
                assertThat(c.yearFigures(y)).isEqualTo(summedAgain(c, y));
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** The year's figures summed again over every assignment of the state (what the kept ones must equal). */
    private static UsageFigures summedAgain(Cooperative c, BusinessYear y) {
        return ProjectedYear.figures(y, c.plannerAssignments().values(), c.plannerClassifier());
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1500));
    }

    private static Period period(Random r) {
        LocalDate from = day(r);
        return new Period(from, from.plusDays(r.nextInt(r.nextBoolean() ? 14 : 400)));
    }

    private static WorkPattern pattern(Random r) {
        return WorkPattern.weekly(60 * (1 + r.nextInt(8)), DAYS[r.nextInt(7)], DAYS[r.nextInt(7)], DayOfWeek.FRIDAY);
    }
}
