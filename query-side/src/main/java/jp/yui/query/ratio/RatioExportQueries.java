package jp.yui.query.ratio;

import java.time.Clock;
import java.time.LocalDate;
import jp.yui.query.reports.ExportedFile;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the export queries of the non-member ratio: the {@link NonMemberRatio} as {@link RatioQueries} computes it,
 * written by {@link RatioExports} as a CSV file or a PDF. The PDF's date of issue is today by the application's clock.
 */
@Component
public class RatioExportQueries {

    private final RatioQueries queries;
    private final Clock clock;

    public RatioExportQueries(RatioQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    public ExportedFile handle(ExportNonMemberRatioCsv q) {
        NonMemberRatio r = queries.find(new FindNonMemberRatio(q.cooperativeId(), q.businessYear()));
        return r == null ? null : RatioExports.csv(r, q.encoding());
    }

    @QueryHandler
    public ExportedFile handle(ExportNonMemberRatioPdf q) {
        NonMemberRatio r = queries.find(new FindNonMemberRatio(q.cooperativeId(), q.businessYear()));
        return r == null ? null : RatioExports.pdf(r, LocalDate.now(clock));
    }
}
