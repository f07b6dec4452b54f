package jp.yui.command.api;

import java.time.LocalDate;
import java.util.List;

/** Event — The certification was revoked (取消し) from {@code effectiveOn}; the listed planned assignments reach past it and need action. */
public record CertificationRevoked(String cooperativeId, LocalDate effectiveOn, RevocationGround ground, String reason, List<String> assignmentsNeedingAction) {
}
