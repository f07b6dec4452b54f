package jp.yui.deploy.support;

import jp.yui.deploy.YuiApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link SpringBootTest} of the whole application on this test JVM's own fresh PostgreSQL database
 * ({@link TestDatabase}): Flyway migrates it, Axon stores its events in it. Contexts with the same configuration
 * are cached and share the database, so tests must not assume an empty event store; use fresh identifiers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = YuiApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface YuiIntegrationTest {

    /** Extra {@code key=value} properties, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** As {@link SpringBootTest#webEnvironment()}; a mock web environment by default. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
