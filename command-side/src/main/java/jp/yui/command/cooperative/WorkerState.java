package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.EmploymentType;

/**
 * A worker (派遣職員) as the aggregate knows it. {@code indefiniteFrom} is the first day of indefinite-term employment
 * (null while fixed-term); {@code lastDay} the last day employed (null while employed; for an unconverted fixed-term
 * worker the term's end bounds employment too).
 */
record WorkerState(String id, String name, LocalDate birthDate, LocalDate hiredOn, EmploymentType employmentType,
                   LocalDate fixedTermEndsOn, LocalDate indefiniteFrom, LocalDate lastDay, String homeMunicipality,
                   Set<String> skills, List<PreviousEmployment> previousEmployers) {

    WorkerState {
        skills = Set.copyOf(skills);
        previousEmployers = List.copyOf(previousEmployers);
    }

    /** Last day of employment as things stand, or null when open-ended. */
    LocalDate employedThrough() {
        LocalDate end = lastDay;
        if (indefiniteFrom == null && fixedTermEndsOn != null && (end == null || fixedTermEndsOn.isBefore(end))) {
            end = fixedTermEndsOn;
        }
        return end;
    }

    boolean isEmployedOn(LocalDate day) {
        LocalDate end = employedThrough();
        return !day.isBefore(hiredOn) && (end == null || !day.isAfter(end));
    }

    boolean isIndefiniteOn(LocalDate day) {
        return indefiniteFrom != null && !day.isBefore(indefiniteFrom);
    }

    WorkerState convertedOn(LocalDate effectiveOn) {
        return new WorkerState(id, name, birthDate, hiredOn, employmentType, fixedTermEndsOn, effectiveOn, lastDay,
                homeMunicipality, skills, previousEmployers);
    }

    WorkerState separatedOn(LocalDate day) {
        return new WorkerState(id, name, birthDate, hiredOn, employmentType, fixedTermEndsOn, indefiniteFrom, day,
                homeMunicipality, skills, previousEmployers);
    }

    WorkerState withPreviousEmployer(PreviousEmployment p) {
        List<PreviousEmployment> list = new ArrayList<>(previousEmployers);
        list.add(p);
        return new WorkerState(id, name, birthDate, hiredOn, employmentType, fixedTermEndsOn, indefiniteFrom, lastDay,
                homeMunicipality, skills, list);
    }
}
