package jp.yui.deploy.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side messaging: snapshots, the {@code userId} metadata every event carries, and the command gateway that
 * retries transient failures.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Metadata key naming who caused a command and, by correlation, its events. */
    public static final String USER_ID = "userId";

    /** Snapshot trigger of the Cooperative aggregate (see {@link WriteModelConfiguration}). */
    @Bean
    public SnapshotTriggerDefinition cooperativeSnapshotTrigger(
            Snapshotter snapshotter, @Value("${yui.snapshot.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Copies {@code traceId}/{@code correlationId} onto messages a handler produces. Declared explicitly because
     * Axon's autoconfigured one is {@code @ConditionalOnMissingBean(CorrelationDataProvider.class)} and disappears as
     * soon as any other provider (like {@link #userIdCorrelationDataProvider()}) exists.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies the command's {@code userId} onto every event its handler applies. */
    @Bean
    public CorrelationDataProvider userIdCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(USER_ID);
    }

    /** Registers {@link UserIdDispatchInterceptor} on the command bus itself, so it covers every dispatch path. */
    @Bean
    public InitializingBean userIdDispatchInterceptorRegistration(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new UserIdDispatchInterceptor());
    }

    @Bean
    public TransientFailureRetryScheduler commandRetryScheduler(
            @Value("${yui.command.retry.max-retries:5}") int maxRetries,
            @Value("${yui.command.retry.interval-ms:100}") int intervalMillis) {
        return TransientFailureRetryScheduler.create(maxRetries, intervalMillis);
    }

    /** Replaces Axon's autoconfigured gateway (same, plus the retry scheduler). */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, TransientFailureRetryScheduler retryScheduler) {
        return DefaultCommandGateway.builder()
                                    .commandBus(commandBus)
                                    .retryScheduler(retryScheduler)
                                    .build();
    }
}
