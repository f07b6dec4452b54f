package jp.yui.command.api;

import java.time.LocalDate;

/** Event — The cooperative was certified (認定); valid from {@code validFrom} through {@code validThrough}. */
public record CooperativeCertified(String cooperativeId, String certificationNumber, String prefectureCode, LocalDate certifiedOn, LocalDate validFrom, LocalDate validThrough) {
}
