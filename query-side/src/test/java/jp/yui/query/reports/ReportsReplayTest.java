package jp.yui.query.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency and the reset handler of processing group "reports". */
class ReportsReplayTest {

    static final String COOP = "rpt-replay";

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private ReportsProjection projection;
    private ReportsQueryHandler queries;

    @BeforeEach
    void setUp() {
        projection = new ReportsProjection(jdbc);
        projection.reset();
        queries = new ReportsQueryHandler(jdbc, CapLaw.defaults(), AnnualReportTest.CLOCK);
    }

    private List<Map<String, Object>> dump() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String t : ReportsProjection.TABLES) {
            rows.addAll(jdbc.queryForList("select '" + t + "' as t, to_jsonb(x)::text as row from " + t
                    + " x order by 2"));
        }
        return rows;
    }

    @Test
    @DisplayName("handling every event again — older ones after newer ones — changes no row and no figure")
    void idempotent() {
        Events feed = Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
        List<Map<String, Object>> rows = dump();
        AnnualReport report = queries.handle(new FindAnnualReport(COOP, 2026));
        DispatchBusinessReport form = queries.handle(new FindDispatchBusinessReport(COOP, 2026));

        List<DomainEventMessage<?>> all = feed.handled();
        feed.again(all);
        feed.again(all.subList(0, 15)); // the original plan of a3 after its rescheduling, the first April record…
        feed.again(List.of(all.get(all.size() - 1), all.get(19), all.get(13), all.get(16), all.get(12)));

        assertThat(dump()).isEqualTo(rows);
        assertThat(queries.handle(new FindAnnualReport(COOP, 2026))).isEqualTo(report);
        assertThat(queries.handle(new FindDispatchBusinessReport(COOP, 2026))).isEqualTo(form);
        assertThat(report.clients().get(2).lastDay()).isEqualTo(ReportEvents.d("2026-07-15")); // a3 stays rescheduled
        assertThat(report.months().get(0).member().minutes()).isEqualTo(780); // the later April record stays
    }

    @Test
    @DisplayName("the reset handler empties exactly the reports tables; a replay rebuilds the same figures")
    void resetAndReplay() {
        Events feed = Events.to(projection).given(ReportEvents.year2026(COOP).toArray());
        AnnualReport before = queries.handle(new FindAnnualReport(COOP, 2026));
        jdbc.update("insert into sub_office_cost (cooperative_id, business_year, yen, last_event_seq, recorded_at) "
                + "values ('rpt-replay-other-table', 2026, 1, 1, now()) on conflict do nothing");

        projection.reset();
        for (String t : ReportsProjection.TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + t, Integer.class)).as(t).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from sub_office_cost where cooperative_id = 'rpt-replay-other-table'",
                Integer.class)).isEqualTo(1);
        assertThat(queries.handle(new FindAnnualReport(COOP, 2026))).isNull();

        Events.to(projection).again(feed.handled());
        assertThat(queries.handle(new FindAnnualReport(COOP, 2026))).isEqualTo(before);
        jdbc.update("delete from sub_office_cost where cooperative_id = 'rpt-replay-other-table'");
    }

    @Test
    @DisplayName("every table of the reports migration is emptied by the reset handler (none forgotten)")
    void resetCoversEveryTable() {
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename like 'rpt\\_%' order by 1", String.class);
        assertThat(tables).containsExactlyInAnyOrder(ReportsProjection.TABLES);
    }
}
