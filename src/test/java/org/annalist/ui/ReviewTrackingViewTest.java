package org.annalist.ui;

import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
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
import org.annalist.ui.editor.TrackedEdits;
import org.annalist.ui.review.ReviewControls;
import org.annalist.ui.review.ReviewViewModel;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 修订 on screen (headless, Monocle): while the item is at the user's review level the toolbar's 修订 is on by itself and
 * typing and Backspace in the reading view become the user's suggestions of that level, drawn in the level's pen
 * (初审 red); turned off, typing changes the text again.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewTrackingViewTest {
    private EditorViewModel vm;
    private ReviewViewModel review;
    private UiTaskExecutor executor;

    @Start
    void start(Stage stage) {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        executor = new UiTaskExecutor();
        RecordingDialogs dialogs = new RecordingDialogs();
        vm = new EditorViewModel(() -> null, executor, dialogs, Coalescer.fx(300));
        EditorView view = new EditorView(vm);
        review = new ReviewViewModel(() -> null, executor, dialogs, saved -> saved.accept(true), item -> {
        });
        ReviewControls controls = new ReviewControls(review, view.area(), () -> stage, id -> {
        }, dialogs);
        BorderPane root = new BorderPane(view);
        root.setTop(new HBox(8, controls.toolbarItems().toArray(new javafx.scene.Node[0])));
        Scene scene = new Scene(root, 900, 600);
        scene.getStylesheets().add(DesktopApp.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.show(new Item(9, null, ItemKind.ARTICLE, "回忆", null, "全区人口三十万。\n", ItemStatus.FIRST_REVIEW, null, 0, 1,
                Instant.now(), Instant.now()));
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

    @Test
    void aReviewersEditsAtTheirLevelAreSuggestionsInTheLevelsColour(FxRobot robot) throws Exception {
        ReadingArea area = robot.lookup("#markdown-editor").queryAs(ReadingArea.class);
        ToggleButton track = robot.lookup("#btn-track").queryAs(ToggleButton.class);
        waitUntil("the item", () -> area.getLength() > 0);
        assertThat(track.isDisabled()).as("修订 without a level of the user's").isTrue();
        robot.interact(() -> review.levelSignerProperty().set(new TrackedEdits.Signer("甲", "初审")));
        assertThat(track.isSelected()).as("on by itself at the user's level").isTrue();
        assertThat(area.tracking()).isEqualTo(new TrackedEdits.Signer("甲", "初审"));

        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getText().indexOf("人口"));
        });
        robot.type(KeyCode.X);
        waitUntil("the typed insertion", () -> vm.textProperty().get().contains("全区[x]{.insertion author=\"甲\""));
        assertThat(vm.textProperty().get()).contains("level=\"初审\"}人口");
        // Backspace twice: x (甲's own insertion at 初审) simply goes, then 区 is struck through
        robot.type(KeyCode.BACK_SPACE);
        waitUntil("the insertion gone", () -> vm.textProperty().get().startsWith("全区人口"));
        robot.type(KeyCode.BACK_SPACE);
        waitUntil("the deletion", () -> vm.textProperty().get().startsWith("全[区]{.deletion author=\"甲\""));
        waitUntil("the reading styles", () -> area.getStyleOfChar(area.getText().indexOf("区")).contains("rv-level-1"));
        WaitForAsyncUtils.waitForFxEvents();
        Text struck = area.lookupAll(".text").stream().filter(n -> n instanceof Text t && t.getText().equals("区"))
                .map(n -> (Text) n).findFirst().orElseThrow();
        assertThat(struck.isStrikethrough()).isTrue();
        assertThat(struck.getFill()).as("初审's red pen").isEqualTo(Color.web("#d0202a"));
        assertThat(area.getStyleOfChar(area.getText().indexOf("区"))).contains(ReadingStyles.colourClass("甲", "初审"));

        // 修订 off: typing changes the text
        robot.clickOn("#btn-track");
        assertThat(area.tracking()).isNull();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getText().indexOf("三十万"));
        });
        robot.type(KeyCode.Y);
        waitUntil("plain typing", () -> vm.textProperty().get().contains("人口y三十万"));
    }
}
