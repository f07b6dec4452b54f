package jp.yui.deploy.writemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.RuleViolationException;
import jp.yui.deploy.command.Commands;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-CAP-5 on a real PostgreSQL: 8 threads plan member, related-municipality and other non-member assignments for
 * one cooperative at once until the caps refuse. Then, reading every event back from the store, the caps hold for
 * the year, every command that returned success has its event, and no refused command left one.
 */
@org.junit.jupiter.api.extension.ExtendWith(jp.yui.deploy.support.RunAsSystem.class)
@YuiIntegrationTest
class CapInvariantUnderConcurrencyTest {

    private static final int THREADS = 8;
    private static final int MEMBER_WEEKS = 60; // member use stops growing at 60 × 40 h = 2,400 h

    @Autowired
    Commands commands;
    @Autowired
    EventStore eventStore;

    @Test
    @DisplayName("R-CAP-5: concurrent commands never together exceed a cap; every acknowledged command has its event")
    void rCap5_concurrentCommandsNeverExceedACap() throws Exception {
        String coop = "concurrency-" + System.nanoTime();
        WriteModelFixtures.cooperative(commands, coop);
        int workers = 400;
        for (int i = 0; i < workers; i++) {
            WriteModelFixtures.hire(commands, coop, "w" + i);
        }

        AtomicInteger nextWorker = new AtomicInteger();
        AtomicInteger memberPlans = new AtomicInteger();
        AtomicInteger memberPlansDone = new AtomicInteger();
        AtomicInteger capRefusals = new AtomicInteger();
        // refusals once member use is final: early ones (M still small) do not show that the caps are used up
        AtomicInteger capRefusalsAtFinalM = new AtomicInteger();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        String[] nonMembers = {"town", "hotel", "pref", "town"};

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                start.await();
                int i = 0;
                while (capRefusalsAtFinalM.get() < 40 && nextWorker.get() < workers) {
                    int w = nextWorker.getAndIncrement();
                    if (w >= workers) {
                        break;
                    }
                    boolean member = (i++ + thread) % 3 == 0 && memberPlans.incrementAndGet() <= MEMBER_WEEKS;
                    String client = member ? "m" + (1 + w % 3) : nonMembers[w % nonMembers.length];
                    String id = "a" + w;
                    boolean memberUseFinal = memberPlansDone.get() >= MEMBER_WEEKS; // when this command is judged
                    try {
                        jp.yui.query.security.SystemActor.run(jp.yui.deploy.support.RunAsSystem.PURPOSE, () ->
                                commands.send(WriteModelFixtures.week(coop, id, "w" + w, client, w % 40), "thread-" + thread));
                        acknowledged.put(id, client);
                        if (member) {
                            memberPlansDone.incrementAndGet();
                        }
                    } catch (RuleViolationException e) {
                        refused.add(id);
                        if (e.ruleId().startsWith("R-CAP-")) {
                            capRefusals.incrementAndGet();
                            if (memberUseFinal) {
                                capRefusalsAtFinalM.incrementAndGet();
                            }
                        } else {
                            unexpected.add(e);
                        }
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).isEmpty();
        assertThat(capRefusals.get()).as("the caps refused some commands").isGreaterThan(0);
        assertThat(capRefusalsAtFinalM.get()).as("the caps refused commands once member use was final").isGreaterThan(0);

        Map<String, String> stored = new HashMap<>();
        DomainEventStream stream = eventStore.readEvents(coop);
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            if (m.getPayload() instanceof AssignmentPlanned p) {
                stored.put(p.assignmentId(), p.clientId());
                assertThat(m.getMetaData().get("userId")).asString().startsWith("thread-");
            }
        }
        assertThat(stored).as("every acknowledged command has its event, and nothing else was written")
                .isEqualTo(acknowledged);
        assertThat(new HashSet<>(stored.keySet())).doesNotContainAnyElementsOf(refused);

        long member = 0;
        long related = 0;
        long other = 0;
        for (String client : stored.values()) {
            long minutes = 5 * 480;
            if (client.startsWith("m")) {
                member += minutes;
            } else if (client.equals("town")) {
                related += minutes;
            } else {
                other += minutes;
            }
        }
        System.out.printf("R-CAP-5: %d commands acknowledged = %d AssignmentPlanned events; %d refused by a cap "
                + "(%d once member use was final); M %d h, R %d h, O %d h%n", acknowledged.size(), stored.size(),
                capRefusals.get(), capRefusalsAtFinalM.get(), member / 60, related / 60, other / 60);
        assertThat(member).isPositive();
        assertThat(other * 100).as("O ≤ 20 %% of M (M=%d, R=%d, O=%d min)", member, related, other)
                .isLessThanOrEqualTo(20 * member);
        assertThat((other + related) * 100).as("O + R ≤ 50 %% of M (M=%d, R=%d, O=%d min)", member, related, other)
                .isLessThanOrEqualTo(50 * member);
        // the caps were used up, not merely never approached: one more week of O or of R would not fit
        long week = 5 * 480;
        assertThat((other + week) * 100 > 20 * member || (other + related + week) * 100 > 50 * member)
                .as("a cap is exhausted (M=%d, R=%d, O=%d min)", member, related, other).isTrue();
    }
}
