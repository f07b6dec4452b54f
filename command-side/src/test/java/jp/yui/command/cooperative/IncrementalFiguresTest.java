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
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import org.junit.jupiter.api.Test;

/**
 * The assignment checks compute the state after a change from the state before it ({@link WorkerDays#replacing},
 * {@link ProjectedYear#replacing}) instead of summing every assignment again: on random cooperatives (members joining
 * and leaving mid-year, a district change, dispatches and secondments, cancelled ones, recorded actual months), the
 * result must equal the sums over the changed set — for a new assignment and for a rescheduled one.
 */
class IncrementalFiguresTest {

    static final DayOfWeek[] DAYS = DayOfWeek.values();

    @Test
    void figuresAndWorkerDaysAfterAChangeEqualThoseSummedAgain() {
        Random r = new Random(20261207);
        for (int round = 0; round < 300; round++) {
            Map<String, ClientState> clients = new HashMap<>();
            clients.put("m1", new ClientState("m1", "m1", ClientKind.BUSINESS, null,
                    List.of(new Membership(LocalDate.of(2025, 4, 1).plusDays(r.nextInt(400)),
                            r.nextBoolean() ? null : LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300))))));
            clients.put("b1", new ClientState("b1", "b1", ClientKind.BUSINESS, null, List.of()));
            clients.put("city", new ClientState("city", "city", ClientKind.MUNICIPALITY, "325252", List.of()));
            List<DistrictVersion> districts = List.of(new DistrictVersion(null, Set.of("325252")),
                    new DistrictVersion(LocalDate.of(2025, 10, 1).plusDays(r.nextInt(300)), Set.of("325261")));
            ClientClassifier classifier = new ClientClassifier(clients, districts);
            List<String> clientIds = List.of("m1", "b1", "city");

            Map<String, AssignmentState> all = new HashMap<>();
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                AssignmentState a = random(r, "a" + i, "w" + r.nextInt(3), clientIds.get(r.nextInt(3)));
                all.put(a.id(), a);
            }
            AssignmentState old = null;
            AssignmentState candidate;
            List<AssignmentState> active = all.values().stream().filter(a -> !a.cancelled()).toList();
            if (!active.isEmpty() && r.nextBoolean()) {
                old = active.get(r.nextInt(active.size()));
                AssignmentState moved = random(r, old.id(), old.workerId(), old.clientId());
                candidate = old.rescheduled(moved.period(), moved.pattern());
            } else {
                candidate = random(r, "new", "w" + r.nextInt(3), clientIds.get(r.nextInt(3)));
                if (candidate.cancelled()) {
                    candidate = new AssignmentState(candidate.id(), candidate.kind(), candidate.workerId(),
                            candidate.clientId(), candidate.work(), candidate.category(), null, candidate.workplace(),
                            candidate.period(), candidate.pattern(), candidate.feePerHourYen(), false,
                            candidate.actuals());
                }
            }
            Map<String, AssignmentState> after = new HashMap<>(all);
            after.put(candidate.id(), candidate);

            Period affected = old == null ? candidate.period() : union(old.period(), candidate.period());
            String worker = candidate.workerId();
            List<AssignmentState> mine = all.values().stream().filter(a -> a.workerId().equals(worker)).toList();
            List<AssignmentState> mineAfter = after.values().stream().filter(a -> a.workerId().equals(worker)).toList();
            WorkerDays before = WorkerDays.of(mine, affected, 4, DayOfWeek.SUNDAY);
            assertThat(before.replacing(old, candidate).minutes())
                    .isEqualTo(WorkerDays.of(mineAfter, affected, 4, DayOfWeek.SUNDAY).minutes());

            for (int startYear = 2024; startYear <= 2028; startYear++) {
                BusinessYear y = new BusinessYear(startYear, 4);
                UsageFigures figuresBefore = ProjectedYear.figures(y, all.values(), classifier);
                assertThat(ProjectedYear.replacing(figuresBefore, y, old, candidate, classifier))
                        .isEqualTo(ProjectedYear.figures(y, after.values(), classifier));
            }
        }
    }

    private static AssignmentState random(Random r, String id, String worker, String client) {
        LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(900));
        Period period = new Period(from, from.plusDays(r.nextInt(r.nextBoolean() ? 10 : 500)));
        WorkPattern pattern = WorkPattern.weekly(60 * (1 + r.nextInt(10)), DAYS[r.nextInt(7)], DAYS[r.nextInt(7)],
                DayOfWeek.WEDNESDAY);
        Map<YearMonth, Map<LocalDate, Integer>> actuals = new HashMap<>();
        if (r.nextInt(3) == 0) {
            YearMonth month = YearMonth.from(period.from().plusDays(r.nextInt(30)));
            Map<LocalDate, Integer> days = new HashMap<>();
            List<LocalDate> candidates = new ArrayList<>();
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                candidates.add(d);
            }
            for (int k = 0; k < 5; k++) {
                days.put(candidates.get(r.nextInt(candidates.size())), 30 * r.nextInt(20));
            }
            actuals.put(month, days);
        }
        AssignmentKind kind = r.nextInt(4) == 0 ? AssignmentKind.SECONDMENT : AssignmentKind.DISPATCH;
        return new AssignmentState(id, kind, worker, client, "作業", WorkCategory.GENERAL, null, "325252", period,
                pattern, 500 + r.nextInt(2000), r.nextInt(6) == 0, actuals);
    }

    private static Period union(Period a, Period b) {
        return new Period(a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to());
    }
}
