package jp.yui.deploy.support;

import jp.yui.query.support.TestDatabase;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.util.HashMap;
import java.util.Map;

/**
 * Points {@code spring.datasource.*} at this JVM's fresh {@link TestDatabase} (so the embedded PostgreSQL of the
 * application is not started). Used by {@link YuiIntegrationTest}; usable on its own with
 * {@code @ContextConfiguration(initializers = TestDatabaseInitializer.class)}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE_NAME = "yuiTestDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password() == null ? "" : db.password());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
        // Integration tests start like the demo profile: the demo cooperative and the demo users exist (a test may
        // turn them off with its own properties, which take precedence over these).
        Map<String, Object> defaults = Map.of("yui.demo.load", "true", "yui.security.demo-users", "true");
        var sources = context.getEnvironment().getPropertySources();
        MapPropertySource demo = new MapPropertySource(PROPERTY_SOURCE_NAME + "Defaults", defaults);
        if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, demo);
        } else {
            sources.addAfter(PROPERTY_SOURCE_NAME, demo);
        }
    }
}
