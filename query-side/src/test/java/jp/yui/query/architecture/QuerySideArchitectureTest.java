package jp.yui.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The read side uses the write model's messages and value types (api, domain), never its aggregate; and no UI. */
// Each rule.check(classes) is the assertion: it throws an AssertionError that lists every violating dependency.
class QuerySideArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.yui.query");

    @Test
    void readSideNeverTouchesTheAggregate() {
        noClasses().that().resideInAPackage("jp.yui.query..")
                .should().dependOnClassesThat().resideInAPackage("jp.yui.command.cooperative..")
                .check(classes);
    }

    @Test
    void readSideKnowsNoUiOrWebLayer() {
        noClasses().that().resideInAPackage("jp.yui.query..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.web..",
                        "jp.yui.deploy..", "jp.yui.ui..")
                .check(classes);
    }
}
