package jp.yui.command.api;

import java.time.LocalDate;
import java.util.List;

/** Event — The certification lapsed (失効) from {@code effectiveOn}; the listed planned assignments reach past it and need action. */
public record CertificationLapsed(String cooperativeId, LocalDate effectiveOn, LapseReason reason, List<String> assignmentsNeedingAction) {
}
