package org.annalist.ui.review;

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
import org.annalist.model.ReviewSheet;
import org.annalist.ui.common.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** 审稿单…: the open item's 审稿单 records in order (level, decision, signer, time, opinion, reason, the revision's hash), and their PDF. */
final class ReviewSheetsWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final Stage stage = new Stage();

    ReviewSheetsWindow(Window owner, ReviewViewModel vm) {
        stage.initOwner(owner);
        TableView<ReviewSheet> table = new TableView<>(vm.sheets());
        table.setId("review-sheets-table");
        table.setPlaceholder(new Label(I18n.tr("review2.sheetsEmpty")));
        table.getColumns().add(column("review2.col.seq", s -> String.valueOf(s.seq()), 40));
        table.getColumns().add(column("review2.col.level", s -> I18n.tr("itemStatus." + s.level().name()), 80));
        table.getColumns().add(column("review2.col.decision", s -> s.decision().label(), 90));
        table.getColumns().add(column("review2.col.to", s -> I18n.tr("itemStatus." + s.to().name()), 70));
        table.getColumns().add(column("review2.col.who", ReviewSheet::personName, 70));
        table.getColumns().add(column("review2.col.when", s -> s.signedAt() == null ? "" : WHEN.format(s.signedAt()), 120));
        table.getColumns().add(column("review2.col.opinion", s -> s.opinion() + (s.reason() == null ? "" : I18n.tr("review2.withReason", s.reason())), 260));
        table.getColumns().add(column("review2.col.revision", s -> I18n.tr("review2.revisionHash", s.revisionNumber(),
                s.revisionSha256() == null ? "" : s.revisionSha256().substring(0, Math.min(12, s.revisionSha256().length()))), 150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button pdf = new Button(I18n.tr("review2.sheetPdf"));
        pdf.disableProperty().bind(vm.itemProperty().isNull());
        pdf.setOnAction(e -> vm.saveSheetPdf());
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, table, new HBox(8, pdf, gap, close));
        root.setPadding(new Insets(10));
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.itemProperty().get() == null
                ? I18n.tr("review2.sheets") : I18n.tr("review2.sheetsOf", vm.itemProperty().get().title()), vm.itemProperty()));
        Scene scene = new Scene(root, 940, 360);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private static TableColumn<ReviewSheet, String> column(String key, Function<ReviewSheet, String> value, double width) {
        TableColumn<ReviewSheet, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
