package org.annalist.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemStatus;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.EditorView;
import org.annalist.ui.editor.EditorViewModel;
import org.annalist.ui.editor.ReadingArea;
import org.annalist.ui.editor.ReadingStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's reading view on screen (issue 12 item 3), headless under Monocle: a reviewed 条目 with pending
 * suggestions, notes, an index term, a table and escapes shows no markup character in any drawn text node;
 * insertions are underlined and deletions struck through; typing a markup character, Backspace over a
 * suggestion and Enter in it keep the stored Markdown whole; the source view shows the markup again.
 */
@ExtendWith(ApplicationExtension.class)
class EditorReadingViewTest {
    static final String BODY = String.join("\n",
            "**【概况】** 2023年，全区[约]{.insertion author=\"王审稿\" date=\"2024-03-01T10:00:00Z\"}有常住人口"
                    + "[三十万]{.deletion author=\"李校对\" date=\"2024-03-02T09:00:00Z\"}31.2万人。首页 \\> 人民视点[^1]",
            "",
            "## 一、经济运行",
            "",
            "[乌当区政协]{.index}组织委员开展*专题视察*活动，**重点**调研了园区建设[^2]。",
            "",
            "| 项目 | 数值 |",
            "|:--|--:|",
            "| 常住人口（万人） | 31.2 |",
            "[表1 主要指标]",
            "",
            "[^1]: 据区统计局2024年1月公布的数据。",
            "",
            "[^2]: 园区即乌当经济开发区。");

    private EditorViewModel vm;
    private UiTaskExecutor executor;

    @Start
    void start(Stage stage) {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        executor = new UiTaskExecutor();
        vm = new EditorViewModel(() -> null, executor, new RecordingDialogs(), Coalescer.fx(300));
        EditorView view = new EditorView(vm);
        Scene scene = new Scene(view, 900, 700);
        scene.getStylesheets().add(DesktopApp.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.show(new Item(7, null, ItemKind.ENTRY, "概况", null, BODY, ItemStatus.RECEIVED, null, 0, 1, Instant.now(), Instant.now()));
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 30 s for: " + what, e);
        }
    }

