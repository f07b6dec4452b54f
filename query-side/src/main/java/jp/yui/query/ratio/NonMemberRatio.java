package jp.yui.query.ratio;

import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;

/**
 * The non-member ratio (員外利用比率) of one cooperative and business year (R-CAP-1..6).
 *
 * @param ruleVersion            the cap law in force on the year's first day (judges the whole year)
 * @param amendmentCommencement  the configured commencement of the 2025 amendment
 * @param capUnit                the unit the caps are judged in (HOURS or FEES); every figure is shown in both
 * @param projected              the projected year: months with recorded results count with their actual use,
 *                               others with the plan (R-CAP-4); only dispatches count, never secondments
 * @param actualOnly             recorded results only (the months of each dispatch that have them)
 * @param headRoom               how much more related-municipality and other non-member use the projected year allows
 * @param months                 the twelve months of the year
 * @param breaches               the recorded cap breaches of the year (R-DISP-4), oldest first
 * @param status                 open, closed, or reopened for correction
 * @param closes                 every close of the year by revision, with its frozen figures
 * @param reopenings             every reopening for correction, with its reason
 */
public record NonMemberRatio(String cooperativeId, String cooperativeName, int businessYear, LocalDate firstDay,
                             LocalDate lastDay, CapRuleVersion ruleVersion, String ruleId,
                             LocalDate amendmentCommencement, CapUnit capUnit, UsageBreakdown projected,
                             UsageBreakdown actualOnly, HeadRoom headRoom, List<MonthRatio> months,
                             List<RecordedBreach> breaches, YearStatus status, List<ClosedYear> closes,
                             List<Reopening> reopenings) {
}
