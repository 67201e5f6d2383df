package org.annalist;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of ../shared/ARCHITECTURE.md. Exceptions are named here with their reason:
 * <ul>
 *   <li>cli may use model and doc besides service: the commands print the records the services return.</li>
 *   <li>app may use ui: the composition root starts the desktop program (ui.DesktopLauncher) or the command line.</li>
 *   <li>every package may use i18n (messages as keys with arguments), which uses java.base only; typeset.frame
 *       stays on java.base alone, since it holds no messages.</li>
 * </ul>
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.annalist");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void docUsesOnlyJavaAndFlexmark() {
        check(classes().that().resideInAPackage("org.annalist.doc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.vladsch.flexmark..", "org.annalist.doc..", "org.annalist.i18n.."));
    }

    @Test
    void i18nUsesJavaBaseOnly() {
        check(classes().that().resideInAPackage("org.annalist.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.annalist.i18n.."));
    }

    @Test
    void modelUsesOnlyJavaAndDoc() {
        check(classes().that().resideInAPackage("org.annalist.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.annalist.model..", "org.annalist.doc..", "org.annalist.i18n.."));
    }

    @Test
    void storeUsesOnlyModelAndDocOfOurs() {
        check(noClasses().that().resideInAPackage("org.annalist.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.importer..", "org.annalist.typeset..",
                        "org.annalist.export..", "org.annalist.review..", "org.annalist.search..",
                        "org.annalist.service..", "org.annalist.ui..", "org.annalist.cli..", "org.annalist.app.."));
    }

    @Test
    void importersNeverWriteToTheStore() {
        check(noClasses().that().resideInAPackage("org.annalist.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.typeset..",
                        "org.annalist.export..", "org.annalist.service..", "org.annalist.ui..", "org.annalist.cli..",
                        "org.annalist.app.."));
    }

    @Test
    void typesetNeverUsesStoreImporterExportOrUi() {
        check(noClasses().that().resideInAPackage("org.annalist.typeset..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.importer..",
                        "org.annalist.export..", "org.annalist.ui..", "org.annalist.service..", "org.annalist.cli..",
                        "org.annalist.app.."));
    }

    @Test
    void frameDependsOnJavaBaseOnly() {
        check(classes().that().resideInAPackage("org.annalist.typeset.frame..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.annalist.typeset.frame.."));
    }

    @Test
    void exportWalksFramesAndTheDocTreeOnly() {
        check(noClasses().that().resideInAPackage("org.annalist.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.importer..",
                        "org.annalist.typeset.inline..", "org.annalist.typeset.flow..", "org.annalist.typeset.page..",
                        "org.annalist.typeset.style..", "org.annalist.service..", "org.annalist.ui..",
                        "org.annalist.cli..", "org.annalist.app.."));
    }

    @Test
    void reviewAndSearchStayBelowService() {
        check(noClasses().that().resideInAnyPackage("org.annalist.review..", "org.annalist.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.importer..", "org.annalist.typeset..",
                        "org.annalist.export..", "org.annalist.service..", "org.annalist.ui..", "org.annalist.cli..",
                        "org.annalist.app.."));
    }

    @Test
    void serviceHasNoJavaFx() {
        check(noClasses().that().resideInAPackage("org.annalist.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.annalist.ui..",
                        "org.annalist.cli..", "org.annalist.app.."));
    }

    @Test
    void uiUsesServiceModelDocAndFramesOnly() {
        check(noClasses().that().resideInAPackage("org.annalist.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.importer..",
                        "org.annalist.export..", "org.annalist.typeset.inline..", "org.annalist.typeset.flow..",
                        "org.annalist.typeset.page..", "org.annalist.typeset.style..", "org.annalist.typeset.font..",
                        "org.annalist.cli..", "org.annalist.app.."));
    }

    @Test
    void uiUsesOnlyServiceModelDocAndFramesOfOurs() {
        check(classes().that().resideInAPackage("org.annalist.ui..")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("outside org.annalist, or ui, service, model, doc, typeset.frame, i18n",
                        c -> !c.getPackageName().startsWith("org.annalist.") || c.getPackageName().startsWith("org.annalist.ui")
                                || c.getPackageName().startsWith("org.annalist.service") || c.getPackageName().startsWith("org.annalist.model")
                                || c.getPackageName().startsWith("org.annalist.doc") || c.getPackageName().startsWith("org.annalist.typeset.frame")
                                || c.getPackageName().startsWith("org.annalist.i18n"))));
    }

    /** ViewModels hold state and logic only, so they are tested without a screen: no controls, no windows. */
    @Test
    void viewModelsUseNoControls() {
        check(noClasses().that().resideInAPackage("org.annalist.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..",
                        "org.controlsfx.."));
    }

    @Test
    void cliUsesServiceModelAndDocOnly() {
        check(noClasses().that().resideInAPackage("org.annalist.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.importer..",
                        "org.annalist.typeset..", "org.annalist.export..", "org.annalist.ui..", "org.annalist.app.."));
    }

    @Test
    void poiOnlyInImporterAndDocxExport() {
        check(noClasses().that().resideOutsideOfPackages("org.annalist.importer..", "org.annalist.export.docx..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi.."));
    }

    @Test
    void pdfboxOnlyInPdfExportAndFonts() {
        check(noClasses().that().resideOutsideOfPackages("org.annalist.export.pdf..", "org.annalist.typeset.font..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox.."));
    }

    @Test
    void sqlOnlyInStoreAndSearch() {
        check(noClasses().that().resideOutsideOfPackages("org.annalist.store..", "org.annalist.search..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb.."));
    }

    @Test
    void javafxOnlyInUiAndApp() {
        check(noClasses().that().resideOutsideOfPackages("org.annalist.ui..", "org.annalist.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void picocliOnlyInCliAndApp() {
        check(noClasses().that().resideOutsideOfPackages("org.annalist.cli..", "org.annalist.app..")
                .should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    @Test
    void noPackageCycles() {
        check(slices().matching("org.annalist.(*)..").should().beFreeOfCycles());
    }
}
