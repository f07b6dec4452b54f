package jp.yui.deploy.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.security.SystemActor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live screens on several nodes: a processor's token moving notifies {@code yui_progress} (claim renewals do not), and
 * a notification — as another node's projection commit would send — makes this node re-emit its subscription queries.
 */
@YuiIntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
class LiveUpdatesIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    Commands commands;

    private static List<String> drain(PGConnection pg, long millis) throws Exception {
        List<String> names = new ArrayList<>();
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            PGNotification[] n = pg.getNotifications(200);
            if (n != null) {
                for (PGNotification x : n) {
                    names.add(x.getParameter());
                }
            }
        }
        return names;
    }

    @Test
    void tokenProgressNotifiesButClaimRenewalDoesNot() throws Exception {
        String processor = "live-test-" + System.nanoTime();
        jdbc.update("insert into token_entry (processor_name, segment, token, token_type, time_stamp, owner) "
                + "values (?, 0, null, null, '2026-01-01T00:00:00Z', 'node-a')", processor);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + ReadModelChangeListener.CHANNEL);
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            jdbc.update("update token_entry set owner = 'node-b', time_stamp = '2026-01-01T00:00:10Z' "
                    + "where processor_name = ?", processor);
            assertThat(drain(pg, 1000)).doesNotContain(processor);
            jdbc.update("update token_entry set token = ?, token_type = 'x' where processor_name = ?",
                    new byte[] {1, 2, 3}, processor);
            assertThat(drain(pg, 2000)).contains(processor);
        } finally {
            jdbc.update("delete from token_entry where processor_name = ?", processor);
        }
    }

    @Test
    void aNotificationFromAnotherNodeRefreshesThisNodesSubscriptions() throws Exception {
        String coop = "live-" + System.nanoTime();
        SystemActor.run("live-test", () -> commands.send(new RegisterCooperative(coop, "結テスト組合", "32",
                Set.of("325252"), 4, CapUnit.HOURS, DayOfWeek.SUNDAY, null), "live-it"));
        FindNonMemberRatio query = new FindNonMemberRatio(coop, 2026);
        // the ratio projection has handled the registration (and emitted its own update) before we subscribe, so the
        // update below can only come from the listener
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (jdbc.queryForObject("select count(*) from ratio_cooperative where cooperative_id = ?", Long.class, coop)
                == 0) {
            assertThat(System.nanoTime()).as("ratio read model catches up").isLessThan(deadline);
            Thread.sleep(200);
        }
        SubscriptionQueryResult<NonMemberRatio, NonMemberRatio> subscription = SystemActor.call("live-test",
                () -> queryGateway.subscriptionQuery(query, NonMemberRatio.class, NonMemberRatio.class));
        try {
            subscription.initialResult().block(Duration.ofSeconds(30));
            var next = subscription.updates().next().toFuture();
            // what the trigger sends when another node's ratio projection commits
            jdbc.queryForObject("select pg_notify(?, 'ratio')::text", String.class, ReadModelChangeListener.CHANNEL);
            NonMemberRatio update = next.get(30, TimeUnit.SECONDS);
            assertThat(update.cooperativeId()).isEqualTo(coop);
        } finally {
            subscription.cancel();
        }
    }
}
