package jp.yui.command.domain;

import java.time.LocalDate;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.CapRuleVersion;

/**
 * The law of the non-member caps over time: the 2025 amendment (nested 20 %/50 % caps) commences on a
 * configurable date, by default 2025-07-01. A business year is judged as a whole by the version in force on its
 * first day (R-CAP-2, transitional rule).
 */
public record CapLaw(LocalDate amendmentCommencement) {

    public static final LocalDate DEFAULT_COMMENCEMENT = LocalDate.of(2025, 7, 1);

    public CapLaw {
        if (amendmentCommencement == null) {
            amendmentCommencement = DEFAULT_COMMENCEMENT;
        }
    }

    public static CapLaw defaults() {
        return new CapLaw(DEFAULT_COMMENCEMENT);
    }

    public CapRuleVersion versionFor(BusinessYear year) {
        return year.firstDay().isBefore(amendmentCommencement)
                ? CapRuleVersion.SINGLE_20_PERCENT
                : CapRuleVersion.NESTED_20_50_PERCENT;
    }
}
