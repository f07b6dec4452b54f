package jp.yui.command.api;

import java.time.DayOfWeek;
import java.util.Set;

/** Event — A cooperative was registered. */
public record CooperativeRegistered(String cooperativeId, String name, String prefectureCode, Set<String> districtMunicipalities, int businessYearStartMonth, CapUnit capUnit, DayOfWeek weekStartsOn, OvertimeAgreement overtimeAgreement) {
}
