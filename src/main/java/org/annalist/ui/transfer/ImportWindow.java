package org.annalist.ui.transfer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.function.LongConsumer;

/**
 * The import window: each file with its progress and outcome, the warnings of the reports (double-click
 * opens the item), the whole report on request. Stays open beside the main window.
 */
public final class ImportWindow {
    private final Stage stage = new Stage();

    public ImportWindow(Window owner, ImportViewModel vm, DialogService dialogs, LongConsumer openItem) {
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("import.title"));
        ListView<ImportViewModel.FileRow> files = new ListView<>(vm.rows());
        files.setId("import-files");
        files.setCellFactory(l -> new FileCell());
        files.setPrefHeight(200);
        ListView<ImportViewModel.Warning> warnings = new ListView<>(vm.warnings());
        warnings.setId("import-warnings");
        warnings.setPlaceholder(new Label(I18n.tr("import.noWarnings")));
        warnings.setOnMouseClicked(e -> {
            ImportViewModel.Warning w = warnings.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && w != null && w.itemId() > 0) openItem.accept(w.itemId());
        });
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        Button report = new Button(I18n.tr("import.showReport"));
        report.disableProperty().bind(vm.reportProperty().isEmpty());
        report.setOnAction(e -> dialogs.showText(I18n.tr("import.report"), vm.reportProperty().get()));
        Button cancel = new Button(I18n.tr("common.cancel"));
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(I18n.tr("common.close"));
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, summary, spacer(), report, cancel, close);
        VBox box = new VBox(8, new Label(I18n.tr("import.files")), files, new Label(I18n.tr("import.warningList")), warnings, buttons);
        VBox.setVgrow(warnings, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        stage.setScene(new Scene(new BorderPane(box), 640, 480));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static HBox spacer() {
        HBox h = new HBox();
        HBox.setHgrow(h, Priority.ALWAYS);
        return h;
    }

    private static final class FileCell extends ListCell<ImportViewModel.FileRow> {
        @Override
        protected void updateItem(ImportViewModel.FileRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(90);
            bar.progressProperty().bind(row.state.map(s -> s == ImportViewModel.State.WAITING ? 0.0
                    : s == ImportViewModel.State.RUNNING ? -1.0 : 1.0));
            Label state = new Label();
            state.textProperty().bind(row.state.map(s -> I18n.tr("import.state." + s.name().toLowerCase(java.util.Locale.ROOT))));
            state.getStyleClass().add("import-state-" + row.state.get().name().toLowerCase(java.util.Locale.ROOT));
            Label msg = new Label();
            msg.textProperty().bind(row.message);
            msg.setWrapText(true);
            VBox text = new VBox(2, new Label(ImportViewModel.fileName(row.file)), msg);
            setGraphic(new HBox(8, bar, state, text));
            setText(null);
        }
    }
}
