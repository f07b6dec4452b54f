package jp.yui.query.jobs;

import static jp.yui.query.calendar.YuiTestEvents.AMA;
import static jp.yui.query.calendar.YuiTestEvents.newCooperativeId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.yui.command.api.Period;
import jp.yui.command.api.SeasonalJobChanged;
import jp.yui.command.api.SeasonalJobRecorded;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.SeasonalJobWithdrawn;
import jp.yui.command.api.WorkCategory;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seasonal-job read model: recorded, changed, withdrawn; filtered by business year; idempotent. */
class SeasonalJobReadModelTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    private final SeasonalJobProjection projection = new SeasonalJobProjection(jdbc);
    private final SeasonalJobQueries queries = new SeasonalJobQueries(jdbc);

    private static SeasonalJobTerms terms(String from, String to, int headcount) {
        return new SeasonalJobTerms("setnet", "定置網漁の補助", WorkCategory.GENERAL, null, AMA,
                new Period(LocalDate.parse(from), LocalDate.parse(to)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), Set.of(), true, 360, headcount,
                Set.of("漁業"), 1200);
    }

    @Test
    void recordedChangedWithdrawn() {
        String coop = newCooperativeId("jobs");
        Events events = Events.to(projection).given(new SeasonalJobRecorded(coop, "j1", terms("2026-04-01", "2026-06-30", 2)),
                new SeasonalJobRecorded(coop, "j2", terms("2027-05-01", "2027-05-31", 1)),
                new SeasonalJobChanged(coop, "j1", terms("2026-04-01", "2026-06-30", 3)),
                new SeasonalJobRecorded(coop, "j3", terms("2026-07-01", "2026-07-31", 1)),
                new SeasonalJobWithdrawn(coop, "j3", "中止"));

        assertThat(queries.handle(new FindSeasonalJobs(coop, 2026, false)))
                .extracting(SeasonalJobView::jobId, SeasonalJobView::headcount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("j1", 3));
        assertThat(queries.handle(new FindSeasonalJobs(coop, null, true))).extracting(SeasonalJobView::jobId)
                .containsExactly("j1", "j3", "j2");
        SeasonalJobView j1 = queries.handle(new FindSeasonalJobs(coop, 2026, false)).get(0);
        assertThat(j1.weekdays()).containsExactlyInAnyOrderElementsOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(j1.requiredSkills()).containsExactly("漁業");
        assertThat(j1.holidaysOff()).isTrue();
        assertThat(j1.clientName()).isEqualTo("setnet");

        events.again(events.handled()); // redelivery changes nothing
        assertThat(queries.handle(new FindSeasonalJobs(coop, null, true))).extracting(SeasonalJobView::jobId,
                SeasonalJobView::headcount, SeasonalJobView::withdrawn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("j1", 3, false), org.assertj.core.groups.Tuple.tuple("j3", 1, true),
                org.assertj.core.groups.Tuple.tuple("j2", 1, false));
    }
}
