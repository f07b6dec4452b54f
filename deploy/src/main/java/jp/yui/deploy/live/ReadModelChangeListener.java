package jp.yui.deploy.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import jp.yui.query.calendar.SubscriptionUpdates;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanProjection;
import jp.yui.query.plan.PlanQueries;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.ratio.RatioQueries;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Live screens on every node. A screen subscribes (Axon subscription query) on the node that serves it, but the event
 * may be projected by another node (pooled streaming processors split the segments between nodes), whose
 * {@link QueryUpdateEmitter} knows nothing of this node's subscribers. So every node LISTENs on PostgreSQL channel
 * {@code yui_progress} (notified by a trigger on {@code token_entry} when a processor's token moves, i.e. after a
 * projection committed — deploy migration V20) and, for the processor of the plan and the ratio ({@code plan}: the
 * ratio counts the plan's day ledger and runs in the same processor), recomputes the answers of its
 * own active {@link FindYearPlan}, {@link FindWorkerYear}, {@link FindNonMemberRatio} and
 * {@link FindRatiosOfCooperatives} subscriptions and emits them (only when someone subscribed; notifications arriving
 * together are handled once). The node that projected the event has already emitted; the repeated, equal answer is
 * harmless.
 * <p>
 * One dedicated connection of the pool; on a connection failure it reconnects every
 * {@code yui.live.reconnect-ms} (default 5 s). Off with {@code yui.live.listen=false}.
 */
@Component
public class ReadModelChangeListener implements DisposableBean {

    public static final String CHANNEL = "yui_progress";
    private static final Logger log = LoggerFactory.getLogger(ReadModelChangeListener.class);

    private final DataSource dataSource;
    private final QueryUpdateEmitter emitter;
    private final PlanQueries plans;
    private final RatioQueries ratios;
    private final boolean enabled;
    private final long reconnectMillis;
    private volatile boolean running;
    private Thread thread;

    public ReadModelChangeListener(DataSource dataSource, QueryUpdateEmitter emitter, PlanQueries plans,
                                   RatioQueries ratios, @Value("${yui.live.listen:true}") boolean enabled,
                                   @Value("${yui.live.reconnect-ms:5000}") long reconnectMillis) {
        this.dataSource = dataSource;
        this.emitter = emitter;
        this.plans = plans;
        this.ratios = ratios;
        this.enabled = enabled;
        this.reconnectMillis = reconnectMillis;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (!enabled || thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "yui-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void destroy() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                log.debug("listening on {}", CHANNEL);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null || notifications.length == 0) {
                        continue;
                    }
                    Set<String> processors = new HashSet<>();
                    for (PGNotification n : notifications) {
                        processors.add(n.getParameter());
                    }
                    processors.forEach(this::refresh);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("live updates: {} — reconnecting in {} ms", e.toString(), reconnectMillis);
                try {
                    Thread.sleep(reconnectMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Re-emits the answers of this node's subscriptions to the read model of {@code processor}. */
    void refresh(String processor) {
        try {
            // the processor "plan" runs the plan's and the ratio's processing groups (EventProcessingConfiguration)
            if (PlanProjection.PROCESSING_GROUP.equals(processor)) {
                SubscriptionUpdates.emit(emitter, FindYearPlan.class, q -> true, plans::find);
                SubscriptionUpdates.emit(emitter, FindWorkerYear.class, q -> true, plans::find);
                SubscriptionUpdates.emit(emitter, FindNonMemberRatio.class, q -> true, ratios::find);
                SubscriptionUpdates.emit(emitter, FindRatiosOfCooperatives.class, q -> true, ratios::find);
            }
        } catch (RuntimeException e) {
            log.warn("live updates of {} failed: {}", processor, e.toString());
        }
    }
}
