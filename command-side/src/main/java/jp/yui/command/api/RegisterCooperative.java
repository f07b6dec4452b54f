package jp.yui.command.api;

import java.time.DayOfWeek;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 登録: register a cooperative (事業協同組合) with its district (地区) in one prefecture, business-year start month, cap unit and working-time settings. */
public record RegisterCooperative(@TargetAggregateIdentifier String cooperativeId, String name, String prefectureCode, Set<String> districtMunicipalities, Integer businessYearStartMonth, CapUnit capUnit, DayOfWeek weekStartsOn, OvertimeAgreement overtimeAgreement) {
}
