package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.Mention;
import org.annalist.service.AuthorityService;
import org.annalist.ui.authority.AuthorityViewModel;
import org.annalist.ui.common.I18n;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 人物与地名 in the desktop program (headless): Ctrl+Shift+P opens the window over the demo archive; a name added there
 * is offered in the open item, confirmed, and the item is on the entry's page; opening it from the page puts the
 * editor's selection on the mention.
 */
@ExtendWith(ApplicationExtension.class)
class AuthorityWindowTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DesktopWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = DesktopWindow.show(stage, tmp, "界面测试", dialogs, 1280, 720);
        vm = window.vm();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        DesktopWindow.waitUntil(what, 90, condition);
    }

    private static Stage windowTitled(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow(() -> new AssertionError("no window " + title));
    }

    private static long firstItem(org.annalist.ui.tree.TreeNode node) {
        if (node.kind() == org.annalist.ui.tree.TreeNode.Kind.ITEM) return node.id();
        for (org.annalist.ui.tree.TreeNode c : node.children()) {
            long id = firstItem(c);
            if (id > 0) return id;
        }
        return -1;
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsAPersonOffersConfirmsAndFindsTheItemOnThePage(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null && vm.sessionProperty().get() != null);
        long itemId = firstItem(vm.tree().rootProperty().get());
        robot.interact(() -> vm.openItem(itemId));
        waitUntil("the item to open", () -> vm.editor().itemProperty().get() != null && vm.editor().itemProperty().get().id() == itemId);
        var item = vm.editor().itemProperty().get();
        String body = item.body();
        Matcher m = Pattern.compile("\\p{IsHan}{4}").matcher(body);
        assertThat(m.find()).as("four Han characters in " + item.title()).isTrue();
        String name = m.group();
        int at = m.start();

        robot.clickOn(robot.lookup("#markdown-editor").queryAs(CodeArea.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        windowTitled(I18n.tr("authority.title"));
        robot.interact(() -> robot.lookup("#authority-new-name").queryAs(TextField.class).setText(name));
        robot.clickOn("#authority-add");
        ListView<AuthorityViewModel.Entry> entries = robot.lookup("#authority-entries").queryAs(ListView.class);
        waitUntil("the new person in the list", () -> entries.getItems().stream().anyMatch(e -> e.label().equals(name)));

        robot.clickOn("#authority-offer");
        ListView<AuthorityService.Placed> offered = robot.lookup("#authority-offered").queryAs(ListView.class);
        waitUntil("the offered mention", () -> offered.getItems().stream().anyMatch(p -> p.entryName().equals(name)));
        AuthorityService.Placed first = offered.getItems().stream().filter(p -> p.entryName().equals(name)).findFirst().orElseThrow();
        assertThat(first.from()).isEqualTo(at);
        assertThat(first.mention().kind()).isEqualTo(Mention.Kind.PERSON);
        long count = body.split(Pattern.quote(name), -1).length - 1;
        robot.interact(() -> offered.getSelectionModel().select(first));
        robot.clickOn("#authority-confirm-all");
        waitUntil("no mention left to confirm", () -> offered.getItems().stream().noneMatch(p -> p.entryName().equals(name)));
        // the status line counts what the pane lists
        Label status = robot.lookup("#authority-status").queryAs(Label.class);
        waitUntil("the status line to agree with the pane", () -> status.getText().equals(I18n.tr("authority.pending", offered.getItems().size())));

        ListView<AuthorityService.PageRow> rows = robot.lookup("#authority-rows").queryAs(ListView.class);
        robot.interact(() -> entries.getSelectionModel().select(
                entries.getItems().stream().filter(e -> e.label().equals(name)).findFirst().orElseThrow()));
        waitUntil("the item on the person's page", () -> rows.getItems().size() == 1);
        AuthorityService.PageRow row = rows.getItems().get(0);
        assertThat(row.itemId()).isEqualTo(item.id());
        assertThat(row.count()).isEqualTo(count);
        assertThat(row.snippet()).contains("【" + name + "】");

        // the caret elsewhere, then the page row opened: the selection is on the mention
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.moveTo(0));
        robot.interact(() -> rows.getSelectionModel().select(0));
        javafx.scene.Node cell = robot.from(rows).lookup(".list-cell").query();
        robot.doubleClickOn(cell);
        waitUntil("the selection on the mention", () -> area.getSelection().getStart() == at);
        assertThat(area.getSelectedText()).isEqualTo(name);
        assertThat(dialogs.errors).isEmpty();
        String shot = System.getProperty("annalist.authorityScreenshot");
        if (shot != null) {
            Stage w = windowTitled(I18n.tr("authority.title"));
            robot.interact(() -> {
                try {
                    Screenshot.write(w.getScene(), Path.of(shot));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
