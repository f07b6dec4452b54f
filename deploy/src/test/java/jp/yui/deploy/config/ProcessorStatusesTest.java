package jp.yui.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.Test;

class ProcessorStatusesTest {

    @Test
    void anErrorOfASegmentThisNodeDoesNotHoldIsStaleAndLeftOut() {
        Segment[] segments = Segment.computeSegments(0, 1, 2, 3);
        Map<Integer, EventTrackerStatus> status = new HashMap<>();
        // segment 0: worked on here; 1: an error left behind after the work package was aborted twice, the segment
        // now held by another node; 2: an error of a segment this node holds
        status.put(0, new TrackerStatus(segments[0], new GlobalSequenceTrackingToken(42)));
        status.put(1, new TrackerStatus(segments[1], null).markError(new IllegalStateException("database gone")));
        status.put(2, new TrackerStatus(segments[2], new GlobalSequenceTrackingToken(7))
                .markError(new IllegalStateException("handler failed")));

        Map<Integer, EventTrackerStatus> current = ProcessorStatuses.current(processor("subsidy", status), Set.of(0, 2));

        assertThat(current).containsOnlyKeys(0, 2);
        assertThat(current.get(2).isErrorState()).isTrue();
    }

    @Test
    void aStatusWithoutErrorIsKeptEvenBeforeTheClaimIsSeenInTheTokenTable() {
        Map<Integer, EventTrackerStatus> status = Map.of(0,
                new TrackerStatus(Segment.ROOT_SEGMENT, new GlobalSequenceTrackingToken(1)));

        assertThat(ProcessorStatuses.current(processor("plan", status), Set.of())).containsOnlyKeys(0);
    }

    private static StreamingEventProcessor processor(String name, Map<Integer, EventTrackerStatus> status) {
        return (StreamingEventProcessor) Proxy.newProxyInstance(ProcessorStatusesTest.class.getClassLoader(),
                new Class<?>[] {StreamingEventProcessor.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "processingStatus" -> status;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
