package org.annalist.ui;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.transfer.ExportViewModel;
import org.annalist.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export window headless (Monocle, issue 12 item 5): choosing another scope in its list changes the file
 * name shown and the template chosen — the 文史 辑 gets the wenshi template and its own file.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private UiTaskExecutor executor;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        executor = new UiTaskExecutor();
        UserSettings settings = new UserSettings(tmp.resolve("data").toString(), "", "", "冒烟测试", "zh");
        vm = new MainViewModel(settings, false, executor, dialogs, Coalescer::fx);
        MainView view = new MainView(vm, dialogs, executor, tmp.resolve("config"), () -> {
        }, saved -> {
        });
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        vm.openArchive(() -> {
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.close()).get(30, TimeUnit.SECONDS);
        executor.close();
        // the export window is a stage of its own: left open, the next test's robot would look into it
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheScopeChangesFileNameAndTemplate(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.tree().rootProperty().get() != null);
        TreeNode yearbook = vm.tree().rootProperty().get().children().get(0);
        robot.interact(() -> vm.select(yearbook.children().get(0)));
        robot.clickOn("#btn-export");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ExportViewModel.Scope> scope = robot.lookup("#export-scope").queryAs(ComboBox.class);
        ComboBox<String> template = robot.lookup("#export-template").queryAs(ComboBox.class);
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        assertThat(scope.getValue().sectionId()).isNotNull();
        assertThat(template.getValue()).isEqualTo("nianjian-16k");
        // shown by what it is, not only by its file name
        assertThat(template.getConverter().toString(template.getValue())).startsWith("nianjian-16k · 16开").contains("双栏年鉴");
        String categoryFile = file.getText();
        assertThat(categoryFile).endsWith(".pdf");

        ExportViewModel.Scope wenshi = scope.getItems().stream()
                .filter(s -> s.sectionId() == null && s.label().contains("政协文史资料")).findFirst().orElseThrow();
        robot.clickOn(scope);
        robot.clickOn(wenshi.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scope.getValue()).isEqualTo(wenshi);
        assertThat(template.getValue()).isEqualTo("wenshi-16k");
        assertThat(file.getText()).isNotEqualTo(categoryFile)
                .endsWith(tmp.resolve("data").resolve("排版").resolve("全书_政协文史资料（示范）第1辑.pdf").toString());

        ExportViewModel.Scope whole = scope.getItems().stream()
                .filter(s -> s.sectionId() == null && s.label().contains("示范年鉴")).findFirst().orElseThrow();
        robot.interact(() -> scope.getSelectionModel().select(whole));
        assertThat(template.getValue()).isEqualTo("nianjian-16k");
        assertThat(file.getText()).endsWith("全书_示范年鉴2022.pdf");
    }

    /**
     * 导出 Word… (issue 13): the menu opens the window on Word; the file follows the scope with .docx, the review
     * checkbox shows for Word only, and the export runs off the JavaFX thread to a Word file POI reads back.
     */
    @Test
    @SuppressWarnings("unchecked")
    void exportingWordFromTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.tree().rootProperty().get() != null);
        TreeNode yearbook = vm.tree().rootProperty().get().children().get(0);
        robot.interact(() -> vm.select(yearbook.children().get(0)));
        robot.clickOn(I18n.tr("menu.file"));
        robot.clickOn(I18n.tr("menu.exportWord"));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ExportViewModel.Format> format = robot.lookup("#export-format").queryAs(ComboBox.class);
        javafx.scene.control.CheckBox review = robot.lookup("#export-review").queryAs(javafx.scene.control.CheckBox.class);
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        assertThat(format.getValue()).isEqualTo(ExportViewModel.Format.DOCX);
        assertThat(review.isVisible()).isTrue();
        assertThat(review.isSelected()).isTrue();
        assertThat(file.getText()).startsWith(tmp.resolve("data").resolve("排版").toString()).endsWith(".docx");

        // PDF chosen in the list: the same scope's PDF, and no review checkbox
        robot.clickOn(format);
        robot.clickOn(I18n.tr("export.format.pdf"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.getText()).endsWith(".pdf");
        assertThat(review.isVisible()).isFalse();
        robot.clickOn(format);
        robot.clickOn(I18n.tr("export.format.docx"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.getText()).endsWith(".docx");

        Path docx = Path.of(file.getText());
        robot.clickOn("#export-start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.export().writtenProperty().get() != null
                || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.export().writtenProperty().get()).isEqualTo(docx);
        assertThat(robot.lookup("#export-summary").queryAs(javafx.scene.control.TextArea.class).getText()).contains(docx.toString());
        assertThat(robot.lookup("#export-open").queryButton().isDisabled()).isFalse();
        try (var x = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            assertThat(x.getParagraphs()).anyMatch(p -> "Leimu".equals(p.getStyleID()));
        }
    }
}
