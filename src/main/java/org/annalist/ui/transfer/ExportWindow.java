package org.annalist.ui.transfer;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.util.List;

/** The export window: what, PDF or Word (with review data or not), which template, where; progress with cancel; the summary and "open". */
public final class ExportWindow {
    private final Stage stage = new Stage();

    public ExportWindow(Window owner, ExportViewModel vm, DialogService dialogs, List<ExportViewModel.Scope> scopes) {
        this(owner, vm, dialogs, scopes, null);
    }

    /** {@code checks}: the proofreading summary of the scope, shown for a PDF (a proof) above the progress; may be null. */
    public ExportWindow(Window owner, ExportViewModel vm, DialogService dialogs, List<ExportViewModel.Scope> scopes,
                        javafx.scene.Node checks) {
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("export.title"));
        ComboBox<ExportViewModel.Scope> scope = new ComboBox<>(FXCollections.observableArrayList(scopes));
        scope.setId("export-scope");
        scope.valueProperty().bindBidirectional(vm.scope);
        ComboBox<String> template = new ComboBox<>(FXCollections.observableArrayList(vm.templates()));
        template.setId("export-template");
        template.valueProperty().bindBidirectional(vm.template);
        template.setConverter(new javafx.util.StringConverter<String>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : org.annalist.service.TypesetService.templateLabel(name);
            }

            @Override
            public String fromString(String label) {
                return label;
            }
        });
        ComboBox<ExportViewModel.Format> format = new ComboBox<>(FXCollections.observableArrayList(ExportViewModel.Format.values()));
        format.setId("export-format");
        format.valueProperty().bindBidirectional(vm.format);
        format.setConverter(new javafx.util.StringConverter<ExportViewModel.Format>() {
            @Override
            public String toString(ExportViewModel.Format f) {
                return f == null ? "" : I18n.tr(f == ExportViewModel.Format.PDF ? "export.format.pdf" : "export.format.docx");
            }

            @Override
            public ExportViewModel.Format fromString(String label) {
                return null;
            }
        });
        CheckBox review = new CheckBox(I18n.tr("export.review"));
        review.setId("export-review");
        review.selectedProperty().bindBidirectional(vm.reviewData);
        review.visibleProperty().bind(vm.format.isEqualTo(ExportViewModel.Format.DOCX));
        review.managedProperty().bind(review.visibleProperty());
        review.disableProperty().bind(vm.runningProperty());
        format.disableProperty().bind(vm.runningProperty());
        TextField file = new TextField();
        file.setId("export-file");
        file.setEditable(false);
        file.textProperty().bind(vm.target.map(Path::toString));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(I18n.tr("export.chooseFile"));
        choose.setOnAction(e -> vm.chooseTarget());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("export.scope"), scope);
        grid.addRow(1, label("export.format"), new HBox(12, format, review));
        grid.addRow(2, label("export.template"), template);
        grid.addRow(3, label("export.file"), new HBox(6, file, choose));
        ProgressBar bar = new ProgressBar(0);
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label phase = new Label();
        phase.textProperty().bind(vm.phaseProperty());
        TextArea summary = new TextArea();
        summary.setId("export-summary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox.setVgrow(summary, Priority.ALWAYS);
        Button start = new Button(I18n.tr("export.start"));
        start.setId("export-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty().or(vm.scope.isNull()).or(vm.target.isNull()).or(vm.template.isEmpty()));
        start.setOnAction(e -> vm.start());
        Button cancel = new Button(I18n.tr("common.cancel"));
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button open = new Button(I18n.tr("export.open"));
        open.setId("export-open");
        open.disableProperty().bind(vm.writtenProperty().isNull());
        open.setOnAction(e -> vm.openResult());
        Button close = new Button(I18n.tr("common.close"));
        close.setOnAction(e -> stage.hide());
        VBox box = new VBox(10, grid, bar, phase, summary, new HBox(8, start, cancel, open, close));
        if (checks != null) {
            checks.visibleProperty().bind(vm.format.isEqualTo(ExportViewModel.Format.PDF));
            checks.managedProperty().bind(checks.visibleProperty());
            box.getChildren().add(1, checks);
        }
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 620, 460));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** A field's label that keeps its whole text (the fields beside it take the room that is left). */
    private static Label label(String key) {
        Label l = new Label(I18n.tr(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
