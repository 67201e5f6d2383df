package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.SearchResults;


import org.annalist.ui.search.ArchiveSearchViewModel;
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
 * 档案检索 in the desktop program (headless): Ctrl+Shift+F opens the window over the demo archive, a search lists
 * hits and facets, a facet narrows the query, and opening a hit puts the editor's caret on the hit at the offset the
 * index carried — also after text was typed before it since the search.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveSearchWindowTest {
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

    @Test
    @SuppressWarnings("unchecked")
    void searchesTheArchiveNarrowsByAFacetAndOpensAHitAtItsOffset(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null && vm.sessionProperty().get() != null);
        robot.clickOn(robot.lookup("#markdown-editor").queryAs(CodeArea.class));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        windowTitled(I18n.tr("archsearch.title"));
        robot.interact(() -> robot.lookup("#archsearch-text").queryAs(TextField.class).setText("委员"));
        robot.clickOn("#archsearch-find");
        ListView<SearchResults.Hit> hits = robot.lookup("#archsearch-hits").queryAs(ListView.class);
        ListView<ArchiveSearchViewModel.Facet> facets = robot.lookup("#archsearch-facets").queryAs(ListView.class);
        Label status = robot.lookup("#archsearch-status").queryAs(Label.class);
        waitUntil("the hits", () -> !hits.getItems().isEmpty() && !facets.getItems().isEmpty() && status.getText().startsWith("共找到 "));
        WaitForAsyncUtils.waitForFxEvents();
        int before = hits.getItems().size();
        ArchiveSearchViewModel.Facet pub = facets.getItems().stream()
                .filter(f -> f.dimension().equals(SearchResults.PUBLICATION)).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> facets.scrollTo(pub));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> cell = robot.from(facets).lookup(".list-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> pub.equals(c.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell for " + pub + " in " + facets.getItems()));
        robot.clickOn(cell);
        TextField query = robot.lookup("#archsearch-text").queryAs(TextField.class);
        waitUntil("the narrowed search", () -> query.getText().contains("书:\"" + pub.value() + "\"")
                && hits.getItems().size() == pub.count()
                && hits.getItems().stream().allMatch(h -> pub.value().equals(h.publication())));
        assertThat(before).isGreaterThanOrEqualTo((int) pub.count());

        SearchResults.Hit hit = hits.getItems().stream().filter(h -> "body".equals(h.field()) && h.offset() > 0)
                .reduce((a, b) -> b).orElseThrow();
        robot.interact(() -> {
            hits.getSelectionModel().select(hit);
            hits.scrollTo(hit);
        });
        robot.clickOn("#archsearch-open");
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        waitUntil("the hit's item with the caret on the hit", () -> vm.editor().itemProperty().get() != null
                && vm.editor().itemProperty().get().id() == hit.itemId() && area.getSelection().getStart() == hit.offset());
        assertThat(area.getSelectedText()).isEqualTo("委员");

        // typed since the search, not saved: the same words at the start, so looking for them again would go there;
        // the hit's offset is carried through the change and stays on its own words
        robot.interact(() -> area.insertText(0, "委员会议。"));
        waitUntil("the typed text in the editor", () -> vm.editor().textProperty().get().startsWith("委员会议。"));
        robot.interact(() -> area.moveTo(0));
        robot.clickOn("#archsearch-open");
        waitUntil("the caret on the hit moved by what was typed", () -> area.getSelection().getStart() == hit.offset() + 5);
        assertThat(area.getSelectedText()).isEqualTo("委员");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hitsBeyondTheFirstSnippetsGetTheirSnippetWhenShown(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null && vm.sessionProperty().get() != null);
        var session = vm.sessionProperty().get();
        int n = 26;
        for (int i = 0; i < n; i++) {
            String text = "第" + i + "号来稿\n\n本年度开展调研" + i + "次。滇池水治理工作取得进展，水质持续改善。\n";
            var outcome = session.imports().importBytes("滇池来稿" + i + ".txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
            assertThat(outcome.ok()).as(outcome.toString()).isTrue();
        }
        robot.clickOn(robot.lookup("#markdown-editor").queryAs(CodeArea.class));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        windowTitled(I18n.tr("archsearch.title"));
        robot.interact(() -> robot.lookup("#archsearch-text").queryAs(TextField.class).setText("滇池水治理"));
        robot.clickOn("#archsearch-find");
        ListView<SearchResults.Hit> hits = robot.lookup("#archsearch-hits").queryAs(ListView.class);
        waitUntil("the hits", () -> hits.getItems().size() == n);
        SearchResults.Hit last = hits.getItems().get(n - 1);
        assertThat(last.offset()).as("listed beyond the snippets").isNegative();
        robot.interact(() -> hits.scrollTo(n - 1));
        waitUntil("the last hit's snippet, asked of the index when shown", () -> hits.getItems().get(n - 1).offset() >= 0);
        SearchResults.Hit shown = hits.getItems().get(n - 1);
        assertThat(shown.itemId()).isEqualTo(last.itemId());
        assertThat(shown.snippet()).contains("【").contains("滇池");
        assertThat(shown.field()).isEqualTo("body");
        assertThat(dialogs.errors).isEmpty();
    }
}
