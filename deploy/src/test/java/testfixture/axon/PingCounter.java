package testfixture.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A minimal event-sourced aggregate that uses the application's snapshot trigger and the injectable domain beans
 * exactly as the Cooperative aggregate does.
 */
@Aggregate(snapshotTriggerDefinition = "cooperativeSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class PingCounter {

    /** Handler invocations, to tell retried commands from non-retried ones. */
    public static final AtomicInteger HANDLER_INVOCATIONS = new AtomicInteger();

    public record Ping(@TargetAggregateIdentifier String counterId, boolean refuse) {
    }

    public record Pinged(String counterId, int count, String zone, String capCommencement, boolean municipalities) {
    }

    @AggregateIdentifier
    private String counterId;
    private int count;

    protected PingCounter() {
    }

    /** Returns the count after this ping. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(Ping command, Clock clock, CapLaw capLaw, Municipalities municipalities) {
        HANDLER_INVOCATIONS.incrementAndGet();
        if (command.refuse()) {
            throw new IllegalStateException("refused by the rules");
        }
        apply(new Pinged(command.counterId(), count + 1, clock.getZone().getId(),
                capLaw.amendmentCommencement().toString(), municipalities != null));
        return count;
    }

    @EventSourcingHandler
    void on(Pinged event) {
        counterId = event.counterId();
        count = event.count();
    }
}
