package jp.yui.command.api;

import java.time.LocalDate;

/** Event — The certification was renewed (更新) for the next term. */
public record CertificationRenewed(String cooperativeId, String certificationNumber, LocalDate decidedOn, LocalDate validFrom, LocalDate validThrough) {
}
