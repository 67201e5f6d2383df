package org.annalist.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.model.SearchResults;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's new views, headless (Monocle) at 1280×720: tree names cut with "…" in a narrow tree pane with the
 * whole name as a tooltip; the 回收站 window listing a deleted item and restoring it; 在出版物中查找 finding words
 * and selecting them in the editor. {@code -Dpolish.screenshots=DIR} keeps pictures of the windows.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowsTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DesktopWindow window;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = DesktopWindow.show(stage, tmp, "界面测试", dialogs, 1280, 720);
        vm = window.vm();
        view = window.view();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        DesktopWindow.waitUntil(what, 90, condition);
    }

    private static void keep(FxRobot robot, Scene scene, String name) {
        String dir = System.getProperty("polish.screenshots");
        Path file = (dir == null ? tmp : Path.of(dir)).resolve(name);
        robot.interact(() -> {
            try {
                Screenshot.write(scene, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }

    private static Stage windowTitled(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow(() -> new AssertionError("no window " + title));
    }

    private static TreeNode firstItem(TreeNode n) {
        if (n.isItem()) return n;
        for (TreeNode c : n.children()) {
            TreeNode f = firstItem(c);
            if (f != null) return f;
        }
        return null;
    }

    @Test
    void narrowTreeTrashWindowAndFindInPublication(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        TreeView<?> tree = robot.lookup("#archive-tree").queryAs(TreeView.class);
        waitUntil("the tree to show the archive", () -> tree.getExpandedItemCount() > 3);
        TreeNode first = firstItem(vm.tree().rootProperty().get());
        robot.interact(() -> vm.openItem(first.id()));
        waitUntil("the item to open", () -> vm.editor().itemProperty().get() != null);

        // a narrow tree pane: names give way with "…", their whole text in the tooltip, and no row is wider than the pane
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.12, 0.555));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> names = robot.lookup(".tree-name").queryAllAs(Label.class).stream().filter(Node::isVisible).toList();
        assertThat(names).isNotEmpty();
        List<Label> cut = names.stream().filter(l -> shown(l).endsWith("…")).toList();
        assertThat(cut).as("names cut in a %.0f px pane", tree.getWidth()).isNotEmpty();
        for (Label l : cut) {
            assertThat(l.getTooltip().getText()).isEqualTo(l.getText());
            assertThat(l.getText()).startsWith(shown(l).substring(0, shown(l).length() - 1));
        }
        List<Label> details = robot.lookup(".tree-detail").queryAllAs(Label.class).stream().filter(Node::isVisible).toList();
        for (Label l : cut) assertThat(l.getWidth()).as("name %s keeps its first characters", l.getText()).isGreaterThan(60);
        for (Label l : concat(names, details)) {
            double right = l.localToScene(l.getLayoutBounds()).getMaxX();
            assertThat(right).as("name %s", l.getText()).isLessThanOrEqualTo(tree.localToScene(tree.getLayoutBounds()).getMaxX() + 0.5);
        }
        keep(robot, stage.getScene(), "narrow-tree.png");
        // wide again: the same names are whole
        robot.interact(() -> split.setDividerPositions(0.3, 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        long wholeNow = robot.lookup(".tree-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(cut.get(0).getText()) && shown(l).equals(l.getText())).count();
        assertThat(wholeNow).isPositive();

        // the 回收站 window: an item deleted from the tree is listed with where it was, and 恢复 brings it back
        TreeNode doomed = vm.tree().rootProperty().get().children().get(0).children().get(1).children().get(0);
        robot.interact(() -> vm.moveToTrash(doomed));
        waitUntil("the node to leave the tree", () -> vm.tree().find(vm.tree().rootProperty().get(), doomed.kind(), doomed.id()).isEmpty());
        robot.interact(view::showTrash);
        Stage trashStage = windowTitled(I18n.tr("trash.title"));
        TableView<?> table = robot.lookup("#trash-table").queryAs(TableView.class);
        waitUntil("the trash to be read", () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        keep(robot, trashStage.getScene(), "trash-window.png");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#trash-restore");
        waitUntil("the restore", () -> table.getItems().isEmpty() && vm.tree().find(vm.tree().rootProperty().get(), doomed.kind(), doomed.id()).isPresent());
        Label trashStatus = robot.lookup("#trash-status").queryAs(Label.class);
        waitUntil("the restore's status", () -> trashStatus.getText().startsWith("已恢复"));
        robot.interact(trashStage::hide);

        // 逐字查找 through its shortcut: the one search window in exact mode on the publication, the hits, and opening
        // one selects the words in the editor
        robot.clickOn(robot.lookup("#markdown-editor").queryAs(CodeArea.class));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.H)
                .release(javafx.scene.input.KeyCode.H, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage searchStage = windowTitled(I18n.tr("archsearch.title"));
        assertThat(robot.lookup("#archsearch-exact").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#archsearch-text").queryAs(TextField.class).setText("人民"));
        robot.clickOn("#archsearch-find");
        ListView<SearchResults.Hit> hits = robot.lookup("#archsearch-hits").queryAs(ListView.class);
        waitUntil("the hits", () -> hits.getItems().size() > 3);
        WaitForAsyncUtils.waitForFxEvents();
        keep(robot, searchStage.getScene(), "search-window.png");
        assertThat(robot.lookup("#archsearch-status").queryAs(Label.class).getText()).startsWith("找到 ");
        SearchResults.Hit hit = hits.getItems().get(hits.getItems().size() - 1);
        robot.interact(() -> {
            hits.getSelectionModel().select(hit);
            hits.scrollTo(hit);
        });
        robot.clickOn((ButtonBase) robot.lookup("#archsearch-open").query());
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        waitUntil("the hit's item with the words selected", () -> vm.editor().itemProperty().get().id() == hit.itemId()
                && "人民".equals(area.getSelectedText()));
        assertThat(area.getSelection().getStart()).isEqualTo(hit.offset());
        assertThat(dialogs.errors).isEmpty();
        keep(robot, stage.getScene(), "hit-selected.png");
        assertThat(Files.size(tmp.resolve("data").resolve("annalist.mv.db"))).isPositive();
    }

    private static List<Label> concat(List<Label> a, List<Label> b) {
        List<Label> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The text a label shows (cut with "…" when it does not fit). */
    private static String shown(Label l) {
        Node t = l.lookup(".text");
        return t instanceof Text text ? text.getText() : l.getText();
    }
}
