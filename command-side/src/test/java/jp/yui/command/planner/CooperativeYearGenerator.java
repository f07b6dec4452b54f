package jp.yui.command.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RecordSeasonalJob;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.SeasonalJobRecorded;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkerHired;

/**
 * A deterministic generator of cooperative-years (business year 2026, Shimane, week from Sunday, the standard
 * overtime agreement) in three sizes, as the commands that create them and as the events those commands make.
 * Seasonal demand is clustered (spring fishing, summer processing, autumn harvest, winter work), about one in three
 * job hours is for non-members (so the caps bite), some workers are fixed-term, hired mid-year or barred from a
 * former employer for a year, and two jobs in five need a licence or skill that few workers have (most have one).
 */
public final class CooperativeYearGenerator {

    public enum Size {
        DEMO(7, 12, 8), MEDIUM(30, 40, 14), LARGE(100, 150, 40);

        final int workers;
        final int jobs;
        final int members;

        Size(int workers, int jobs, int members) {
            this.workers = workers;
            this.jobs = jobs;
            this.members = members;
        }
    }

    public record GeneratedYear(String cooperativeId, int businessYear, List<Object> commands, List<Object> events) {
    }

    static final List<String> DISTRICT = List.of("325252", "325261", "325279", "322016", "322024", "322032");
    static final List<String> SKILLS = List.of("漁業", "フォークリフト", "小型船舶", "調理", "介護初任者研修", "事務");
    static final String[] WORK = {"定置網漁の補助", "水産加工ライン", "牛舎の作業", "宿の接客", "米の収穫", "除雪", "観光船の案内", "事務補助"};

    private CooperativeYearGenerator() {
    }

