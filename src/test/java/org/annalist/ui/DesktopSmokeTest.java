package org.annalist.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.preview.PageText;
import org.annalist.ui.tree.TreeNode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole window, headless (Monocle): it opens a new archive (building the demo publications), an item
 * is chosen in the tree, typed into, the preview shows the typed words on its pages, the item is saved as
 * a new revision, and the export window writes a PDF of the item's 类目.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopSmokeTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DesktopWindow window;
    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = DesktopWindow.show(stage, tmp, "冒烟测试", dialogs, 1280, 800);
        vm = window.vm();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        DesktopWindow.waitUntil(what, 90, condition);
    }

    @Test
    void openEditPreviewExport(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        assertThat(dialogs.errors).isEmpty();
        TreeView<?> tree = robot.lookup("#archive-tree").queryAs(TreeView.class);
        // the view builds its rows from the view model's root on the JavaFX thread, a moment after the root is set
        waitUntil("the tree to show the archive", () -> tree.getExpandedItemCount() > 3);
        WaitForAsyncUtils.waitForFxEvents();

        // choose the first item of the yearbook by clicking its row
        TreeNode first = vm.tree().rootProperty().get().children().get(0);
        while (!first.isItem()) {
            first = first.children().get(0);
            // open the 类目 with a double click, as an editor would
            if (!first.isItem()) robot.doubleClickOn(first.label());
        }
        // the row of the item shows a moment after its 类目 opens (more than a moment on a loaded machine)
        String label = first.label();
        waitUntil("the item's row to show", () -> robot.lookup(label).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(label);
        TreeNode chosen = first;
        waitUntil("the item to open", () -> vm.editor().itemProperty().get() != null
                && vm.editor().itemProperty().get().id() == chosen.id());
        waitUntil("the first preview", () -> !vm.preview().pages().isEmpty());
        int updates = vm.preview().updatesProperty().get();
        int revision = vm.editor().itemProperty().get().revision();

        // type at the end of the text: the editor area's own change goes through the view model
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        String added = "冒烟测试新增的一段文字，用来检查预览。";
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
            area.insertText(area.getLength(), "\n\n" + added);
        });
        robot.clickOn(area).type(javafx.scene.input.KeyCode.END);
        // the new line is styled (off the JavaFX thread, only the changed lines are applied): a heading written at the
        // end (markup, as the program writes it) shows as a heading in the reading view, its "## " hidden
        org.annalist.ui.editor.ReadingArea reading = (org.annalist.ui.editor.ReadingArea) area;
        robot.interact(() -> reading.raw(() -> area.insertText(area.getLength(), "\n\n## 冒烟小标题")));
        waitUntil("the typed heading to be styled", () -> area.getStyleOfChar(area.getLength() - 1).contains("rv-h2")
                && area.getStyleOfChar(area.getLength() - "## 冒烟小标题".length()).contains(org.annalist.ui.editor.ReadingStyles.HIDE));
        robot.interact(() -> reading.raw(() -> area.deleteText(area.getLength() - "\n\n## 冒烟小标题".length(), area.getLength())));
        waitUntil("the preview to show the new words", () -> vm.preview().updatesProperty().get() > updates
                && new PageText(vm.preview().pages().stream().map(p -> p.frame()).toList()).text().contains("冒烟测试新增"));
        // a click on a printed character puts the editor's caret before it (through the glyph's source key); the
        // caret at the text's end first scrolls the preview to the page that shows the new words
        robot.interact(() -> area.moveTo(area.getLength()));
        WaitForAsyncUtils.waitForFxEvents();
        PageText shown = new PageText(vm.preview().pages().stream().map(p -> p.frame()).toList());
        PageText.Glyph ce = shown.glyph(shown.text().indexOf("测试新增"));
        javafx.scene.Node canvas = robot.lookup(".preview-page").queryAll().stream().toList().get(ce.page());
        double scale = vm.preview().pages().get(ce.page()).scale();
        // the layout bounds: the page's shadow lies outside them
        javafx.geometry.Bounds onScreen = canvas.localToScreen(canvas.getLayoutBounds());
        robot.clickOn(new javafx.geometry.Point2D(onScreen.getMinX() + (ce.x() + ce.width() * 0.25) * scale,
                onScreen.getMinY() + (ce.top() + ce.height() / 2) * scale));
        int expectedCaret = area.getText().indexOf("测试新增");
        waitUntil("the caret to move to the clicked character", () -> area.getCaretPosition() == expectedCaret);
        // the autosave keeps a draft (no revision); Ctrl+S makes the revision
        waitUntil("the autosave's draft", () -> vm.sessionProperty().get().editing().draft(chosen.id())
                .map(d -> d.body().contains(added)).orElse(false));
        assertThat(vm.editor().itemProperty().get().revision()).isEqualTo(revision);
        robot.clickOn(area).press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil("the revision of Ctrl+S", () -> vm.editor().itemProperty().get().revision() == revision + 1);
        assertThat(vm.sessionProperty().get().editing().item(chosen.id()).orElseThrow().body()).contains(added);
        assertThat(vm.sessionProperty().get().editing().drafts()).isEmpty();

        // find at 1280 px: every button of the find bar shows its whole label, and the bar counts the matches
        robot.clickOn(area).press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.CONTROL);
        robot.interact(() -> {
            javafx.scene.control.TextField field = robot.lookup("#find-field").queryAs(javafx.scene.control.TextField.class);
            field.setText("冒烟测试");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label found = robot.lookup("#find-result").queryAs(javafx.scene.control.Label.class);
        assertThat(found.getText()).isEqualTo("第 1 处，共 1 处");
        for (javafx.scene.Node n : robot.lookup(".find-bar .button").queryAll()) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) n;
            assertThat(b.getWidth()).as("button %s", b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }

        // export the 类目 of the item through the export window
        Path pdf = tmp.resolve("导出").resolve("类目.pdf");
        robot.clickOn("#btn-export");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.export().target.set(pdf));
        assertThat(vm.export().scope.get()).isNotNull();
        assertThat(vm.export().scope.get().sectionId()).isNotNull();
        Button start = robot.lookup("#export-start").queryAs(Button.class);
        assertThat(start.isDisabled()).isFalse();
        robot.clickOn(start);
        waitUntil("the export", () -> vm.export().resultProperty().get() != null || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(vm.export().summaryProperty().get()).contains("缺字：0");

        Path shot = tmp.resolve("window.png");
        robot.interact(() -> {
            try {
                Screenshot.write(stage.getScene(), shot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(javax.imageio.ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1280);
        // to look at it: -Dsmoke.screenshot=FILE keeps a copy
        String keep = System.getProperty("smoke.screenshot");
        if (keep != null) Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
