package org.annalist.ui;

import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.transfer.ExportViewModel;
import org.annalist.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export window's ViewModel on the demo archive (issue 12, item 5): file name and template follow the
 * chosen scope, an existing PDF is replaced only when the editor says so (else the new one gets a version
 * suffix), and the last export of each scope is remembered in the user's settings.
 */
class ExportScopeTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel vm;
    private Path config;

    private MainViewModel open(UserSettings settings) {
        MainViewModel m = new MainViewModel(settings, false, new SameThreadTaskExecutor(), dialogs, ms -> Coalescer.immediate());
        m.keepSettingsIn(config);
        m.openArchive(() -> {
        });
        assertThat(dialogs.errors).isEmpty();
        return m;
    }

    @BeforeEach
    void setUp() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        config = tmp.resolve("config");
        vm = open(new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh"));
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private List<ExportViewModel.Scope> scopesWithYearbookCategory() {
        TreeNode pub = vm.tree().rootProperty().get().children().stream()
                .filter(n -> n.label().startsWith("《示范年鉴》")).findFirst().orElseThrow();
        vm.select(pub.children().get(0).children().isEmpty() ? pub.children().get(0) : pub.children().get(0).children().get(0));
        return vm.exportScopes();
    }

    private static ExportViewModel.Scope scope(List<ExportViewModel.Scope> scopes, String labelPart, boolean category) {
        return scopes.stream().filter(s -> s.label().contains(labelPart) && (s.sectionId() != null) == category)
                .findFirst().orElseThrow(() -> new AssertionError(labelPart + " in " + scopes));
    }

    @Test
    void fileNameAndTemplateFollowTheScope() {
        List<ExportViewModel.Scope> scopes = scopesWithYearbookCategory();
        ExportViewModel ex = vm.export();
        ExportViewModel.Scope category = scope(scopes, "示范年鉴", true);
        ExportViewModel.Scope yearbook = scope(scopes, "示范年鉴", false);
        ExportViewModel.Scope wenshi = scope(scopes, "政协文史资料", false);
        Path dir = tmp.resolve("data").resolve("排版");

        vm.defaultScope(scopes).ifPresent(ex::choose);
        assertThat(ex.scope.get()).isEqualTo(category);
        assertThat(ex.template.get()).isEqualTo("nianjian-16k");
        assertThat(ex.target.get().getParent()).isEqualTo(dir);
        String categoryName = ex.target.get().getFileName().toString();
        assertThat(categoryName).endsWith(".pdf").doesNotContain("《").doesNotContain(" ");

        ex.scope.set(wenshi);
        assertThat(ex.template.get()).isEqualTo("wenshi-16k");
        assertThat(ex.target.get()).isEqualTo(dir.resolve("全书_政协文史资料（示范）第1辑.pdf"));

        ex.scope.set(yearbook);
        assertThat(ex.template.get()).isEqualTo("nianjian-16k");
        assertThat(ex.target.get()).isEqualTo(dir.resolve("全书_示范年鉴2022.pdf"));
        assertThat(ex.target.get().getFileName().toString()).isNotEqualTo(categoryName);

        // the editor's default template is taken for its own kind only
        vm.settingsProperty().set(new UserSettings(tmp.resolve("data").toString(), "", "nianjian-da16k", "测试编辑", "zh"));
        ex.scope.set(wenshi);
        assertThat(ex.template.get()).isEqualTo("wenshi-16k");
        ex.scope.set(yearbook);
        assertThat(ex.template.get()).isEqualTo("nianjian-da16k");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheEditorSaysSo() throws Exception {
        List<ExportViewModel.Scope> scopes = scopesWithYearbookCategory();
        ExportViewModel ex = vm.export();
        ex.choose(scope(scopes, "示范年鉴", true));
        Path pdf = tmp.resolve("输出").resolve("类目.pdf");
        Files.createDirectories(pdf.getParent());
        Files.writeString(pdf, "an earlier PDF");
        ex.target.set(pdf);

        dialogs.confirmAnswer = false;
        ex.start();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.questions.get(0)).contains(pdf.toString()).contains("类目-2.pdf");
        assertThat(Files.readString(pdf)).isEqualTo("an earlier PDF");
        Path second = pdf.resolveSibling("类目-2.pdf");
        assertThat(ex.target.get()).isEqualTo(second);
        assertThat(ex.resultProperty().get().pdf()).isEqualTo(second);
        assertThat(Files.size(second)).isGreaterThan(10_000);

        dialogs.confirmAnswer = true;
        ex.target.set(pdf);
        ex.start();
        assertThat(dialogs.questions).hasSize(2);
        assertThat(ex.resultProperty().get().pdf()).isEqualTo(pdf);
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(pdf.resolveSibling("类目-3.pdf")).doesNotExist();

        // a new file is written without a question
        Path fresh = pdf.resolveSibling("新.pdf");
        ex.target.set(fresh);
        ex.start();
        assertThat(dialogs.questions).hasSize(2);
        assertThat(fresh).exists();
    }

    @Test
    void theLastExportOfEachScopeIsRemembered() throws Exception {
        List<ExportViewModel.Scope> scopes = scopesWithYearbookCategory();
        ExportViewModel ex = vm.export();
        ExportViewModel.Scope category = scope(scopes, "示范年鉴", true);
        ExportViewModel.Scope wenshi = scope(scopes, "政协文史资料", false);
        ex.choose(category);
        Path pdf = tmp.resolve("别处").resolve("我的类目.pdf");
        ex.target.set(pdf);
        ex.template.set("nianjian-da16k");
        ex.start();
        assertThat(dialogs.errors).isEmpty();
        assertThat(pdf).exists();

        ex.scope.set(wenshi);
        assertThat(ex.target.get().getFileName().toString()).isEqualTo("全书_政协文史资料（示范）第1辑.pdf");
        assertThat(ex.template.get()).isEqualTo("wenshi-16k");
        ex.scope.set(category);
        assertThat(ex.target.get()).isEqualTo(pdf.toAbsolutePath());
        assertThat(ex.template.get()).isEqualTo("nianjian-da16k");

        // kept in the settings file: the next start offers it again
        UserSettings saved = UserSettings.load(config);
        assertThat(saved.lastExports().values()).containsExactly(
                new UserSettings.LastExport("nianjian-da16k", pdf.toAbsolutePath().toString()));
        assertThat(saved.dataDir()).isEmpty();
        vm.close();
        vm = open(saved.withDataDir(tmp.resolve("data").toString()));
        List<ExportViewModel.Scope> again = scopesWithYearbookCategory();
        vm.export().choose(scope(again, "示范年鉴", true));
        assertThat(vm.export().target.get()).isEqualTo(pdf.toAbsolutePath());
        assertThat(vm.export().template.get()).isEqualTo("nianjian-da16k");
    }

    /**
     * 导出 Word (issue 13): the same rules as the PDF — file named after the scope with .docx, an existing file
     * replaced only when the editor says so, the last Word export of each scope remembered apart from the PDF one —
     * and the file written is a Word file (read back with POI) with the 类目's heading, with or without review data.
     */
    @Test
    void wordExportFollowsTheSameRules() throws Exception {
        List<ExportViewModel.Scope> scopes = scopesWithYearbookCategory();
        ExportViewModel ex = vm.export();
        ExportViewModel.Scope category = scope(scopes, "示范年鉴", true);
        Path dir = tmp.resolve("data").resolve("排版");
        ex.choose(category);
        Path pdfDefault = ex.target.get();
        ex.format.set(ExportViewModel.Format.DOCX);
        assertThat(ex.target.get().getParent()).isEqualTo(dir);
        assertThat(ex.target.get().getFileName().toString())
                .isEqualTo(pdfDefault.getFileName().toString().replaceFirst("\\.pdf$", ".docx"));
        assertThat(ex.template.get()).isEqualTo("nianjian-16k");

        Path docx = tmp.resolve("送审").resolve("类目.docx");
        ex.target.set(docx);
        ex.start();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).isEmpty();
        assertThat(ex.resultProperty().get()).isNull();
        DocxServiceSummaryCheck.check(ex.wordResultProperty().get(), docx);
        assertThat(ex.writtenProperty().get()).isEqualTo(docx);
        assertThat(ex.summaryProperty().get()).contains(docx.toString()).contains("批注");
        try (var x = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            var headings = x.getParagraphs().stream().filter(p -> "Leimu".equals(p.getStyleID())).map(p -> p.getText()).toList();
            assertThat(headings).hasSize(1);
            assertThat(category.label()).contains(headings.get(0));
        }

        // an existing file: kept when the editor says no, the new one beside it
        dialogs.confirmAnswer = false;
        ex.reviewData.set(false);
        ex.start();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.questions.get(0)).contains("类目-2.docx");
        assertThat(ex.wordResultProperty().get().file()).isEqualTo(docx.resolveSibling("类目-2.docx"));
        assertThat(ex.wordResultProperty().get().comments()).isZero();
        assertThat(ex.wordResultProperty().get().suggestions()).isZero();

        // remembered per format: the PDF of this scope is still offered where it was, the Word file where it went
        ex.format.set(ExportViewModel.Format.PDF);
        assertThat(ex.target.get()).isEqualTo(pdfDefault);
        ex.format.set(ExportViewModel.Format.DOCX);
        assertThat(ex.target.get()).isEqualTo(docx.resolveSibling("类目-2.docx").toAbsolutePath());
        assertThat(UserSettings.load(config).lastExports()).hasSize(1)
                .allSatisfy((key, last) -> assertThat(key).endsWith("|docx"));
    }

    /** What a Word export of a demo 类目 must have written. */
    private static final class DocxServiceSummaryCheck {
        static void check(org.annalist.service.DocxService.Summary r, Path file) throws Exception {
            assertThat(r).isNotNull();
            assertThat(r.file()).isEqualTo(file);
            assertThat(r.categories()).isEqualTo(1);
            assertThat(r.sections()).isGreaterThanOrEqualTo(2);
            assertThat(Files.size(file)).isGreaterThan(5_000);
        }
    }
}
