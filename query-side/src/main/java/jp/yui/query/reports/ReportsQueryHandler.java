package jp.yui.query.reports;

import java.time.Clock;
import java.time.LocalDate;
import jp.yui.command.domain.CapLaw;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the reports queries from the {@code rpt_*} tables of {@link ReportsProjection}. The figures are computed on
 * each question from the stored facts (one pass over the year's days, a few milliseconds for a cooperative of a few
 * dozen workers), so they always follow the aggregate's per-day semantics — membership and district changes that
 * arrive later reclassify past days without any bookkeeping in the projection.
 */
@Component
public class ReportsQueryHandler {

    private final AnnualReports reports;
    private final Clock clock;

    public ReportsQueryHandler(JdbcTemplate jdbc, CapLaw capLaw, Clock clock) {
        this.reports = new AnnualReports(new ReportsFacts(jdbc), capLaw);
        this.clock = clock;
    }

    @QueryHandler
    public AnnualReport handle(FindAnnualReport q) {
        return reports.annualReport(q.cooperativeId(), q.businessYear()).orElse(null);
    }

    @QueryHandler
    public DispatchBusinessReport handle(FindDispatchBusinessReport q) {
        return reports.dispatchBusinessReport(q.cooperativeId(), q.businessYear()).orElse(null);
    }

    @QueryHandler
    public ExportedFile handle(ExportAnnualReportCsv q) {
        return reports.annualReport(q.cooperativeId(), q.businessYear())
                .map(r -> ReportExports.csv(r, q.encoding())).orElse(null);
    }

    @QueryHandler
    public ExportedFile handle(ExportDispatchBusinessReportCsv q) {
        return reports.dispatchBusinessReport(q.cooperativeId(), q.businessYear())
                .map(r -> ReportExports.csv(r, q.encoding())).orElse(null);
    }

    @QueryHandler
    public ExportedFile handle(ExportAnnualReportPdf q) {
        return reports.annualReport(q.cooperativeId(), q.businessYear())
                .map(r -> ReportExports.pdf(r, LocalDate.now(clock))).orElse(null);
    }
}