    /** The text of every drawn text node that has a width (hidden markup is drawn at no size). */
    private static String onScreen(ReadingArea area) {
        return area.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> (Text) n)
                .filter(t -> t.isVisible() && t.getFont().getSize() > 1 && t.getBoundsInLocal().getWidth() > 0.5)
                .map(Text::getText).collect(Collectors.joining());
    }

    private static Text nodeOf(ReadingArea area, String words) {
        return area.lookupAll(".text").stream().filter(n -> n instanceof Text t && t.getText().contains(words))
                .map(n -> (Text) n).filter(t -> t.getFont().getSize() > 1).findFirst().orElseThrow();
    }

    @Test
    void markupIsHiddenAndSuggestionsShowAsTrackedChanges(FxRobot robot) throws Exception {
        ReadingArea area = robot.lookup("#markdown-editor").queryAs(ReadingArea.class);
        waitUntil("the reading styles", () -> area.getLength() > 0
                && area.getStyleOfChar(area.getText().indexOf("{.insertion")).contains(ReadingStyles.HIDE));
        WaitForAsyncUtils.waitForFxEvents();
        String screen = onScreen(area);
        for (String markup : new String[]{"{", "}", "author=", "\\", "[^", "**", "##", ":--", "insertion"}) {
            assertThat(screen).as("markup on screen").doesNotContain(markup);
        }
        assertThat(screen).contains("【概况】", "约", "三十万", "一、经济运行", "乌当区政协", "据区统计局", "表1 主要指标", "首页 > 人民视点");
        assertThat(nodeOf(area, "约").isUnderline()).as("an insertion is underlined").isTrue();
        assertThat(nodeOf(area, "三十万").isStrikethrough()).as("a deletion is struck through").isTrue();
        assertThat(nodeOf(area, "约").getFill()).isNotEqualTo(nodeOf(area, "三十万").getFill());

        // the source view shows the Markdown again, with its markup
        robot.clickOn("#editor-source");
        waitUntil("the source view", () -> !area.isReading());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(area)).contains("{.insertion", "[^1]");
        robot.clickOn("#editor-source");
        waitUntil("the reading view again", () -> area.isReading()
                && area.getStyleOfChar(area.getText().indexOf("{.insertion")).contains(ReadingStyles.HIDE));
    }

    @Test
    void editingKeepsTheStoredMarkdownWhole(FxRobot robot) throws Exception {
        ReadingArea area = robot.lookup("#markdown-editor").queryAs(ReadingArea.class);
        waitUntil("the reading styles", () -> area.getLength() > 0
                && area.getStyleOfChar(area.getText().indexOf("{.insertion")).contains(ReadingStyles.HIDE));
        // Backspace right after 约 takes the suggestion's only character and its markup
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getText().indexOf("约]") + 1);
        });
        robot.type(KeyCode.BACK_SPACE);
        waitUntil("the edit to reach the view model", () -> !vm.textProperty().get().contains("[约]"));
        assertThat(vm.textProperty().get()).startsWith("**【概况】** 2023年，全区有常住人口[三十万]{.deletion");
        // a typed markup character is escaped in the text and shown as typed
        robot.type(KeyCode.X, KeyCode.DIGIT1);
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT8).release(KeyCode.SHIFT);
        waitUntil("the typed characters", () -> vm.textProperty().get().contains("全区x1\\*有常住人口"));
        // Enter inside the deletion closes and reopens it: two paragraphs, both with the suggestion
        robot.interact(() -> area.moveTo(area.getText().indexOf("十万]")));
        robot.type(KeyCode.ENTER);
        waitUntil("the split", () -> vm.textProperty().get().contains("[三]{.deletion"));
        String text = vm.textProperty().get();
        assertThat(text).contains("[三]{.deletion author=\"李校对\" date=\"2024-03-02T09:00:00Z\"}\n\n[十万]{.deletion author=\"李校对\"");
        // Backspace at the start of the heading joins it to the paragraph above as text
        robot.interact(() -> area.moveTo(area.getText().indexOf("一、经济运行")));
        robot.type(KeyCode.BACK_SPACE);
        waitUntil("the join", () -> vm.textProperty().get().contains("[^1]一、经济运行"));
        assertThat(vm.textProperty().get()).doesNotContain("## ");
        // Ctrl+Z brings the heading back
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("the undo", () -> vm.textProperty().get().contains("\n\n## 一、经济运行"));
    }

    @Test
    void copyGivesOtherProgramsTheTextAndThisEditorTheMarkdown(FxRobot robot) throws Exception {
        ReadingArea area = robot.lookup("#markdown-editor").queryAs(ReadingArea.class);
        waitUntil("the reading styles", () -> area.getLength() > 0
                && area.getStyleOfChar(area.getText().indexOf("{.insertion")).contains(ReadingStyles.HIDE));
        String[] copied = new String[2];
        robot.interact(() -> {
            String t = area.getText();
            area.requestFocus();
            area.selectRange(t.indexOf("全区"), t.indexOf("31.2万人"));
            area.copy();
            javafx.scene.input.Clipboard cb = javafx.scene.input.Clipboard.getSystemClipboard();
            copied[0] = cb.getString();
            copied[1] = (String) cb.getContent(ReadingArea.MARKDOWN);
            // pasted at the end of the heading: the suggestions come with it
            area.moveTo(t.indexOf("一、经济运行") + "一、经济运行".length());
            area.paste();
        });
        assertThat(copied[0]).isEqualTo("全区约有常住人口三十万");
        assertThat(copied[1]).contains("[约]{.insertion author=\"王审稿\"");
        waitUntil("the paste", () -> vm.textProperty().get().contains("## 一、经济运行全区[约]{.insertion author=\"王审稿\""));
    }
}
