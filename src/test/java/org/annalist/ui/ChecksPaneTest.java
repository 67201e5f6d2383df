package org.annalist.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.service.AnnalistSession;
import org.annalist.service.CheckService;
import org.annalist.ui.checks.ChecksWindow;
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
 * The checks pane (issue 15) on the demo archive, the whole window under Monocle: the open item's findings grouped
 * per rule with counts as the checker gives them; a finding opened selects its place in the editor; accepted, its
 * fix becomes my suggestion in a new revision; ignored, it is remembered and leaves the list; all of one rule
 * accepted after a preview with one change unticked; and the PDF export window's summary of the publication with
 * the link that opens the pane on it.
 */
@ExtendWith(ApplicationExtension.class)
class ChecksPaneTest {
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

    private AnnalistSession session() {
        return vm.sessionProperty().get();
    }

    private static List<TreeItem<ChecksWindow.Row>> rules(ChecksWindow w) {
        return w.tree().getRoot().getChildren().get(0).getChildren();
    }

    private static TreeItem<ChecksWindow.Row> rule(ChecksWindow w, Rule r) {
        return rules(w).stream().filter(t -> t.getValue().rule() == r).findFirst().orElseThrow();
    }

    @Test
    void findingsOfTheOpenItemOpenedAcceptedIgnoredAndARuleAcceptedAfterAPreview(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        TreeNode first = vm.tree().rootProperty().get().children().get(0);
        while (!first.isItem()) first = first.children().get(0);
        long id = first.id();
        robot.interact(() -> vm.openItem(id));
        waitUntil("the item to open", () -> vm.editor().itemProperty().get() != null && vm.editor().itemProperty().get().id() == id);

        robot.interact(() -> window.view().showChecks(null, null, null));
        ChecksWindow pane = window.view().checksWindow();
        waitUntil("the item's findings", () -> !pane.tree().getRoot().getChildren().isEmpty());
        List<Finding> expected = session().checks().check(id, true).findings();
        assertThat(pane.tree().getRoot().getChildren()).hasSize(1);
        ChecksWindow.Row itemRow = pane.tree().getRoot().getChildren().get(0).getValue();
        assertThat(itemRow.item().item().id()).isEqualTo(id);
        assertThat(itemRow.findings()).hasSize(expected.size());
        for (TreeItem<ChecksWindow.Row> r : rules(pane)) {
            long n = expected.stream().filter(f -> f.rule() == r.getValue().rule()).count();
            assertThat(r.getChildren()).as(r.getValue().rule().id()).hasSize((int) n);
        }
        assertThat(rules(pane).stream().mapToInt(r -> r.getChildren().size()).sum()).isEqualTo(expected.size());
        String status = robot.lookup("#checks-status").queryAs(Label.class).getText();
        assertThat(status).contains("发现 " + expected.size() + " 处问题");

        // the seed's half-width colon: opened, its place is selected in the editor
        String body = vm.editor().textProperty().get();
        int colon = body.indexOf("政协工作:必须") + "政协工作".length();
        TreeItem<ChecksWindow.Row> halfWidth = rule(pane, Rule.HALF_WIDTH_PUNCTUATION);
        TreeItem<ChecksWindow.Row> colonRow = halfWidth.getChildren().stream()
                .filter(t -> t.getValue().finding().start() == colon).findFirst().orElseThrow();
        int halfWidthBefore = halfWidth.getChildren().size();
        robot.interact(() -> {
            halfWidth.setExpanded(true);
            pane.tree().getSelectionModel().select(colonRow);
        });
        robot.clickOn("#checks-open");
        waitUntil("the colon to be selected", () -> vm.editor().revealProperty().get() != null
                && vm.editor().revealProperty().get().start() == colon);
        assertThat(vm.editor().revealProperty().get().end()).isEqualTo(colon + 1);

        // accepted: my suggestion, a new revision, the editor shows it, the finding is gone
        int revision = vm.editor().itemProperty().get().revision();
        robot.clickOn("#checks-accept");
        waitUntil("the fix as my suggestion in the editor", () -> vm.editor().textProperty().get().contains("政协工作[:]{.deletion author=\"校对员\""));
        assertThat(session().editing().item(id).orElseThrow().revision()).isEqualTo(revision + 1);
        assertThat(session().editing().item(id).orElseThrow().body()).contains("[：]{.insertion author=\"校对员\"");
        waitUntil("one half-width finding fewer", () -> rule(pane, Rule.HALF_WIDTH_PUNCTUATION).getChildren().size() == halfWidthBefore - 1);

        // ignored: remembered for its place, and out of the list
        TreeItem<ChecksWindow.Row> toIgnore = rule(pane, Rule.HALF_WIDTH_PUNCTUATION).getChildren().get(0);
        Finding ignored = toIgnore.getValue().finding();
        robot.interact(() -> pane.tree().getSelectionModel().select(toIgnore));
        robot.clickOn("#checks-ignore");
        waitUntil("the ignored finding to leave", () -> rule(pane, Rule.HALF_WIDTH_PUNCTUATION).getChildren().stream()
                .noneMatch(t -> t.getValue().finding().place().equals(ignored.place())));
        assertThat(session().checks().ignored(id)).contains(ignored.place());

        // all of the rule after a preview, the first change unticked
        TreeItem<ChecksWindow.Row> rest = rule(pane, Rule.HALF_WIDTH_PUNCTUATION);
        int left = rest.getChildren().size();
        assertThat(left).isGreaterThan(2);
        robot.interact(() -> pane.tree().getSelectionModel().select(rest));
        robot.clickOn("#checks-accept-rule");
        waitUntil("the preview", () -> robot.lookup(".fix-preview-box").tryQuery().isPresent());
        List<CheckBox> boxes = List.copyOf(robot.lookup(".fix-preview-box").queryAllAs(CheckBox.class));
        shot(robot, pane.stage().getScene(), "checks-pane.png");
        shot(robot, boxes.get(0).getScene(), "checks-preview.png");
        assertThat(boxes).hasSize(left);
        String kept = (String) boxes.get(0).getUserData();
        robot.interact(() -> boxes.get(0).setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#fix-preview-apply");
        waitUntil("one half-width finding left", () -> pane.tree().getRoot().getChildren().size() == 1
                && rules(pane).stream().anyMatch(t -> t.getValue().rule() == Rule.HALF_WIDTH_PUNCTUATION)
                && rule(pane, Rule.HALF_WIDTH_PUNCTUATION).getChildren().size() == 1);
        assertThat(rule(pane, Rule.HALF_WIDTH_PUNCTUATION).getChildren().get(0).getValue().finding().place()).isEqualTo(kept);
        String stored = session().editing().item(id).orElseThrow().body();
        assertThat(count(stored, "{.insertion author=\"校对员\"")).isEqualTo(1 + left - 1);
        assertThat(session().editing().item(id).orElseThrow().revision()).isEqualTo(revision + 2);
        waitUntil("the editor to show the suggestions", () -> count(vm.editor().textProperty().get(), "{.insertion author=\"校对员\"") == left);
    }

    @Test
    void theExportWindowSummarisesThePublicationAndOpensThePane(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        TreeNode pub = vm.tree().rootProperty().get().children().stream().filter(n -> n.kind() == TreeNode.Kind.PUBLICATION)
                .findFirst().orElseThrow();
        robot.interact(() -> vm.select(pub));
        robot.clickOn("#btn-export");
        waitUntil("the summary", () -> robot.lookup("#export-checks-summary").tryQuery().isPresent()
                && robot.lookup("#export-checks-summary").queryAs(Label.class).getText().contains("有修改建议"));
        CheckService.Summary sum = CheckService.Summary.of(session().checks().checkScope(pub.id(), null, false, null));
        String text = robot.lookup("#export-checks-summary").queryAs(Label.class).getText();
        assertThat(text).startsWith(sum.items() + " 篇，" + sum.total() + " 处：")
                .contains("差错 " + sum.bySeverity().get(org.annalist.check.Severity.ERROR))
                .contains("半角标点 " + sum.byRule().get(Rule.HALF_WIDTH_PUNCTUATION));
        shot(robot, robot.lookup("#export-checks-summary").queryAs(Label.class).getScene(), "export-checks.png");
        robot.clickOn("#export-checks-open");
        ChecksWindow pane = window.view().checksWindow();
        waitUntil("the publication's findings", () -> pane != null && pane.tree().getRoot().getChildren().size() == sum.itemsWithFindings());
        assertThat(pane.tree().getRoot().getChildren().stream().mapToInt(t -> t.getValue().findings().size()).sum())
                .isGreaterThanOrEqualTo(sum.total());
    }

    @Test
    void theProofErrorsFormSaysARoundHasNoRateYet(FxRobot robot) throws Exception {
        waitUntil("the archive to open", () -> vm.tree().rootProperty().get() != null);
        robot.interact(() -> window.view().showProofErrors());
        var form = window.view().proofErrorsForm();
        waitUntil("the round's figure", () -> form.resultProperty().get().contains("还没有记差错率"));
        assertThat(robot.lookup("#proof-count-punctuation").tryQuery()).isPresent();
        // a round not opened cannot be recorded: the editor is told why
        robot.interact(() -> robot.lookup("#proof-count-character").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#proof-record");
        waitUntil("the refusal", () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0).cause()).contains("一校还没有开始");
        shot(robot, form.stage().getScene(), "proof-errors-form.png");
    }

    /** With -Dannalist.screenshots=DIR, a picture of the window for the documentation (and to look at). */
    private static void shot(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
        String dir = System.getProperty("annalist.screenshots");
        if (dir == null) return;
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshot.write(scene, Path.of(dir, name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
