package jp.yui.ui.imports.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reading of import files is plain Java, shared by the screen and the REST API. */
class ImportsArchitectureTest {

    @Test
    void csvPackageKnowsNoVaadinSpringOrServlet() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.yui.ui.imports.csv");
        // the rule below holds for no classes at all: the package must really have been read
        assertThat(classes).extracting(c -> c.getSimpleName()).contains("CsvParser", "CsvImporter");
        noClasses().that().resideInAPackage("jp.yui.ui.imports.csv..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                        "jakarta.servlet..", "jp.yui.ui.imports", "jp.yui.command.cooperative..", "jp.yui.query..")
                .check(classes);
    }
}
