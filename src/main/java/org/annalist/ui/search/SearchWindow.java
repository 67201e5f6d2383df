package org.annalist.ui.search;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.ui.common.I18n;

import java.util.List;

/**
 * 在出版物中查找: the string, 忽略大小写, the publication; the hits as "类目 › 条目" over the words around the hit
 * (the found words in bold). A double click or Enter on a hit opens it in the editor with the words selected.
 */
public final class SearchWindow {
    private final Stage stage = new Stage();
    private final SearchViewModel vm;
    private final TextField field = new TextField();

    public SearchWindow(Window owner, SearchViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("search.title"));
        field.setId("search-text");
        field.setPromptText(I18n.tr("search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> vm.search());
        HBox.setHgrow(field, Priority.ALWAYS);
        CheckBox ignoreCase = new CheckBox(I18n.tr("search.ignoreCase"));
        ignoreCase.setId("search-ignore-case");
        ignoreCase.selectedProperty().bindBidirectional(vm.ignoreCaseProperty());
        ComboBox<SearchViewModel.Scope> where = new ComboBox<>(vm.publications());
        where.setId("search-publication");
        where.valueProperty().bindBidirectional(vm.publicationProperty());
        Button find = new Button(I18n.tr("search.find"));
        find.setId("search-find");
        find.setDefaultButton(true);
        find.disableProperty().bind(vm.publicationProperty().isNull());
        find.setOnAction(e -> vm.search());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.searchingProperty());
        HBox top = new HBox(8, new Label(I18n.tr("search.what")), field, find, spinner);
        HBox second = new HBox(12, new Label(I18n.tr("search.in")), where, ignoreCase);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<PublicationSearch.Hit> list = new ListView<>(vm.hits());
        list.setId("search-hits");
        list.setPlaceholder(new Label(I18n.tr("search.noHitsYet")));
        list.setCellFactory(l -> new HitCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(list.getSelectionModel().getSelectedItem());
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label status = new Label();
        status.setId("search-status");
        status.textProperty().bind(vm.statusProperty());
        Button open = new Button(I18n.tr("search.open"));
        open.setId("search-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(list.getSelectionModel().getSelectedItem()));
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(10, top, second, list, new HBox(8, status, gap, open, close));
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 720, 480));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** Shows the window on {@code current} (the publication being worked on), the text field ready for typing. */
    public void show(List<SearchViewModel.Scope> publications, Long current) {
        vm.offer(publications, current);
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    public Stage stage() {
        return stage;
    }

    private static final class HitCell extends ListCell<PublicationSearch.Hit> {
        @Override
        protected void updateItem(PublicationSearch.Hit h, boolean empty) {
            super.updateItem(h, empty);
            setText(null);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            Label where = new Label(h.where());
            where.getStyleClass().add("search-where");
            Text match = new Text(h.match());
            match.getStyleClass().add("search-match");
            TextFlow context = new TextFlow(new Text(h.before()), match, new Text(h.after()));
            context.getStyleClass().add("search-context");
            context.setPrefWidth(0);
            VBox v = new VBox(2, where, context);
            setGraphic(v);
        }
    }
}
