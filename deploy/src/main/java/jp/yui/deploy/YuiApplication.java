package jp.yui.deploy;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable Yui application: Axon Framework (without Axon Server) on PostgreSQL.
 * <p>
 * Without {@code spring.datasource.url} it starts an embedded PostgreSQL whose data directory survives restarts
 * ({@link jp.yui.deploy.database.EmbeddedPostgresConfiguration}); with it, it uses that server.
 */
@SpringBootApplication(scanBasePackages = "jp.yui")
@EnableVaadin("jp.yui") // Vaadin looks for @Route views only below the application's package otherwise (not in ui)
public class YuiApplication {

    /** System property read by Axon's update checker (Axon 4.13 contacts get.axoniq.io at start otherwise). */
    public static final String UPDATE_CHECKER_DISABLED_PROPERTY = "axoniq.update-checker.disabled";

    static {
        // Also covers tests and other launchers that load this class without going through main().
        disableAxonUpdateChecker();
    }

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(YuiApplication.class, args);
    }

    /** Axon must not phone home: set before Spring (and with it Axon) starts. */
    public static void disableAxonUpdateChecker() {
        System.setProperty(UPDATE_CHECKER_DISABLED_PROPERTY, "true");
        // Also silence the AxonIQ Console advertisement banner Axon prints at start.
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
