package jp.yui.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 退職: the worker's employment ends; {@code lastDay} is the last day employed (R-WORK-2). */
public record SeparateWorker(@TargetAggregateIdentifier String cooperativeId, String workerId, LocalDate lastDay, String reason) {
}
