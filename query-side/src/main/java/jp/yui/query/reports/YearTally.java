package jp.yui.query.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.Period;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;

/**
 * One pass over the days of a business year, exactly as the aggregate projects a year (ProjectedYear, R-CAP-4): for
 * every DISPATCH assignment that is not cancelled, every day of its period inside the year counts with its effective
 * minutes (the actual ones when the month has recorded results, else the planned ones) under the client's class on
 * that day. Fees are exact fee-minutes (minutes × yen per hour). Secondments are tallied apart.
 */
final class YearTally {

    /** A running sum with the distinct workers and clients behind it. */
    static final class Acc {
        long minutes;
        long feeMinutes;
        final Set<String> workers = new TreeSet<>();
        final Set<String> clients = new TreeSet<>();
        final Map<String, Set<LocalDate>> workerDays = new HashMap<>();
        final Set<YearMonth> actualMonths = new TreeSet<>();
        final Set<YearMonth> plannedMonths = new TreeSet<>();
        LocalDate first;
        LocalDate last;

        void add(CooperativeFacts.Assignment a, LocalDate day, int m, boolean actual) {
            minutes += m;
            feeMinutes += (long) m * a.feePerHourYen();
            workers.add(a.workerId());
            clients.add(a.clientId());
            workerDays.computeIfAbsent(a.workerId(), k -> new TreeSet<>()).add(day);
            (actual ? actualMonths : plannedMonths).add(YearMonth.from(day));
            if (first == null || day.isBefore(first)) {
                first = day;
            }
            if (last == null || day.isAfter(last)) {
                last = day;
            }
        }

        UsageAmount usage() {
            return UsageAmount.of(minutes, feeMinutes);
        }

        Usage asUsage() {
            return new Usage(minutes, feeMinutes);
        }

        long personDays() {
            return workerDays.values().stream().mapToLong(Set::size).sum();
        }
    }

    /** Key of a client row: a client in one class. */
    record ClientKey(String clientId, ClientClass clientClass) {
    }

    final BusinessYear year;
    final Acc total = new Acc();
    final Map<ClientClass, Acc> byClass = new EnumMap<>(ClientClass.class);
    final Map<ClientKey, Acc> byClient = new LinkedHashMap<>();
    final Map<String, Acc> byWork = new TreeMap<>();
    final Map<YearMonth, Map<ClientClass, Acc>> byMonth = new TreeMap<>();
    final Map<YearMonth, int[]> monthAssignments = new TreeMap<>(); // [with actuals, planned]
    final Map<String, Acc> secondments = new LinkedHashMap<>();

    private YearTally(BusinessYear year) {
        this.year = year;
        for (ClientClass c : ClientClass.values()) {
            byClass.put(c, new Acc());
        }
        for (YearMonth m = YearMonth.from(year.firstDay()); !m.isAfter(YearMonth.from(year.lastDay())); m = m.plusMonths(1)) {
            Map<ClientClass, Acc> classes = new EnumMap<>(ClientClass.class);
            for (ClientClass c : ClientClass.values()) {
                classes.put(c, new Acc());
            }
            byMonth.put(m, classes);
            monthAssignments.put(m, new int[2]);
        }
    }

    static YearTally of(CooperativeFacts facts, BusinessYear year) {
        YearTally t = new YearTally(year);
        Period yearPeriod = year.period();
        for (CooperativeFacts.Assignment a : facts.assignments()) {
            if (a.cancelled()) {
                continue;
            }
            Period span = a.period().intersection(yearPeriod);
            if (span == null) {
                continue;
            }
            if (!a.isDispatch()) {
                Acc s = t.secondments.computeIfAbsent(a.id(), k -> new Acc());
                for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                    int m = a.effectiveMinutes(d);
                    if (m > 0) {
                        s.add(a, d, m, a.hasActuals(YearMonth.from(d)));
                    }
                }
                continue;
            }
            for (YearMonth m = YearMonth.from(span.from()); !m.isAfter(YearMonth.from(span.to())); m = m.plusMonths(1)) {
                t.monthAssignments.get(m)[a.hasActuals(m) ? 0 : 1]++;
            }
            for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                int m = a.effectiveMinutes(d);
                if (m <= 0) {
                    continue;
                }
                boolean actual = a.hasActuals(YearMonth.from(d));
                ClientClass c = facts.classOn(a.clientId(), d);
                t.total.add(a, d, m, actual);
                t.byClass.get(c).add(a, d, m, actual);
                t.byClient.computeIfAbsent(new ClientKey(a.clientId(), c), k -> new Acc()).add(a, d, m, actual);
                t.byWork.computeIfAbsent(a.work(), k -> new Acc()).add(a, d, m, actual);
                t.byMonth.get(YearMonth.from(d)).get(c).add(a, d, m, actual);
            }
        }
        return t;
    }

    UsageFigures figures() {
        return new UsageFigures(byClass.get(ClientClass.MEMBER).asUsage(),
                byClass.get(ClientClass.RELATED_MUNICIPALITY).asUsage(),
                byClass.get(ClientClass.OTHER_NON_MEMBER).asUsage());
    }

    /** Months with recorded actual results on at least one counted assignment. */
    Set<YearMonth> actualMonths() {
        Set<YearMonth> months = new TreeSet<>();
        monthAssignments.forEach((m, n) -> {
            if (n[0] > 0) {
                months.add(m);
            }
        });
        return months;
    }
}
