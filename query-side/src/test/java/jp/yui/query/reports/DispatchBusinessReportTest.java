package jp.yui.query.reports;

import static jp.yui.query.reports.ReportEvents.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.reports.DispatchBusinessReport.JuneFirstStatus;
import jp.yui.query.reports.DispatchBusinessReport.WorkTypeFigures;
import jp.yui.query.reports.DispatchBusinessReport.WorkTypeStatus;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-REP-3: the figures of the 労働者派遣事業報告書 (様式第11号) — the business year and the status on 1 June. */
class DispatchBusinessReportTest {

    static final String COOP = "rpt-form11";

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private ReportsProjection projection;
    private ReportsQueryHandler queries;

    @BeforeEach
    void setUp() {
        projection = new ReportsProjection(jdbc);
        projection.reset();
        queries = new ReportsQueryHandler(jdbc, CapLaw.defaults(), AnnualReportTest.CLOCK);
        Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
    }

    @Test
    @DisplayName("the year: workers, clients, person-days, hours, fees and the average fee per 8-hour day; no wage (not in the events)")
    void yearFigures() {
        DispatchBusinessReport r = queries.handle(new FindDispatchBusinessReport(COOP, 2026));

        assertThat(r.periodFrom()).isEqualTo(d("2026-04-01"));
        assertThat(r.periodTo()).isEqualTo(d("2027-03-31"));
        assertThat(r.dispatchedWorkers()).isEqualTo(3);
        assertThat(r.indefiniteTermWorkers()).isEqualTo(3);
        assertThat(r.fixedTermWorkers()).isZero();
        assertThat(r.clients()).isEqualTo(4); // setnet, salt, 海士町, 島根県 — not builder (secondment only)
        // w1: 2 (April actual) + 21 + 22 + 7 = 52; w2: 22 + 22 = 44; w3: 5 + 3 (January actual) = 8
        assertThat(r.dispatchedPersonDays()).isEqualTo(104);
        assertThat(r.dispatchedMinutes()).isEqualTo(47_940);
        assertThat(r.dispatchedHours()).isEqualByComparingTo("799");
        assertThat(r.feesYen()).isEqualTo(864_700);
        assertThat(r.averageFeePerHourYen()).isEqualTo(1_082L);   // 864,700 / 799 = 1,082.23
        assertThat(r.averageFeePerDayYen()).isEqualTo(8_658L);    // × 8 = 8,657.82
        assertThat(r.averageWagePerDayYen()).isNull();
        assertThat(r.actualMonths()).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2027, 1));
        assertThat(r.byWorkType()).containsExactly(
                new WorkTypeFigures("事務補助", 2, 1, 10, UsageAmount.of(3_000, 3_600_000)),
                new WorkTypeFigures("塩づくり", 1, 1, 44, UsageAmount.of(21_120, 21_120_000)),
                new WorkTypeFigures("定置網漁業", 1, 1, 45, UsageAmount.of(21_420, 23_562_000)),
                new WorkTypeFigures("観光案内", 1, 1, 5, UsageAmount.of(2_400, 3_600_000)));
        assertThat(r.notes()).anyMatch(n -> n.ja().contains("賃金はイベントに記録されない"));
    }

    @Test
    @DisplayName("the status on 1 June 2027: running dispatches count, a cancelled one and one that ended on 31 May do not")
    void juneFirstStatus() {
        DispatchBusinessReport r = queries.handle(new FindDispatchBusinessReport(COOP, 2026));

        assertThat(r.juneFirst()).isEqualTo(new JuneFirstStatus(d("2027-06-01"), 2, 2, List.of(
                new WorkTypeStatus("事務補助", 1, 1), new WorkTypeStatus("定置網漁業", 1, 1))));
    }

    @Test
    @DisplayName("1 June is the first 1 June after the business year, whatever month the year starts in")
    void juneFirstAfterTheYear() {
        assertThat(AnnualReports.juneFirstAfter(new BusinessYear(2026, 4))).isEqualTo(d("2027-06-01"));
        assertThat(AnnualReports.juneFirstAfter(new BusinessYear(2026, 1))).isEqualTo(d("2027-06-01"));
        assertThat(AnnualReports.juneFirstAfter(new BusinessYear(2026, 6))).isEqualTo(d("2027-06-01")); // ends 2027-05-31
        assertThat(AnnualReports.juneFirstAfter(new BusinessYear(2026, 7))).isEqualTo(d("2028-06-01")); // ends 2027-06-30
    }

    @Test
    @DisplayName("a year without dispatch: zeros and no averages")
    void emptyYear() {
        DispatchBusinessReport r = queries.handle(new FindDispatchBusinessReport(COOP, 2024));
        assertThat(r.dispatchedWorkers()).isZero();
        assertThat(r.feesYen()).isZero();
        assertThat(r.dispatchedHours()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.averageFeePerHourYen()).isNull();
        assertThat(r.averageFeePerDayYen()).isNull();
        assertThat(r.juneFirst().date()).isEqualTo(d("2025-06-01"));
        assertThat(r.juneFirst().workersUnderDispatch()).isZero();
    }
}
