package jp.yui.deploy.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.yui.deploy.config.AxonJdbcConfiguration.NodeId;
import jp.yui.deploy.config.ProcessorStatuses;
import jp.yui.query.ratio.CooperativeRatios;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.security.SystemActor;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Yui's own gauges, refreshed every {@code yui.metrics.refresh-seconds} (default 30) on one background thread:
 * <ul>
 *     <li>{@code yui.processor.lag.events{processor, segment}} — events between the head of the event store and the
 *     position of each segment this node holds (the segments other nodes hold are on their own {@code /prometheus});
 *     </li>
 *     <li>{@code yui.cap.headroom.minutes{cooperative, kind=related|other}} and {@code yui.cap.headroom.yen{...}} —
 *     how much more non-member use each cooperative's current business year allows (from the ratio read model,
 *     {@link FindRatiosOfCooperatives}, asked as the system).</li>
 * </ul>
 * Command rates and processor latencies come from Axon's own Micrometer metrics ({@code axon-micrometer}).
 */
@Component
public class YuiMetrics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(YuiMetrics.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Clock clock;
    private final long refreshSeconds;
    private final MultiGauge lag;
    private final MultiGauge headRoomMinutes;
    private final MultiGauge headRoomYen;
    private ScheduledExecutorService scheduler;

    public YuiMetrics(MeterRegistry registry, EventProcessingConfiguration processing, EventStore eventStore,
                      QueryGateway queries, JdbcTemplate jdbc, NodeId nodeId,
                      @Value("${yui.metrics.refresh-seconds:30}") long refreshSeconds) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.queries = queries;
        this.jdbc = jdbc;
        this.nodeId = nodeId.name();
        this.clock = Clock.systemDefaultZone();
        this.refreshSeconds = Math.max(1, refreshSeconds);
        this.lag = MultiGauge.builder("yui.processor.lag.events")
                .description("events of the event store not yet handled by a segment of a processor (this node)")
                .baseUnit("events").register(registry);
        this.headRoomMinutes = MultiGauge.builder("yui.cap.headroom.minutes")
                .description("non-member use still allowed in the current business year (R-CAP-1/2)")
                .baseUnit("minutes").register(registry);
        this.headRoomYen = MultiGauge.builder("yui.cap.headroom.yen")
                .description("non-member fees still allowed in the current business year (R-CAP-1/2)")
                .baseUnit("yen").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("yui-metrics"));
            scheduler.scheduleWithFixedDelay(this::refresh, 0, refreshSeconds, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Recomputes all gauges now. */
    public void refresh() {
        try {
            refreshLag();
        } catch (RuntimeException e) {
            log.debug("processor lag not available: {}", e.toString());
        }
        try {
            refreshHeadRoom();
        } catch (RuntimeException e) {
            log.debug("cap head-room not available: {}", e.toString());
        }
    }

    void refreshLag() {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        // without the stale error status a processor can keep of a segment another node holds (ProcessorStatuses)
        Map<String, Set<Integer>> claimed = ProcessorStatuses.claimedBy(jdbc, nodeId);
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                for (Map.Entry<Integer, EventTrackerStatus> e : ProcessorStatuses.current(streaming,
                        claimed.getOrDefault(name, Set.of())).entrySet()) {
                    long position = e.getValue().getCurrentPosition().orElse(0);
                    rows.add(MultiGauge.Row.of(Tags.of("processor", name, "segment", String.valueOf(e.getKey())),
                            Math.max(0, headPosition - position)));
                }
            }
        });
        lag.register(rows, true);
    }

    /** A cooperative's head-room rows as last computed, and the ledger version and year they were computed for. */
    private record HeadRoom(long version, int year, List<MultiGauge.Row<?>> minutes, List<MultiGauge.Row<?>> yen) {
    }

    /** By cooperative, in id order; only the scheduler's thread (and tests calling {@link #refresh()}) touch it. */
    private final Map<String, HeadRoom> headRooms = new TreeMap<>();

    /**
     * Recomputes the head-room of the cooperatives whose ledger moved since the last refresh (their last applied event
     * sequence in the plan's or the ratio's read model, or a new business year); the others keep their rows. Nothing
     * is recomputed while a processor replays: its read models are then half rebuilt, and a national replay would
     * compute every cooperative's year again every refresh.
     */
    synchronized void refreshHeadRoom() {
        boolean replaying = processing.eventProcessors().values().stream()
                .anyMatch(p -> p instanceof StreamingEventProcessor s && s.isReplaying());
        if (replaying) {
            return;
        }
        Map<Integer, Set<String>> byYear = new HashMap<>();
        Map<String, long[]> current = new HashMap<>(); // version, year
        LocalDate today = LocalDate.now(clock);
        jdbc.query("select r.cooperative_id, r.business_year_start_month, "
                + "greatest(coalesce(p.last_sequence, -1), coalesce(a.last_sequence, -1)) from ratio_cooperative r "
                + "left join plan_applied p on p.cooperative_id = r.cooperative_id "
                + "left join ratio_applied a on a.cooperative_id = r.cooperative_id", rs -> {
                    String coop = rs.getString(1);
                    int start = rs.getInt(2);
                    int year = today.getMonthValue() >= start ? today.getYear() : today.getYear() - 1;
                    long version = rs.getLong(3);
                    current.put(coop, new long[] {version, year});
                    HeadRoom known = headRooms.get(coop);
                    if (known == null || known.version() != version || known.year() != year) {
                        byYear.computeIfAbsent(year, y -> new TreeSet<>()).add(coop);
                    }
                });
        headRooms.keySet().retainAll(current.keySet());
        lastRecomputed = byYear.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
        for (Map.Entry<Integer, Set<String>> e : byYear.entrySet()) {
            CooperativeRatios ratios = SystemActor.call("metrics", () -> queries
                    .query(new FindRatiosOfCooperatives(e.getValue(), e.getKey()), CooperativeRatios.class).join());
            for (NonMemberRatio r : ratios.cooperatives()) {
                List<MultiGauge.Row<?>> minutes = new ArrayList<>();
                List<MultiGauge.Row<?>> yen = new ArrayList<>();
                if (r.headRoom() != null) {
                    minutes.add(MultiGauge.Row.of(Tags.of("cooperative", r.cooperativeId(), "kind", "related"),
                            r.headRoom().relatedMinutes()));
                    minutes.add(MultiGauge.Row.of(Tags.of("cooperative", r.cooperativeId(), "kind", "other"),
                            r.headRoom().otherMinutes()));
                    yen.add(MultiGauge.Row.of(Tags.of("cooperative", r.cooperativeId(), "kind", "related"),
                            r.headRoom().relatedFeesYen()));
                    yen.add(MultiGauge.Row.of(Tags.of("cooperative", r.cooperativeId(), "kind", "other"),
                            r.headRoom().otherFeesYen()));
                }
                long[] v = current.get(r.cooperativeId());
                if (v != null) {
                    headRooms.put(r.cooperativeId(), new HeadRoom(v[0], (int) v[1], minutes, yen));
                }
            }
        }
        List<MultiGauge.Row<?>> minutes = new ArrayList<>();
        List<MultiGauge.Row<?>> yen = new ArrayList<>();
        headRooms.values().forEach(h -> {
            minutes.addAll(h.minutes());
            yen.addAll(h.yen());
        });
        headRoomMinutes.register(minutes, true);
        headRoomYen.register(yen, true);
    }

    private Set<String> lastRecomputed = Set.of();

    /** The cooperatives whose head-room the last refresh computed again. */
    synchronized Set<String> lastRecomputed() {
        return Set.copyOf(lastRecomputed);
    }
}
