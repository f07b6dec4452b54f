package jp.yui.command.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 雇入れ: hire a worker (派遣職員). */
public record HireWorker(@TargetAggregateIdentifier String cooperativeId, String workerId, String name, LocalDate birthDate, LocalDate hiredOn, EmploymentType employmentType, LocalDate fixedTermEndsOn, String homeMunicipality, Set<String> skills) {
}
