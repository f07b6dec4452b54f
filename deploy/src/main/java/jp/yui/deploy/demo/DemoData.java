package jp.yui.deploy.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OvertimeAgreement;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo cooperative as written in {@code classpath:demo/demo-cooperative.json} (a copy of
 * {@code shared/data/demo-cooperative.json}). Only the fields the loader uses are mapped; the rest ({@code about},
 * {@code trapsForTests}, …) is ignored.
 */
record DemoData(Cooperative cooperative, List<Member> members, List<NonMember> nonMembers, List<Worker> workers,
                List<SeasonalJob> seasonalJobs) {

    static final String RESOURCE = "demo/demo-cooperative.json";

    DemoData {
        members = members == null ? List.of() : List.copyOf(members);
        nonMembers = nonMembers == null ? List.of() : List.copyOf(nonMembers);
        workers = workers == null ? List.of() : List.copyOf(workers);
        seasonalJobs = seasonalJobs == null ? List.of() : List.copyOf(seasonalJobs);
    }

    static DemoData read() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo data from classpath:" + RESOURCE, e);
        }
    }

    /** The extra seasonal jobs of {@code classpath:demo/demo-seasonal-jobs.json}, recorded but left for the planner. */
    static List<SeasonalJob> readExtraSeasonalJobs() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("demo/demo-seasonal-jobs.json").getInputStream()) {
            return mapper.readValue(in, Extra.class).seasonalJobs();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read classpath:demo/demo-seasonal-jobs.json", e);
        }
    }

    record Extra(List<SeasonalJob> seasonalJobs) {
        Extra {
            seasonalJobs = seasonalJobs == null ? List.of() : List.copyOf(seasonalJobs);
        }
    }

    record Cooperative(String name, String prefectureCode, List<String> districtMunicipalities,
                       Integer businessYearStartMonth, CapUnit capUnit, Overtime overtimeAgreement,
                       Certification certification) {

        int startMonth() {
            return businessYearStartMonth == null ? 4 : businessYearStartMonth;
        }
    }

    /** The overtime agreement (36協定) as the JSON gives it; everything it leaves out is the legal standard. */
    record Overtime(Integer dailyRegularHours, Integer weeklyRegularHours, Integer monthlyOvertimeHours,
                    Integer yearlyOvertimeHours, Boolean specialClause) {

        OvertimeAgreement toAgreement() {
            OvertimeAgreement std = OvertimeAgreement.standard();
            int daily = dailyRegularHours == null ? std.dailyRegularHours() : dailyRegularHours;
            return new OvertimeAgreement(daily,
                    weeklyRegularHours == null ? std.weeklyRegularHours() : weeklyRegularHours,
                    daily, // no planned overtime: a day's plan stays within the regular day
                    false,
                    monthlyOvertimeHours == null ? std.monthlyOvertimeHours() : monthlyOvertimeHours,
                    yearlyOvertimeHours == null ? std.yearlyOvertimeHours() : yearlyOvertimeHours,
                    std.annualVariableHours(),
                    Boolean.TRUE.equals(specialClause),
                    std.specialYearlyOvertimeHours(), std.specialMonthlyOvertimeHoursBelow(),
                    std.specialMonthsOverRegularLimit());
        }
    }

    record Certification(String number, LocalDate certifiedOn, LocalDate expiresOn) {
    }

    record Member(String key, String name, String industry, String jsic, LocalDate joinedOn) {
    }

    /** {@code kind} is RELATED_MUNICIPALITY (with {@code municipality}) or OTHER_NON_MEMBER. */
    record NonMember(String key, String name, String kind, String municipality, String industry, String jsic) {
    }

    record Worker(String key, String name, LocalDate birthDate, LocalDate hiredOn, EmploymentType employment,
                  LocalDate fixedTermEndsOn, List<String> skills, String homeMunicipality,
                  List<PreviousEmployer> previousEmployers) {

        Worker {
            skills = skills == null ? List.of() : List.copyOf(skills);
            previousEmployers = previousEmployers == null ? List.of() : List.copyOf(previousEmployers);
        }
    }

    record PreviousEmployer(String member, LocalDate leftOn, Boolean retiredAt60OrOver) {

        boolean retiree() {
            return Boolean.TRUE.equals(retiredAt60OrOver);
        }
    }

    record SeasonalJob(String key, String client, String work, String workplace, LocalDate from, LocalDate to,
                       String days, int hoursPerDay, int headcount, List<String> skills, long feePerHour) {

        SeasonalJob {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    /**
     * The weekdays of a {@code days} value: {@code EVERY_DAY}, a range such as {@code MON-SAT} or {@code SAT-SUN}
     * (wrapping past Sunday if need be), a list such as {@code MON,WED}, or a list of ranges.
     */
    static Set<DayOfWeek> weekdays(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no working days given");
        }
        String s = spec.strip().toUpperCase();
        if (s.equals("EVERY_DAY") || s.equals("DAILY")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String part : s.split(",")) {
            String[] range = part.strip().split("-");
            if (range.length == 1) {
                out.add(day(range[0], spec));
            } else if (range.length == 2) {
                DayOfWeek d = day(range[0], spec);
                DayOfWeek last = day(range[1], spec);
                out.add(d);
                while (d != last) {
                    d = d.plus(1);
                    out.add(d);
                }
            } else {
                throw new IllegalArgumentException("cannot read the working days '" + spec + "'");
            }
        }
        return out;
    }

    private static DayOfWeek day(String abbreviation, String spec) {
        String a = abbreviation.strip();
        if (a.length() >= 3) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(a)) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + abbreviation + "' in '" + spec + "'");
    }
}
