package jp.yui.deploy.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.command.Commands;

/**
 * The deterministic national dataset: {@code yui.bench.national.cooperatives} cooperatives (150 in the country; fewer
 * by default so that the whole benchmark run fits in 30 minutes on two cores, figures extrapolated) × 10 business
 * years 2016–2025, all through the commands. Per cooperative: registration and certification (2016-04-01, a 10-year
 * term), six members, a related municipality and a non-member business, {@code yui.bench.national.workers} workers
 * (default 8); per business year and worker twelve monthly member assignments (Mon–Thu 8 h), two year-long Friday
 * assignments to the non-members, and for every month of every assignment the actual results (the client's report);
 * the renewal of the certification in 2025-12. Nothing random: cooperative {@code i} is the same in every run.
 */
final class NationalDataset {

    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final int COOPERATIVES = Bench.intProperty("yui.bench.national.cooperatives", 6);
    static final int WORKERS = Bench.intProperty("yui.bench.national.workers", 8);
    static final int FIRST_YEAR = 2016;
    static final int YEARS = Bench.intProperty("yui.bench.national.years", 10);
    static final int THREADS = Bench.intProperty("yui.bench.national.threads", 4);
    static final String PREFIX = "nat-c";

    private static volatile boolean loaded;
    private static volatile Stats stats;

    record Stats(int commands, double seconds) {
    }

    private NationalDataset() {
    }

    static String cooperative(int i) {
        return PREFIX + i;
    }

    static synchronized Stats ensureLoaded(Commands commands) throws Exception {
        if (!loaded) {
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < COOPERATIVES; c++) {
                int index = c;
                done.add(pool.submit(() -> load(commands, index)));
            }
            pool.shutdown();
            int sent = 0;
            for (Future<Integer> f : done) {
                sent += f.get(60, TimeUnit.MINUTES);
            }
            stats = new Stats(sent, (System.nanoTime() - t0) / 1e9);
            loaded = true;
        }
        return stats;
    }

    static boolean loaded() {
        return loaded;
    }

    private static int load(Commands commands, int index) {
        String coop = cooperative(index);
        int n = 0;
        n += send(commands, new RegisterCooperative(coop, "全国組合 " + index, "32", Set.of(AMA, NISHINOSHIMA), 4,
                CapUnit.values()[index % 2], DayOfWeek.SUNDAY, null));
        n += send(commands, new CertifyCooperative(coop, "島根県指令第" + (1000 + index) + "号", LocalDate.of(FIRST_YEAR, 4, 1)));
        for (int m = 1; m <= 6; m++) {
            n += send(commands, new AdmitMember(coop, "m" + m, "組合員 " + index + "-" + m, "漁業", LocalDate.of(FIRST_YEAR, 4, 1)));
        }
        n += send(commands, new RegisterNonMemberClient(coop, "town", "海士町役場", ClientKind.MUNICIPALITY, AMA));
        n += send(commands, new RegisterNonMemberClient(coop, "hotel", "ホテル " + index, ClientKind.BUSINESS, null));
        for (int w = 0; w < WORKERS; w++) {
            n += send(commands, new HireWorker(coop, "w" + w, "職員 " + index + "-" + w,
                    LocalDate.of(1990 + w % 10, 1 + w % 12, 1), LocalDate.of(FIRST_YEAR, 4, 1), EmploymentType.INDEFINITE,
                    null, AMA, Set.of()));
        }
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            for (int w = 0; w < WORKERS; w++) {
                for (int k = 0; k < 12; k++) {
                    YearMonth month = YearMonth.of(year, 4).plusMonths(k);
                    String client = "m" + (1 + (w + k + index) % 6);
                    n += send(commands, new PlanAssignment(coop, member(month, w), AssignmentKind.DISPATCH, "w" + w,
                            client, "作業 " + client, WorkCategory.GENERAL, null, w % 2 == 0 ? AMA : NISHINOSHIMA,
                            new Period(month.atDay(1), month.atEndOfMonth()),
                            WorkPattern.weekly(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                    DayOfWeek.THURSDAY), 1100 + 10 * (k % 3)));
                }
            }
            n += send(commands, fridays(coop, year, 0, "town", "金曜の窓口補助"));
            n += send(commands, fridays(coop, year, 1, "hotel", "金曜の事務補助"));
            for (int k = 0; k < 12; k++) {
                YearMonth month = YearMonth.of(year, 4).plusMonths(k);
                for (int w = 0; w < WORKERS; w++) {
                    n += send(commands, new RecordActualHours(coop, member(month, w), month, actuals(month, w + index,
                            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)));
                }
                for (int w = 0; w < 2; w++) {
                    n += send(commands, new RecordActualHours(coop, friday(year, w), month,
                            actuals(month, w + index, DayOfWeek.FRIDAY)));
                }
            }
            if (year == 2025) {
                n += send(commands, new RenewCertification(coop, "島根県指令第" + (5000 + index) + "号",
                        LocalDate.of(2025, 12, 1)));
            }
        }
        return n;
    }

    private static int send(Commands commands, Object command) {
        Bench.send(commands, command);
        return 1;
    }

    private static PlanAssignment fridays(String coop, int year, int worker, String client, String work) {
        return new PlanAssignment(coop, friday(year, worker), AssignmentKind.DISPATCH, "w" + worker, client, work,
                WorkCategory.GENERAL, null, AMA, new Period(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31)),
                WorkPattern.weekly(480, DayOfWeek.FRIDAY), 1200);
    }

    static String member(YearMonth month, int worker) {
        return "a-" + month + "-w" + worker;
    }

    static String friday(int year, int worker) {
        return "f-" + year + "-w" + worker;
    }

    /** Minutes per working day: 8 h, 7.5 h or 7 h by a fixed rule. */
    private static Map<LocalDate, Integer> actuals(YearMonth month, int variant, DayOfWeek... days) {
        Set<DayOfWeek> working = Set.of(days);
        Map<LocalDate, Integer> minutes = new TreeMap<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (working.contains(d.getDayOfWeek())) {
                minutes.put(d, 480 - 30 * ((d.getDayOfMonth() + variant) % 3));
            }
        }
        return minutes;
    }
}