    public static GeneratedYear generate(Size size, String cooperativeId, long seed) {
        Random r = new Random(seed);
        List<Object> cmds = new ArrayList<>();
        List<Object> evts = new ArrayList<>();
        String c = cooperativeId;
        Set<String> district = new TreeSet<>(size == Size.DEMO ? DISTRICT.subList(0, 3) : DISTRICT);
        List<String> places = new ArrayList<>(district);
        OvertimeAgreement oa = OvertimeAgreement.standard();
        cmds.add(new RegisterCooperative(c, "生成組合 " + size, "32", district, 4, CapUnit.HOURS, DayOfWeek.SUNDAY, oa));
        evts.add(new CooperativeRegistered(c, "生成組合 " + size, "32", district, 4, CapUnit.HOURS, DayOfWeek.SUNDAY, oa));
        LocalDate certified = LocalDate.of(2021, 6, 1);
        cmds.add(new CertifyCooperative(c, "島根県指令第" + seed + "号", certified));
        evts.add(new CooperativeCertified(c, "島根県指令第" + seed + "号", "32", certified, certified,
                LocalDate.of(2031, 5, 31)));

        List<String> members = new ArrayList<>();
        for (int i = 1; i <= size.members; i++) {
            String id = "m" + i;
            LocalDate joined = i % 7 == 0 ? LocalDate.of(2026, 10, 1) : LocalDate.of(2021, 6, 1);
            if (joined.getYear() == 2026) {
                cmds.add(new RegisterNonMemberClient(c, id, "組合員 " + i, ClientKind.BUSINESS, null));
                evts.add(new NonMemberClientRegistered(c, id, "組合員 " + i, ClientKind.BUSINESS, null));
            }
            cmds.add(new AdmitMember(c, id, "組合員 " + i, "漁業", joined));
            evts.add(new MemberAdmitted(c, id, "組合員 " + i, "漁業", joined));
            members.add(id);
        }
        List<String> related = new ArrayList<>();
        for (int i = 0; i < Math.min(2, places.size()); i++) {
            String id = "town" + (i + 1);
            cmds.add(new RegisterNonMemberClient(c, id, "役場 " + (i + 1), ClientKind.MUNICIPALITY, places.get(i)));
            evts.add(new NonMemberClientRegistered(c, id, "役場 " + (i + 1), ClientKind.MUNICIPALITY, places.get(i)));
            related.add(id);
        }
        List<String> others = new ArrayList<>();
        for (int i = 1; i <= Math.max(2, size.members / 5); i++) {
            String id = "o" + i;
            cmds.add(new RegisterNonMemberClient(c, id, "員外 " + i, ClientKind.BUSINESS, null));
            evts.add(new NonMemberClientRegistered(c, id, "員外 " + i, ClientKind.BUSINESS, null));
            others.add(id);
        }

        for (int i = 1; i <= size.workers; i++) {
            String id = "w" + i;
            boolean fixedTerm = i % 10 == 7;
            LocalDate hired = i % 9 == 5 ? LocalDate.of(2026, 7, 1) : LocalDate.of(2020 + r.nextInt(6), 4, 1);
            LocalDate born = LocalDate.of(i % 8 == 3 ? 1960 : 1975 + r.nextInt(28), 1 + r.nextInt(12), 1 + r.nextInt(28));
            Set<String> skills = new LinkedHashSet<>();
            int n = r.nextInt(10) < 6 ? 1 : 2; // licences are scarce: most workers have one
            while (skills.size() < n) {
                skills.add(SKILLS.get(r.nextInt(SKILLS.size())));
            }
            String home = places.get(r.nextInt(places.size()));
            EmploymentType type = fixedTerm ? EmploymentType.FIXED_TERM : EmploymentType.INDEFINITE;
            LocalDate fixedEnd = fixedTerm ? LocalDate.of(2027, 3, 31) : null;
            cmds.add(new HireWorker(c, id, "職員 " + i, born, hired, type, fixedEnd, home, Set.copyOf(skills)));
            evts.add(new WorkerHired(c, id, "職員 " + i, born, hired, type, fixedEnd, home, Set.copyOf(skills)));
            if (i % 6 == 2 && !members.isEmpty()) {
                String former = members.get(r.nextInt(members.size()));
                LocalDate left = hired.minusDays(1);
                boolean retiree = born.getYear() == 1960 && left.getYear() - 1960 >= 60;
                cmds.add(new RecordPreviousEmployer(c, id, former, left, retiree));
                evts.add(new PreviousEmployerRecorded(c, id, former, left, retiree));
            }
        }

        LocalDate yearStart = LocalDate.of(2026, 4, 1);
        for (int i = 1; i <= size.jobs; i++) {
            String id = "j" + i;
            int kind = r.nextInt(100);
            String client = kind < 66 ? members.get(r.nextInt(members.size()))
                    : kind < 83 ? related.get(r.nextInt(related.size())) : others.get(r.nextInt(others.size()));
            int season = r.nextInt(4);
            LocalDate from = yearStart.plusMonths(season * 3L).plusDays(r.nextInt(60));
            LocalDate to = from.plusWeeks(2 + r.nextInt(13)).minusDays(1);
            if (to.isAfter(LocalDate.of(2027, 3, 31))) {
                to = LocalDate.of(2027, 3, 31);
            }
            int dk = r.nextInt(10);
            Set<DayOfWeek> days = dk < 6 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                    : dk < 8 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)
                    : EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY);
            int[] minutes = {240, 360, 420, 480, 480};
            Set<String> skills = r.nextInt(10) < 4 ? Set.of(SKILLS.get(r.nextInt(SKILLS.size()))) : Set.of();
            SeasonalJobTerms t = new SeasonalJobTerms(client, WORK[r.nextInt(WORK.length)] + " " + i,
                    WorkCategory.GENERAL, null, places.get(r.nextInt(places.size())), new Period(from, to), days,
                    Set.of(), r.nextBoolean(), minutes[r.nextInt(minutes.length)], 1 + r.nextInt(3), skills,
                    1000 + 50L * r.nextInt(9));
            cmds.add(new RecordSeasonalJob(c, id, t));
            evts.add(new SeasonalJobRecorded(c, id, t));
        }
        return new GeneratedYear(c, 2026, List.copyOf(cmds), List.copyOf(evts));
    }
}
