package jp.yui.query.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import jp.yui.command.api.EmploymentType;

/**
 * The facts about one worker (派遣職員) — from the people tables or from the events directly (as-of fold).
 *
 * @param workerId          the worker
 * @param name              氏名
 * @param birthDate         生年月日
 * @param hiredOn           雇入れ日
 * @param employmentType    the contract as hired
 * @param fixedTermEndsOn   end of the fixed term as hired (fixed-term hires)
 * @param indefiniteFrom    first day of indefinite-term employment: the hire date for indefinite hires, the conversion
 *                          date (無期転換) after a conversion; null while fixed-term
 * @param lastDay           last day employed (退職日); null while employed
 * @param separationReason  the reason given at separation
 * @param homeMunicipality  the municipality code of the worker's home
 * @param skills            skills, sorted
 * @param previousEmployers former direct employers by leaving date, then client id
 */
public record WorkerRecord(String workerId, String name, LocalDate birthDate, LocalDate hiredOn,
                           EmploymentType employmentType, LocalDate fixedTermEndsOn, LocalDate indefiniteFrom,
                           LocalDate lastDay, String separationReason, String homeMunicipality, List<String> skills,
                           List<PreviousEmployment> previousEmployers) {

    /** The age at which the 60-or-over band (60歳以上) begins. */
    public static final int SIXTY = 60;

    public WorkerRecord {
        skills = skills == null ? List.of() : List.copyOf(new TreeSet<>(skills));
        previousEmployers = previousEmployers == null ? List.of() : previousEmployers.stream()
                .sorted(Comparator.comparing(PreviousEmployment::leftOn).thenComparing(PreviousEmployment::clientId))
                .toList();
    }

    /** Screen order: by hire date, then id. */
    public static final Comparator<WorkerRecord> ORDER =
            Comparator.comparing(WorkerRecord::hiredOn).thenComparing(WorkerRecord::workerId);

    /** WorkerHired. */
    public static WorkerRecord hired(String workerId, String name, LocalDate birthDate, LocalDate hiredOn,
                                     EmploymentType type, LocalDate fixedTermEndsOn, String homeMunicipality,
                                     Collection<String> skills) {
        return new WorkerRecord(workerId, name, birthDate, hiredOn, type, fixedTermEndsOn,
                type == EmploymentType.INDEFINITE ? hiredOn : null, null, null, homeMunicipality,
                skills == null ? List.of() : List.copyOf(skills), List.of());
    }

    public WorkerRecord convertedOn(LocalDate effectiveOn) {
        return new WorkerRecord(workerId, name, birthDate, hiredOn, employmentType, fixedTermEndsOn, effectiveOn,
                lastDay, separationReason, homeMunicipality, skills, previousEmployers);
    }

    public WorkerRecord separatedOn(LocalDate day, String reason) {
        return new WorkerRecord(workerId, name, birthDate, hiredOn, employmentType, fixedTermEndsOn, indefiniteFrom,
                day, reason, homeMunicipality, skills, previousEmployers);
    }

    public WorkerRecord withPreviousEmployer(PreviousEmployment p) {
        List<PreviousEmployment> list = new ArrayList<>(previousEmployers);
        list.removeIf(x -> x.clientId().equals(p.clientId()) && x.leftOn().equals(p.leftOn()));
        list.add(p);
        return new WorkerRecord(workerId, name, birthDate, hiredOn, employmentType, fixedTermEndsOn, indefiniteFrom,
                lastDay, separationReason, homeMunicipality, skills, list);
    }

    /**
     * The last day of employment as things stand (null when open-ended): the separation day, and for a fixed-term
     * worker never converted also the end of the term — as the write model bounds employment (R-WORK-2).
     */
    public LocalDate employedThrough() {
        LocalDate end = lastDay;
        if (indefiniteFrom == null && fixedTermEndsOn != null && (end == null || fixedTermEndsOn.isBefore(end))) {
            end = fixedTermEndsOn;
        }
        return end;
    }

    public boolean employedOn(LocalDate day) {
        LocalDate end = employedThrough();
        return !day.isBefore(hiredOn) && (end == null || !day.isAfter(end));
    }

    /** The contract on {@code day}: indefinite from the hire or conversion date on, fixed-term before. */
    public EmploymentType employmentTypeOn(LocalDate day) {
        return indefiniteFrom != null && !day.isBefore(indefiniteFrom) ? EmploymentType.INDEFINITE
                : EmploymentType.FIXED_TERM;
    }

    /** Age in full years on {@code day}: it grows on the birthday (a 29 February birthday: on 1 March). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean sixtyOrOverOn(LocalDate day) {
        return ageOn(day) >= SIXTY;
    }
}
