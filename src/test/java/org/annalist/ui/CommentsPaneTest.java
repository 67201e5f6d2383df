package org.annalist.ui;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.annalist.service.CommentService;
import org.annalist.ui.editor.ReadingArea;
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
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comments pane (issue 14 item 4) on the demo archive: a comment added on the selection from the editor's
 * context menu (添加批注) is stored under the current user, listed with the words it marks and tinted in the reading
 * view; text typed before it moves the tint with the words; a reply joins the thread; resolving takes the tint away;
 * a click on the thread puts the caret on its words; the thread is there again after the archive is opened anew.
 * {@code -Dpolish.screenshots=DIR} keeps a picture of the window.
 */
@ExtendWith(ApplicationExtension.class)
class CommentsPaneTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DesktopWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = DesktopWindow.show(stage, tmp, "王审稿", dialogs, 1280, 800);
        vm = window.vm();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        DesktopWindow.waitUntil(what, 120, condition);
    }

    @Test
    void aCommentOnTheSelectionIsListedTintedFollowsItsWordsAndIsAnsweredAndResolved(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        TreeNode first = vm.tree().rootProperty().get().children().get(0);
        while (!first.isItem()) first = first.children().get(0);
        long id = first.id();
        robot.interact(() -> vm.openItem(id));
        ReadingArea area = robot.lookup("#markdown-editor").queryAs(ReadingArea.class);
        waitUntil("the item to open", () -> vm.editor().itemProperty().get() != null && vm.editor().itemProperty().get().id() == id
                && area.getLength() > 0);
        String body = area.getText();
        int at = body.indexOf("政协工作");
        assertThat(at).isGreaterThanOrEqualTo(0);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + 4);
            javafx.geometry.Bounds b = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            javafx.geometry.Point2D local = area.screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(area, new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#comment-add");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea compose = robot.lookup("#comment-compose").queryAs(TextArea.class);
        assertThat(compose.isVisible()).isTrue();
        robot.interact(() -> compose.setText("“政协工作”后的冒号应为全角"));
        robot.clickOn("#comment-save");

        waitUntil("the thread in the pane", () -> robot.lookup(".comment-thread").tryQuery().isPresent());
        List<CommentService.Thread> stored = window.vm().sessionProperty().get().comments().threads(id, area.getText());
        assertThat(stored).hasSize(1);
        CommentService.Thread t = stored.get(0);
        assertThat(t.root().author()).isEqualTo("王审稿");
        assertThat(t.quote()).isEqualTo("政协工作");
        assertThat(robot.lookup(".comment-quote").queryAs(javafx.scene.control.Label.class).getText()).contains("政协工作");
        waitUntil("the words tinted", () -> area.getStyleOfChar(at + 1).contains("rv-check-comment"));
        assertThat(area.getStyleOfChar(at + 5)).doesNotContain("rv-check-comment");
        shot(robot, "comments-pane.png");

        // typed before the words: the tint moves with them
        robot.interact(() -> area.insertText(at, "（新）"));
        waitUntil("the tint to move", () -> area.getStyleOfChar(at + 4).contains("rv-check-comment")
                && !area.getStyleOfChar(at).contains("rv-check-comment"));

        WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS); // the threads read again after the pause
        // a reply, then resolved: the tint goes
        robot.clickOn("#comment-reply");
        TextArea reply = robot.lookup("#comment-reply-text").queryAs(TextArea.class);
        robot.interact(() -> reply.setText("已改为全角冒号"));
        robot.clickOn("#comment-reply-send");
        waitUntil("the reply listed", () -> robot.lookup(".comment-reply").tryQuery().isPresent());
        robot.clickOn("#comment-resolve");
        waitUntil("the thread resolved", () -> robot.lookup(".comment-resolved").tryQuery().isPresent());
        waitUntil("the tint gone", () -> !area.getStyleOfChar(at + 4).contains("rv-check-comment"));

        // a click on the thread: the caret on its words
        robot.interact(() -> area.moveTo(0));
        Node card = robot.lookup(".comment-author").query();
        robot.clickOn(card);
        waitUntil("the caret on the words", () -> area.getCaretPosition() == at + 3);
    }

    private void shot(FxRobot robot, String name) {
        String dir = System.getProperty("polish.screenshots");
        Path file = (dir == null ? tmp : Path.of(dir)).resolve(name);
        robot.interact(() -> {
            try {
                Screenshot.write(window.scene(), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
