package org.annalist.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 编辑→修订记录…, headless (Monocle): the open item's revisions listed, two chosen in the list with the mouse, the
 * change shown side by side (struck on the left, underlined on the right) and inline, then 恢复此版 makes the older
 * text a new revision that the editor shows. {@code -Dpolish.screenshots=DIR} keeps a picture of the window.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DesktopWindow window;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
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

    private static TreeNode firstItem(TreeNode n) {
        if (n.isItem()) return n;
        for (TreeNode c : n.children()) {
            TreeNode f = firstItem(c);
            if (f != null) return f;
        }
        return null;
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

    private static List<Text> texts(TextFlow flow) {
        return flow.getChildren().stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
    }

    @Test
    void chooseTwoRevisionsSeeTheChangeAndRestoreTheOlder(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        TreeNode first = firstItem(vm.tree().rootProperty().get());
        AnnalistSession s = vm.sessionProperty().get();
        Item original = s.editing().item(first.id()).orElseThrow();
        String body = original.body();
        int cut = body.indexOf("\n\n");
        assertThat(cut).as("the demo item has two paragraphs").isPositive();
        // a second revision by another person: a phrase inserted in the first paragraph, a 𠀋 in it
        String changed = body.substring(0, cut) + "（据《𠀋川县志》补记）" + body.substring(cut);
        Item saved = s.editing().commit(original.withBody(changed), "补记出处");
        robot.interact(() -> vm.openItem(first.id()));
        waitUntil("the item to open at its new revision", () -> vm.editor().itemProperty().get() != null
                && vm.editor().itemProperty().get().revision() == saved.revision());

        robot.interact(view::showRevisions);
        Stage window = Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getTitle() != null
                && st.getTitle().startsWith("修订记录")).map(w -> (Stage) w).findFirst().orElseThrow();
        TableView<?> table = robot.lookup("#compare-revisions").queryAs(TableView.class);
        waitUntil("the revisions to be listed", () -> table.getItems().size() == saved.revision());
        // choose the first and the last revision with the mouse: a click, then Ctrl+click
        robot.clickOn(robot.lookup("#compare-revisions .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#compare-revisions .table-row-cell").nth(saved.revision() - 1).queryAs(javafx.scene.Node.class));
        robot.release(KeyCode.CONTROL);
        Label status = robot.lookup("#compare-status").queryAs(Label.class);
        waitUntil("the comparison of 1 and " + saved.revision(), () -> status.getText().startsWith("第 1 版 → 第 " + saved.revision() + " 版"));
        assertThat(status.getText()).as("11 code points, 12 UTF-16 chars").contains("插入 11 字").contains("删去 0 字");

        TextFlow right = robot.lookup("#compare-right").queryAs(TextFlow.class);
        TextFlow inline = robot.lookup("#compare-inline").queryAs(TextFlow.class);
        TextFlow left = robot.lookup("#compare-left").queryAs(TextFlow.class);
        assertThat(texts(right)).filteredOn(Text::isUnderline).extracting(Text::getText).containsExactly("（据《𠀋川县志》补记）");
        assertThat(texts(inline)).filteredOn(Text::isUnderline).extracting(Text::getText).containsExactly("（据《𠀋川县志》补记）");
        assertThat(texts(left)).noneMatch(Text::isUnderline).noneMatch(Text::isStrikethrough);
        assertThat(String.join("", texts(left).stream().map(Text::getText).toList())).doesNotContain("补记");
        Label headB = robot.lookup("#compare-head-b").queryAs(Label.class);
        assertThat(headB.getText()).isEqualTo("第 " + saved.revision() + " 版 · 界面测试 · "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                saved.updatedAt().atZone(java.time.ZoneId.systemDefault())) + " · 补记出处");
        keep(robot, window.getScene(), "compare-window.png");
        robot.clickOn(I18n.tr("compare.inline"));
        WaitForAsyncUtils.waitForFxEvents();
        keep(robot, window.getScene(), "compare-inline.png");
        robot.clickOn(I18n.tr("compare.sideBySide"));
        WaitForAsyncUtils.waitForFxEvents();

        // 恢复此版 on the left: revision 1 becomes the next revision, and the editor shows it
        robot.clickOn("#compare-restore-a");
        waitUntil("the restore", () -> status.getText().startsWith("已恢复第 1 版"));
        assertThat(dialogs.confirms).anyMatch(q -> q.contains("把第 1 版的文字恢复为"));
        waitUntil("the editor to show the restored text", () -> vm.editor().itemProperty().get() != null
                && vm.editor().itemProperty().get().revision() == saved.revision() + 1);
        assertThat(vm.editor().itemProperty().get().body()).isEqualTo(original.body());
        waitUntil("the list to hold the new revision", () -> table.getItems().size() == saved.revision() + 1);
        assertThat(s.revisionHistory().revisions(first.id())).last()
                .satisfies(r -> assertThat(r.note()).isEqualTo("恢复第 1 版"))
                .satisfies(r -> assertThat(r.author()).isEqualTo("界面测试"));
        assertThat(dialogs.errors).isEmpty();
    }
}
