package org.annalist.ui.review;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.annalist.model.ItemStatus;
import org.annalist.service.ReviewWorkflow;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.editor.ReadingArea;
import org.annalist.ui.editor.TrackedEdits;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The desktop's 审稿 controls: the 审稿 menu (and its toolbar button) with the steps the state machine allows the
 * current user on the open item, each asking for the opinion (a reason, the scanned 审核单) in a dialog; 审稿单… (the
 * item's review history) and its PDF; 待办…; and the 修订 toggle, on by itself while the user is the reviewer of the
 * item's level, which makes the reading view record their edits as that level's suggestions.
 */
public final class ReviewControls {
    private final ReviewViewModel vm;
    private final Supplier<Window> owner;
    private final LongConsumer openItem;
    private final DialogService dialogs;
    private final ToggleButton track = new ToggleButton();
    private final Label stateTag = new Label();
    private ReviewSheetsWindow sheetsWindow;
    private WorkQueueWindow queueWindow;

    public ReviewControls(ReviewViewModel vm, ReadingArea area, Supplier<Window> owner, LongConsumer openItem, DialogService dialogs) {
        this.vm = vm;
        this.owner = owner;
        this.openItem = openItem;
        this.dialogs = dialogs;
        track.setText(I18n.tr("review2.track"));
        track.setId("btn-track");
        track.setTooltip(new Tooltip(I18n.tr("review2.track.tip")));
        track.disableProperty().bind(vm.levelSignerProperty().isNull());
        vm.levelSignerProperty().addListener((o, a, b) -> {
            // a reviewer's edits at their level are suggestions from the start; they may turn it off for a moment
            track.setSelected(b != null);
            area.setTracking(b != null && track.isSelected() ? b : null);
        });
        track.selectedProperty().addListener((o, a, on) -> {
            TrackedEdits.Signer s = vm.levelSignerProperty().get();
            area.setTracking(on && s != null ? s : null);
        });
        stateTag.setId("review-state");
        stateTag.getStyleClass().add("review-tag");
        vm.itemProperty().addListener((o, a, b) -> showState(b == null ? null : b.status()));
        showState(null);
    }

    private void showState(ItemStatus s) {
        stateTag.getStyleClass().removeIf(c -> c.startsWith("status-"));
        stateTag.setVisible(s != null);
        if (s == null) return;
        stateTag.setText(I18n.tr("itemStatus." + s.name()));
        stateTag.getStyleClass().add("status-" + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The 修订 toggle (for tests and the toolbar). */
    public ToggleButton trackToggle() {
        return track;
    }

    /** 审稿 in the menu bar. */
    public Menu menu() {
        Menu m = new Menu(I18n.tr("review2.menu"));
        m.setId("menu-review");
        m.setOnShowing(e -> m.getItems().setAll(items()));
        m.getItems().setAll(items());
        return m;
    }

    /** The toolbar's part: the item's state, 审稿 (the same steps), 修订, 待办. */
    public List<Node> toolbarItems() {
        MenuButton steps = new MenuButton(I18n.tr("review2.menu"));
        steps.setId("btn-review");
        steps.setOnShowing(e -> steps.getItems().setAll(items()));
        steps.disableProperty().bind(vm.itemProperty().isNull());
        Button queue = new Button(I18n.tr("review2.queue"));
        queue.setId("btn-queue");
        queue.textProperty().bind(Bindings.createStringBinding(() -> vm.queue().isEmpty() ? I18n.tr("review2.queue")
                : I18n.tr("review2.queueCount", vm.queue().size()), vm.queue()));
        queue.setOnAction(e -> showQueue());
        return List.of(stateTag, steps, track, queue);
    }

    private List<MenuItem> items() {
        List<MenuItem> out = new java.util.ArrayList<>();
        for (ReviewWorkflow.Offer o : vm.offers()) {
            MenuItem i = new MenuItem(I18n.tr("review2.step", o.decision().label(), I18n.tr("itemStatus." + o.to().name())));
            i.setId("review-step-" + o.decision().name());
            i.disableProperty().bind(vm.busyProperty());
            i.setOnAction(e -> ask(o));
            out.add(i);
        }
        if (out.isEmpty()) {
            MenuItem none = new MenuItem(vm.itemProperty().get() == null ? I18n.tr("review2.noItem") : I18n.tr("review2.noSteps", vm.user()));
            none.setDisable(true);
            out.add(none);
        }
        MenuItem sheets = new MenuItem(I18n.tr("review2.sheets"));
        sheets.setId("review-sheets");
        sheets.setDisable(vm.itemProperty().get() == null);
        sheets.setOnAction(e -> showSheets());
        MenuItem pdf = new MenuItem(I18n.tr("review2.sheetPdf"));
        pdf.setDisable(vm.itemProperty().get() == null);
        pdf.setOnAction(e -> vm.saveSheetPdf());
        MenuItem queue = new MenuItem(I18n.tr("review2.queue"));
        queue.setOnAction(e -> showQueue());
        out.add(new SeparatorMenuItem());
        out.addAll(List.of(sheets, pdf, queue));
        return out;
    }

    /** The step's dialog: opinion (and reason, 审核单), then the step in the background. */
    void ask(ReviewWorkflow.Offer o) {
        var item = vm.itemProperty().get();
        if (item == null) return;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(I18n.tr("review2.stepTitle", o.decision().label()));
        d.setHeaderText(I18n.tr("review2.stepHeader", item.title(), I18n.tr("itemStatus." + item.status().name()),
                I18n.tr("itemStatus." + o.to().name()), vm.user()));
        TextArea opinion = new TextArea();
        opinion.setId("review-opinion");
        opinion.setPromptText(I18n.tr(o.needsOpinion() ? "review2.opinionNeeded" : "review2.opinionOptional"));
        opinion.setPrefRowCount(4);
        opinion.setWrapText(true);
        TextField reason = new TextField();
        reason.setId("review-reason");
        reason.setPromptText(I18n.tr("review2.reasonPrompt"));
        Path[] scan = new Path[1];
        Label scanName = new Label(I18n.tr("review2.noScan"));
        Button chooseScan = new Button(I18n.tr("review2.chooseScan"));
        chooseScan.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.tr("review2.chooseScan"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("review2.scanFiles"), "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"));
            java.io.File f = fc.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                scan[0] = f.toPath();
                scanName.setText(f.getName());
            }
        });
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label(I18n.tr("review2.opinion")), opinion);
        int row = 1;
        if (o.needsReason()) g.addRow(row++, new Label(I18n.tr("review2.reason")), reason);
        if (o.needsSheet()) g.addRow(row, new Label(I18n.tr("review2.scan")), new HBox(8, chooseScan, scanName));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b ->
                vm.take(o, opinion.getText(), reason.getText(), scan[0], ok -> {
                }));
    }

    /** 审稿单…: the open item's review history. */
    public void showSheets() {
        if (sheetsWindow == null) sheetsWindow = new ReviewSheetsWindow(owner.get(), vm);
        sheetsWindow.show();
    }

    /** 待办…: what waits for the current user. */
    public void showQueue() {
        if (queueWindow == null) queueWindow = new WorkQueueWindow(owner.get(), vm, openItem);
        vm.refreshQueue();
        queueWindow.show();
    }
}
