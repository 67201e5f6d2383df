package org.annalist.ui.trash;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.ui.common.I18n;

import java.util.function.Function;

/** 档案→回收站…: a table of what was deleted, with 恢复 and 永久删除 for the chosen row. */
public final class TrashWindow {
    private final Stage stage = new Stage();
    private final TrashViewModel vm;

    public TrashWindow(Window owner, TrashViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("trash.title"));
        TableView<TrashViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("trash-table");
        table.setPlaceholder(new Label(I18n.tr("trash.empty")));
        table.getColumns().add(column("trash.col.kind", TrashViewModel.Row::kind, 60));
        table.getColumns().add(column("trash.col.title", TrashViewModel.Row::title, 220));
        table.getColumns().add(column("trash.col.place", TrashViewModel.Row::place, 240));
        table.getColumns().add(column("trash.col.when", TrashViewModel.Row::deletedAt, 130));
        table.getColumns().add(column("trash.col.by", TrashViewModel.Row::deletedBy, 80));
        table.getColumns().add(column("trash.col.contents", TrashViewModel.Row::contents, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        var chosen = table.getSelectionModel().selectedItemProperty();
        Button restore = new Button(I18n.tr("trash.restore"));
        restore.setId("trash-restore");
        restore.disableProperty().bind(chosen.isNull().or(vm.busyProperty()));
        restore.setOnAction(e -> vm.restore(chosen.get()));
        Button purge = new Button(I18n.tr("trash.purge"));
        purge.setId("trash-purge");
        purge.disableProperty().bind(chosen.isNull().or(vm.busyProperty()));
        purge.setOnAction(e -> vm.deletePermanently(chosen.get()));
        Button reload = new Button(I18n.tr("trash.reload"));
        reload.disableProperty().bind(vm.busyProperty());
        reload.setOnAction(e -> vm.refresh());
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Label status = new Label();
        status.setId("trash-status");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, purge, reload, gap, close);
        VBox box = new VBox(10, table, status, buttons);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 900, 420));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    private static TableColumn<TrashViewModel.Row, String> column(String key, Function<TrashViewModel.Row, String> value, double width) {
        TableColumn<TrashViewModel.Row, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Shows the window with the trash read afresh. */
    public void show() {
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
