package org.annalist.ui.review;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.ItemStatus;
import org.annalist.service.WorkQueue;
import org.annalist.ui.common.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * 待办: the items waiting for the current user, each with its state as a coloured tag; a double click (or Enter, or
 * 打开) opens the item, which also selects it in the archive tree.
 */
final class WorkQueueWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final Stage stage = new Stage();

    WorkQueueWindow(Window owner, ReviewViewModel vm, LongConsumer openItem) {
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("review2.queueTitle", String.valueOf(vm.user())));
        TableView<WorkQueue.Entry> table = new TableView<>(vm.queue());
        table.setId("queue-table");
        table.setPlaceholder(new Label(I18n.tr("review2.queueEmpty")));
        TableColumn<WorkQueue.Entry, ItemStatus> state = new TableColumn<>(I18n.tr("review2.col.state"));
        state.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().status()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ItemStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label tag = new Label(I18n.tr("itemStatus." + s.name()));
                tag.getStyleClass().addAll("review-tag", "status-" + s.name().toLowerCase(java.util.Locale.ROOT));
                setGraphic(tag);
            }
        });
        state.setPrefWidth(100);
        table.getColumns().add(state);
        table.getColumns().add(column("review2.col.title", e -> e.title().isBlank() ? I18n.tr("tree.untitled") : e.title(), 260));
        table.getColumns().add(column("review2.col.publication", e -> e.publication() == null ? I18n.tr("review2.inbox") : e.publication(), 200));
        table.getColumns().add(column("review2.col.contributor", e -> e.contributor() == null ? "" : e.contributor(), 140));
        table.getColumns().add(column("review2.col.since", e -> e.since() == null ? "" : WHEN.format(e.since()), 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> {
            TableRow<WorkQueue.Entry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) openItem.accept(row.getItem().itemId());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && sel != null) openItem.accept(sel.itemId());
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button open = new Button(I18n.tr("review2.open"));
        open.setId("queue-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openItem.accept(table.getSelectionModel().getSelectedItem().itemId()));
        Button reload = new Button(I18n.tr("review2.reload"));
        reload.setOnAction(e -> vm.refreshQueue());
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, table, new HBox(8, open, reload, gap, close));
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 860, 420);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private static TableColumn<WorkQueue.Entry, String> column(String key, Function<WorkQueue.Entry, String> value, double width) {
        TableColumn<WorkQueue.Entry, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
