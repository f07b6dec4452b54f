package jp.yui.command.api;

import java.time.LocalDate;
import java.util.Set;

/** Event — A worker was hired. */
public record WorkerHired(String cooperativeId, String workerId, String name, LocalDate birthDate, LocalDate hiredOn, EmploymentType employmentType, LocalDate fixedTermEndsOn, String homeMunicipality, Set<String> skills) {
}
