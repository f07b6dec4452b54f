package jp.yui.command.cooperative;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The write model stays pure: no web, UI, persistence or Spring in command-side; the api knows no aggregate. */
// Each rule.check(classes) is the assertion: it throws an AssertionError that lists every violating dependency.
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.yui.command");

    @Test
    void commandSideDependsOnNoWebUiOrPersistenceApi() {
        noClasses().that().resideInAPackage("jp.yui.command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "javax.servlet..", "jakarta.persistence..",
                        "javax.persistence..", "java.sql..", "javax.sql..", "org.hibernate..", "com.vaadin..",
                        "org.flywaydb..", "org.postgresql..", "jakarta.ws..")
                .check(classes);
    }

    @Test
    void apiKnowsNothingOfTheAggregate() {
        noClasses().that().resideInAPackage("jp.yui.command.api..")
                .should().dependOnClassesThat().resideInAPackage("jp.yui.command.cooperative..")
                .check(classes);
    }
}
