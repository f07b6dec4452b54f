package jp.yui.deploy.demo;

import jp.yui.query.security.SystemActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkerHired;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo cooperative "dozen" is loaded at start, lawfully, once. */
@YuiIntegrationTest
class DemoDataLoaderTest {

    private static final String DOZEN = DemoDataLoader.COOPERATIVE_ID;

    @Autowired
    EventStore eventStore;
    @Autowired
    DemoDataLoader loader;

    @Test
    @DisplayName("after start the demo cooperative's events exist, and the traps were refused by the rules")
    void demoCooperativeIsLoadedAtStart() {
        List<DomainEventMessage<?>> events = events();
        List<Object> payloads = events.stream().<Object>map(DomainEventMessage::getPayload).toList();

        assertThat(payloads).filteredOn(CooperativeRegistered.class::isInstance).hasSize(1);
        assertThat(payloads).filteredOn(CooperativeCertified.class::isInstance).hasSize(1);
        assertThat(payloads).filteredOn(MemberAdmitted.class::isInstance).hasSize(10);
        assertThat(payloads).filteredOn(WorkerHired.class::isInstance).hasSize(7);
        List<NonMemberClientRegistered> nonMembers = ofType(payloads, NonMemberClientRegistered.class);
        // the four non-members, and "salt" as a business before it joins on 2026-10-01
        assertThat(nonMembers).extracting(NonMemberClientRegistered::clientId)
                .containsExactlyInAnyOrder("ama-town", "chibu-vill", "pref", "hotel", "salt");
        assertThat(nonMembers).filteredOn(n -> n.clientId().equals("salt"))
                .extracting(NonMemberClientRegistered::kind).containsExactly(ClientKind.BUSINESS);
        assertThat(nonMembers).filteredOn(n -> n.clientId().equals("ama-town"))
                .extracting(NonMemberClientRegistered::kind).containsExactly(ClientKind.MUNICIPALITY);

        List<AssignmentPlanned> planned = ofType(payloads, AssignmentPlanned.class);
        assertThat(planned).hasSizeGreaterThanOrEqualTo(8);
        assertThat(planned).as("w7 is fixed-term and never dispatched (R-WORK-1)")
                .noneMatch(a -> a.workerId().equals("w7"));
        assertThat(planned).as("w6 left 'inn' on 2026-01-31 (R-WORK-3)")
                .noneMatch(a -> a.workerId().equals("w6") && a.clientId().equals("inn"));
        assertThat(planned).as("construction is never dispatched (R-DISP-1)")
                .filteredOn(a -> a.category() == WorkCategory.CONSTRUCTION)
                .allMatch(a -> a.kind() == AssignmentKind.SECONDMENT);
        assertThat(planned).extracting(AssignmentPlanned::workerId)
                .isSubsetOf(Set.of("w1", "w2", "w3", "w4", "w5", "w6"));

        assertThat(events).allSatisfy(e -> assertThat(e.getMetaData().get("userId")).isEqualTo(DemoDataLoader.USER));
    }

    @Test
    @DisplayName("running the loader again adds no events")
    void loadingAgainAddsNothing() throws Exception {
        long before = eventStore.lastSequenceNumberFor(DOZEN).orElseThrow();
        int count = events().size();

        loader.run(new DefaultApplicationArguments());

        assertThat(eventStore.lastSequenceNumberFor(DOZEN)).contains(before);
        assertThat(events()).hasSize(count);
    }

    /** Every event of "dozen" from the first one (no snapshot). */
    private List<DomainEventMessage<?>> events() {
        List<DomainEventMessage<?>> out = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(DOZEN, 0);
        // only what the loader recorded: other tests of this JVM share the database and may add to "dozen"
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (DemoDataLoader.PURPOSE.equals(event.getMetaData().get(SystemActor.METADATA_KEY))) {
                out.add(event);
            }
        }
        return out;
    }

    private static <T> List<T> ofType(List<Object> payloads, Class<T> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
