package org.annalist.ui.checks;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.check.Rule;
import org.annalist.service.CheckService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 全部采用 one rule in an item, after a preview: every change the rule's fixes would make, as "…words [old → new]
 * words…", each with a tick (all ticked to begin with); 采用 hands the places ticked to {@code apply}, which writes
 * them as suggestions in one revision.
 */
public final class FixPreviewDialog {
    private final Stage stage = new Stage();
    private final List<CheckBox> boxes = new ArrayList<>();

    public FixPreviewDialog(Window owner, String itemTitle, Rule rule, List<CheckService.Change> changes, Consumer<List<String>> apply) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.tr("checkspane.preview.title", rule.label()));
        Label head = new Label(I18n.tr("checkspane.preview.head", itemTitle, rule.label(), changes.size()));
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        head.setMaxWidth(Double.MAX_VALUE);
        VBox list = new VBox(6);
        list.setId("fix-preview-list");
        for (CheckService.Change c : changes) {
            CheckBox box = new CheckBox();
            box.setSelected(true);
            box.setUserData(c.finding().place());
            box.getStyleClass().add("fix-preview-box");
            boxes.add(box);
            Text old = new Text(c.old().isEmpty() ? "∅" : c.old());
            old.getStyleClass().add("fix-preview-old");
            old.setStrikethrough(true);
            old.setFill(javafx.scene.paint.Color.web("#b3261e"));
            Text neu = new Text(c.neu().isEmpty() ? "∅" : c.neu());
            neu.getStyleClass().add("fix-preview-new");
            neu.setUnderline(true);
            neu.setFill(javafx.scene.paint.Color.web("#1b6e20"));
            TextFlow flow = new TextFlow(new Text("…" + c.left()), old, new Text(" → "), neu, new Text(c.right() + "…"));
            flow.getStyleClass().add("fix-preview-change");
            HBox.setHgrow(flow, Priority.ALWAYS);
            flow.setPrefWidth(0);
            flow.setOnMouseClicked(e -> box.setSelected(!box.isSelected()));
            list.getChildren().add(new HBox(8, box, flow));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button all = new Button(I18n.tr("checkspane.preview.all"));
        all.setOnAction(e -> boxes.forEach(b -> b.setSelected(true)));
        Button none = new Button(I18n.tr("checkspane.preview.none"));
        none.setOnAction(e -> boxes.forEach(b -> b.setSelected(false)));
        Button ok = new Button(I18n.tr("checkspane.preview.apply"));
        ok.setId("fix-preview-apply");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            List<String> places = chosen();
            stage.hide();
            if (!places.isEmpty()) apply.accept(places);
        });
        Runnable count = () -> ok.setText(I18n.tr("checkspane.preview.applyN", chosen().size()));
        boxes.forEach(b -> b.selectedProperty().addListener((o, a, v) -> count.run()));
        count.run();
        Button cancel = new Button(I18n.tr("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(10, head, scroll, new HBox(8, all, none, gap, ok, cancel));
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 640, 420));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** The places of the changes ticked, in order. */
    public List<String> chosen() {
        List<String> out = new ArrayList<>();
        for (CheckBox b : boxes) if (b.isSelected()) out.add((String) b.getUserData());
        return out;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
