package org.annalist.ui;

import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proofreading in the editor (issue 15 item 2) on the demo archive: the half-width colon copied from a web page
 * into the first 年鉴 item ("政协工作:必须") is underlined as GB/T 15834 asks, and taking the fix from the context
 * menu makes it the current user's pending suggestion (a deletion and an insertion signed with their name), so it
 * goes through review like any other change.
 */
@ExtendWith(ApplicationExtension.class)
class EditorChecksTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DesktopWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = DesktopWindow.show(stage, tmp, "校对员", dialogs, 1280, 800);
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
    void aHalfWidthColonIsUnderlinedAndItsFixBecomesMySuggestion(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        TreeNode first = vm.tree().rootProperty().get().children().get(0);
        while (!first.isItem()) first = first.children().get(0);
        long id = first.id();
        robot.interact(() -> vm.openItem(id));
        ReadingArea area = robot.lookup("#markdown-editor").queryAs(ReadingArea.class);
        waitUntil("the item to open", () -> vm.editor().itemProperty().get() != null && vm.editor().itemProperty().get().id() == id);
        String body = vm.editor().textProperty().get();
        int colon = body.indexOf("政协工作:必须");
        assertThat(colon).as("the seed's half-width colon").isGreaterThanOrEqualTo(0);
        int at = colon + "政协工作".length();
        waitUntil("the colon to be underlined", () -> area.getLength() > at
                && area.getStyleOfChar(at).stream().anyMatch(c -> c.startsWith("rv-check-")));
        assertThat(area.getStyleOfChar(at - 1)).noneMatch(c -> c.startsWith("rv-check-"));
        // the context menu at the colon: take the fix
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at);
            javafx.geometry.Bounds b = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            javafx.geometry.Point2D local = area.screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(area, new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#check-fix");
        waitUntil("the fix as a suggestion", () -> vm.editor().textProperty().get().contains("{.deletion author=\"校对员\""));
        String after = vm.editor().textProperty().get();
        assertThat(after).contains("政协工作[:]{.deletion author=\"校对员\"").contains("[：]{.insertion author=\"校对员\"");
        // and the acceptance is recorded for the 差错率 of a proof round, as the checks pane's are
        var session = vm.sessionProperty().get();
        long publication = session.queries().publicationOf(session.queries().item(id).orElseThrow().item().sectionId()).orElseThrow().id();
        waitUntil("the acceptance to be recorded", () -> !session.checks().acceptedRules(publication, null).isEmpty());
        assertThat(session.checks().acceptedRules(publication, null)).hasSize(1);
    }
}
