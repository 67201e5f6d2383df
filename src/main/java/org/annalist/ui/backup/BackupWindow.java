package org.annalist.ui.backup;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;

/** 档案→备份与恢复…: the backups on the left, the chosen one's preview on the right, 立即备份 and 恢复. */
public final class BackupWindow {
    private final Stage stage = new Stage();
    private final BackupViewModel vm;
    private final ListView<BackupViewModel.Row> list;

    public BackupWindow(Window owner, BackupViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("backup.ui.title"));
        list = new ListView<>(vm.rows());
        list.setId("backup-list");
        list.setPlaceholder(new Label(I18n.tr("backup.ui.none")));
        TextArea preview = new TextArea();
        preview.setId("backup-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        var chosen = list.getSelectionModel().selectedItemProperty();
        chosen.addListener((o, a, b) -> vm.select(b));
        Button now = new Button(I18n.tr("backup.ui.now"));
        now.setId("backup-now");
        now.disableProperty().bind(vm.busyProperty());
        now.setOnAction(e -> vm.backupNow());
        Button restore = new Button(I18n.tr("backup.ui.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(chosen.isNull().or(vm.busyProperty()));
        restore.setOnAction(e -> {
            vm.restore(chosen.get());
        });
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, preview);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(10, split, new HBox(8, now, restore, gap, close));
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 980, 520));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        vm.rows().addListener((javafx.collections.ListChangeListener<BackupViewModel.Row>) c -> {
            if (list.getSelectionModel().isEmpty() && !vm.rows().isEmpty()) list.getSelectionModel().select(0);
        });
    }

    /** Shows the window with the backups read afresh; {@code file} (may be null), a backup from elsewhere, first. */
    public void show(Path file) {
        if (file != null) vm.include(file);
        list.getSelectionModel().clearSelection();
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    public void hide() {
        stage.hide();
    }
}
