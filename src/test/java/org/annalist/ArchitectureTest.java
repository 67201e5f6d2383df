package org.annalist;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of ../shared/ARCHITECTURE.md. Exceptions are named here with their reason:
 * <ul>
 *   <li>cli may use model and doc besides service: the commands print the records the services return.</li>
 *   <li>cli and ui may use check besides service: the proofreading checks are a pure leaf over doc (no store, no
 *       fonts), so the editor asks them for the findings of its text off the JavaFX thread without a round trip
 *       through the archive, and both show the {@code Finding}s the service returns.</li>
 *   <li>app may use ui: the composition root starts the desktop program (ui.DesktopLauncher) or the command line.</li>
 *   <li>export.pdf may use doc besides typeset.frame: {@code doc.Numerals} spells page numbers for the outline.</li>
 *   <li>review, search and export.docx are not written yet: the rules that select only their classes allow an
 *       empty selection while the package has no classes ({@link #checkWhileNotYetWritten}); every other rule
 *       fails when it selects nothing, so a misspelt or renamed package cannot make a rule pass vacuously.</li>
 *   <li>every package may use i18n (messages as keys with arguments), which uses java.base only; typeset.frame
 *       stays on java.base alone, since it holds no messages.</li>
 * </ul>
 * Package cycles are checked twice: between the layers ({@code org.annalist.X}) and between every package and
 * subpackage ({@code ui} and {@code ui.editor} are two slices), so a feature package cannot call back into the
 * window that holds it; what they share lives in {@code ui.common}.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.annalist");
    }

    /** A rule over packages that exist: selecting no classes is a failure (a misspelt or moved package). */
    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(classes);
    }

    /**
     * A rule over packages ARCHITECTURE.md names but nobody has written yet: empty is fine while none of
     * {@code packages} has a class; once one does, the rule fails when empty like every other.
     */
    private static void checkWhileNotYetWritten(ArchRule rule, String... packages) {
        boolean written = classes.stream().anyMatch(c -> Set.of(packages).stream()
                .anyMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")));
        rule.allowEmptyShould(!written).check(classes);
    }

    /** The packages module java.base exports to everyone: what {@code typeset.frame} may use. */
    private static final Set<String> JAVA_BASE = ModuleLayer.boot().findModule("java.base").orElseThrow()
            .getDescriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toUnmodifiableSet());

    private static final DescribedPredicate<JavaClass> JAVA_BASE_OR_FRAME = DescribedPredicate.describe(
            "in module java.base or in org.annalist.typeset.frame", c -> {
                JavaClass t = c.getBaseComponentType();
                return t.isPrimitive() || JAVA_BASE.contains(t.getPackageName())
                        || t.getPackageName().equals("org.annalist.typeset.frame")
                        || t.getPackageName().startsWith("org.annalist.typeset.frame.");
            });

    @Test
    void docUsesOnlyJavaAndFlexmark() {
        check(classes().that().resideInAPackage("org.annalist.doc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.vladsch.flexmark..", "org.annalist.doc..", "org.annalist.i18n.."));
    }

    /** The proofreading checks read the doc tree only: no store, fonts, services or UI (they get what they need passed in). */
    @Test
    void checksUseOnlyTheDocTree() {
        check(classes().that().resideInAPackage("org.annalist.check..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.annalist.check..", "org.annalist.doc..", "org.annalist.i18n.."));
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
                        "org.annalist.export..", "org.annalist.review..", "org.annalist.search..", "org.annalist.check..",
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
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.importer..", "org.annalist.check..",
                        "org.annalist.export..", "org.annalist.ui..", "org.annalist.service..", "org.annalist.cli..",
                        "org.annalist.app.."));
    }

    /** Every exporter walks frames, so frames carry no library at all and not even java.desktop (java.awt). */
    @Test
    void frameDependsOnJavaBaseOnly() {
        check(classes().that().resideInAPackage("org.annalist.typeset.frame..")
                .should().onlyDependOnClassesThat(JAVA_BASE_OR_FRAME));
    }

    /** The predicate above means module java.base, not every {@code java.*} package. */
    @Test
    void javaBaseMeansTheModuleNotThePrefix() {
        JavaClasses probe = new ClassFileImporter().importClasses(String.class, java.util.List.class,
                java.awt.Point.class, java.util.logging.Logger.class, java.sql.Connection.class);
        assertThat(JAVA_BASE_OR_FRAME.test(probe.get(String.class))).isTrue();
        assertThat(JAVA_BASE_OR_FRAME.test(probe.get(java.util.List.class))).isTrue();
        assertThat(JAVA_BASE_OR_FRAME.test(probe.get(java.awt.Point.class))).isFalse();
        assertThat(JAVA_BASE_OR_FRAME.test(probe.get(java.util.logging.Logger.class))).isFalse();
        assertThat(JAVA_BASE_OR_FRAME.test(probe.get(java.sql.Connection.class))).isFalse();
    }

    @Test
    void exportWalksFramesAndTheDocTreeOnly() {
        check(noClasses().that().resideInAPackage("org.annalist.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.store..", "org.annalist.importer..",
                        "org.annalist.typeset.inline..", "org.annalist.typeset.flow..", "org.annalist.typeset.page..",
                        "org.annalist.typeset.style..", "org.annalist.service..", "org.annalist.ui..",
                        "org.annalist.cli..", "org.annalist.app.."));
    }

    /** Not written yet: see {@link #checkWhileNotYetWritten}. */
    @Test
    void reviewStaysBelowService() {
        checkWhileNotYetWritten(belowService("org.annalist.review.."), "org.annalist.review");
    }

    /** Not written yet: see {@link #checkWhileNotYetWritten}. */
    @Test
    void searchStaysBelowService() {
        checkWhileNotYetWritten(belowService("org.annalist.search.."), "org.annalist.search");
    }

    private static ArchRule belowService(String pkg) {
        return noClasses().that().resideInAPackage(pkg)
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.importer..", "org.annalist.typeset..",
                        "org.annalist.export..", "org.annalist.service..", "org.annalist.ui..", "org.annalist.cli..",
                        "org.annalist.app..");
    }

    /** Word lays out its own pages: the docx writer works from the doc tree, never from frames. Not written yet. */
    @Test
    void docxExportWritesFromTheDocTree() {
        checkWhileNotYetWritten(noClasses().that().resideInAPackage("org.annalist.export.docx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.annalist.typeset.."), "org.annalist.export.docx");
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
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("outside org.annalist, or ui, service, model, doc, check, typeset.frame, i18n",
                        c -> !c.getPackageName().startsWith("org.annalist.") || c.getPackageName().startsWith("org.annalist.ui")
                                || c.getPackageName().startsWith("org.annalist.check")
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
    void jsoupOnlyInTheHtmlImporter() {
        check(noClasses().that().resideOutsideOfPackages("org.annalist.importer.html..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup.."));
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

    /** No cycles between the layers: {@code ui.editor → service → ui.tree} counts as ui ↔ service. */
    @Test
    void noCyclesBetweenLayers() {
        check(slices().matching("org.annalist.(*)..").should().beFreeOfCycles());
    }

    /** No cycles between any two packages, a package and its subpackages included ({@code ui ↔ ui.editor}). */
    @Test
    void noCyclesBetweenPackages() {
        check(slices().matching("org.annalist.(**)").should().beFreeOfCycles());
    }
}
