package jp.yui.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.WorkerHired;
import jp.yui.query.support.Events;
import jp.yui.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** FindAuditTrail: newest first, filtered by cooperative, user, time range and event type, paged with a total. */
class AuditTrailQueriesTest {

    static final Instant T = Instant.parse("2026-05-01T00:00:00Z");

    final JdbcTemplate jdbc = ReadModelDatabase.get().jdbc();
    final AuditTrailProjection projection = new AuditTrailProjection(jdbc);
    final AuditTrailQueries queries = new AuditTrailQueries(new NamedParameterJdbcTemplate(jdbc));

    /**
     * Two cooperatives: "north" gets 1 registration + 6 hires (one an hour from T, alternating users alice/bob) + 1 office
     * cost; "south" gets 1 registration + 2 hires by carol.
     */
    @BeforeEach
    void givenTwoCooperatives() {
        jdbc.execute("truncate table audit_event, audit_name, audit_assignment");
        Events north = Events.to(projection).as("admin").at(T.minusSeconds(3600)).given(registered("north", "北の組合"));
        for (int i = 1; i <= 6; i++) {
            north.as(i % 2 == 1 ? "alice" : "bob").at(T.plusSeconds(3600L * (i - 1))).given(hired("north", "n" + i));
        }
        north.as("alice").at(T.plusSeconds(3600L * 6)).given(new OfficeCostRecorded("north", 2026, 3_000_000));
        Events south = Events.to(projection).as("admin").at(T.minusSeconds(1800)).given(registered("south", "南の組合"));
        south.as("carol").at(T.plusSeconds(1800)).given(hired("south", "s1"));
        south.as("carol").at(T.plusSeconds(5400)).given(hired("south", "s2"));
    }

    static CooperativeRegistered registered(String id, String name) {
        return new CooperativeRegistered(id, name, "32", Set.of("325252"), 4, CapUnit.HOURS, DayOfWeek.SUNDAY, null);
    }

    static WorkerHired hired(String coop, String worker) {
        return new WorkerHired(coop, worker, "職員 " + worker, LocalDate.of(1999, 1, 1), LocalDate.of(2026, 4, 1),
                EmploymentType.INDEFINITE, null, "325252", Set.of());
    }

    private static List<String> workers(AuditTrailPage page) {
        return page.entries().stream().map(e -> e.descriptionJa().split(" を")[0]).toList();
    }

    @Test
    @DisplayName("everything, newest first, with the total")
    void allNewestFirst() {
        AuditTrailPage page = queries.handle(new FindAuditTrail(null, null, null, null, null, 0, 100));
        assertThat(page.total()).isEqualTo(11);
        assertThat(page.entries()).extracting(AuditEntry::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(workers(page)).containsExactly("2026年度 事務局運営費 ¥3,000,000", "職員 n6", "職員 n5", "職員 n4",
                "職員 n3", "職員 s2", "職員 n2", "職員 s1", "職員 n1", "組合 南の組合", "組合 北の組合");
        AuditEntry first = page.entries().get(0);
        assertThat(first).isEqualTo(new AuditEntry(first.eventId(), null, 7L, T.plusSeconds(3600L * 6), "alice", "north",
                "北の組合", "OfficeCostRecorded", "2026年度 事務局運営費 ¥3,000,000 を記録",
                "Office cost for business year 2026 recorded: ¥3,000,000"));
    }

    @Test
    @DisplayName("filters: cooperative, user, event type, [from, to) — alone and combined")
    void filters() {
        assertThat(queries.handle(new FindAuditTrail("south", null, null, null, null, 0, 100)).total()).isEqualTo(3);
        assertThat(workers(queries.handle(new FindAuditTrail(null, "carol", null, null, null, 0, 100))))
                .containsExactly("職員 s2", "職員 s1");
        assertThat(workers(queries.handle(new FindAuditTrail("north", "bob", null, null, null, 0, 100))))
                .containsExactly("職員 n6", "職員 n4", "職員 n2");
        assertThat(queries.handle(new FindAuditTrail(null, null, null, null, "CooperativeRegistered", 0, 100)).entries())
                .extracting(AuditEntry::cooperativeId).containsExactly("south", "north");
        // from inclusive, to exclusive: T+1h .. T+3h covers n2 (T+1h), s2 (T+1.5h), n3 (T+2h) — not n4 (T+3h)
        assertThat(workers(queries.handle(new FindAuditTrail(null, null, T.plusSeconds(3600), T.plusSeconds(3 * 3600),
                null, 0, 100)))).containsExactly("職員 n3", "職員 s2", "職員 n2");
        assertThat(workers(queries.handle(new FindAuditTrail("north", "alice", T, T.plusSeconds(3 * 3600), "WorkerHired",
                0, 100)))).containsExactly("職員 n3", "職員 n1");
        assertThat(queries.handle(new FindAuditTrail("nowhere", null, null, null, null, 0, 100)))
                .isEqualTo(new AuditTrailPage(List.of(), 0, 0, 100));
    }

    @Test
    @DisplayName("paging: offset and limit over the filtered rows; the total counts them all")
    void paging() {
        AuditTrailPage first = queries.handle(new FindAuditTrail("north", null, null, null, null, 0, 3));
        AuditTrailPage second = queries.handle(new FindAuditTrail("north", null, null, null, null, 3, 3));
        AuditTrailPage last = queries.handle(new FindAuditTrail("north", null, null, null, null, 6, 3));
        assertThat(first.total()).isEqualTo(8);
        assertThat(second.total()).isEqualTo(8);
        assertThat(workers(first)).containsExactly("2026年度 事務局運営費 ¥3,000,000", "職員 n6", "職員 n5");
        assertThat(workers(second)).containsExactly("職員 n4", "職員 n3", "職員 n2");
        assertThat(workers(last)).containsExactly("職員 n1", "組合 北の組合");
        assertThat(queries.handle(new FindAuditTrail("north", null, null, null, null, 8, 3)).entries()).isEmpty();
    }

    @Test
    @DisplayName("a negative offset or a limit outside 1..1000 is refused")
    void badPages() {
        assertThatThrownBy(() -> queries.handle(new FindAuditTrail(null, null, null, null, null, -1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queries.handle(new FindAuditTrail(null, null, null, null, null, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queries.handle(new FindAuditTrail(null, null, null, null, null, 0, 1001)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
