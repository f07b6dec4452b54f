package jp.yui.deploy.config;

import jp.yui.command.cooperative.Cooperative;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the write model's aggregate with Axon. The aggregate class carries no Spring annotation (command-side
 * stays free of Spring), so it is configured here: event sourced from the PostgreSQL event store, snapshotted by
 * {@code cooperativeSnapshotTrigger}, its command handlers' extra parameters (Municipalities, CapLaw, Clock)
 * resolved from the Spring context.
 */
@Configuration(proxyBeanMethods = false)
public class WriteModelConfiguration {

    /**
     * Also found by Axon's SpringAggregateSnapshotter, which builds snapshots with it. The aggregate model is inspected
     * with the application's parameter resolvers, so handler parameters such as {@code Municipalities} resolve to
     * Spring beans (a bare {@code new GenericAggregateFactory<>(Cooperative.class)} would only see classpath resolvers).
     */
    @Bean
    public AggregateFactory<Cooperative> cooperativeAggregateFactory(ParameterResolverFactory parameterResolverFactory,
                                                                     HandlerDefinition handlerDefinition) {
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                Cooperative.class, parameterResolverFactory, handlerDefinition));
    }

    @Bean
    public ConfigurerModule cooperativeAggregate(AggregateFactory<Cooperative> cooperativeAggregateFactory,
                                                 ObjectProvider<SnapshotTriggerDefinition> cooperativeSnapshotTrigger) {
        // looked up lazily: the trigger needs the snapshotter, which needs the Axon configuration this module is part of
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Cooperative.class)
                                   .configureAggregateFactory(c -> cooperativeAggregateFactory)
                                   .configureSnapshotTrigger(c -> cooperativeSnapshotTrigger.getObject()));
    }
}
