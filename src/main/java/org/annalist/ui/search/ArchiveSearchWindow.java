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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.SearchResults;
import org.annalist.ui.common.I18n;

import java.util.List;

/**
 * The search window (档案检索, Ctrl+Shift+F; 逐字查找, Ctrl+Shift+H): the query (with a hint at the filters), where
 * (the whole archive or one publication) and how (through the index by relevance or year, or the string as typed,
 * ignoring case or not), the hits (title, where it stands, the snippet with the matched words in bold) and the facets
 * beside them; a click on a facet narrows the query, a double click or Enter on a hit opens it with the words selected.
 */
public final class ArchiveSearchWindow {
    private final Stage stage = new Stage();
    private final ArchiveSearchViewModel vm;
    private final TextField field = new TextField();

    public ArchiveSearchWindow(Window owner, ArchiveSearchViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("archsearch.title"));
        field.setId("archsearch-text");
        field.setPromptText(I18n.tr("archsearch.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> vm.search());
        HBox.setHgrow(field, Priority.ALWAYS);
        ComboBox<ArchiveSearchViewModel.Scope> where = new ComboBox<>(vm.scopes());
        where.setId("archsearch-scope");
        where.valueProperty().bindBidirectional(vm.scopeProperty());
        CheckBox byDate = new CheckBox(I18n.tr("archsearch.byDate"));
        byDate.setId("archsearch-by-date");
        byDate.selectedProperty().bindBidirectional(vm.byDateProperty());
        byDate.setOnAction(e -> vm.search());
        byDate.disableProperty().bind(vm.exactProperty());
        CheckBox exact = new CheckBox(I18n.tr("archsearch.exact"));
        exact.setId("archsearch-exact");
        exact.selectedProperty().bindBidirectional(vm.exactProperty());
        CheckBox ignoreCase = new CheckBox(I18n.tr("search.ignoreCase"));
        ignoreCase.setId("archsearch-ignore-case");
        ignoreCase.selectedProperty().bindBidirectional(vm.ignoreCaseProperty());
        ignoreCase.disableProperty().bind(vm.exactProperty().not());
        Button find = new Button(I18n.tr("archsearch.find"));
        find.setId("archsearch-find");
        find.setDefaultButton(true);
        find.setOnAction(e -> vm.search());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.searchingProperty());
        HBox top = new HBox(8, field, find, spinner);
        HBox second = new HBox(12, new Label(I18n.tr("archsearch.in")), where, byDate, exact, ignoreCase);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(I18n.tr("archsearch.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("search-where");
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(vm.exactProperty())
                .then(I18n.tr("archsearch.exactHint")).otherwise(I18n.tr("archsearch.hint")));

        ListView<SearchResults.Hit> list = new ListView<>(vm.hits());
        SearchResults.Hit[] selected = {null};
        list.setId("archsearch-hits");
        list.setPlaceholder(new Label(I18n.tr("archsearch.noHitsYet")));
        list.setCellFactory(l -> new HitCell(vm::wantSnippet));
        // a hit given its snippet later replaces the one listed: the selection stays on it
        vm.hits().addListener((javafx.collections.ListChangeListener<SearchResults.Hit>) c -> {
            while (c.next()) {
                if (c.wasReplaced() && c.getTo() - c.getFrom() == 1 && list.getSelectionModel().getSelectedIndex() < 0
                        && c.getRemoved().size() == 1 && c.getRemoved().get(0).equals(selected[0])) {
                    int at = c.getFrom();
                    javafx.application.Platform.runLater(() -> list.getSelectionModel().select(at));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) selected[0] = b;
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(list.getSelectionModel().getSelectedItem());
        });
        ListView<ArchiveSearchViewModel.Facet> facets = new ListView<>(vm.facets());
        facets.setId("archsearch-facets");
        facets.setCellFactory(l -> new FacetCell());
        facets.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && facets.getSelectionModel().getSelectedItem() != null) {
                vm.narrow(facets.getSelectionModel().getSelectedItem());
            }
        });
        SplitPane split = new SplitPane(list, facets);
        split.setDividerPositions(0.74);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label status = new Label();
        status.setId("archsearch-status");
        status.textProperty().bind(vm.statusProperty());
        Button open = new Button(I18n.tr("archsearch.open"));
        open.setId("archsearch-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(list.getSelectionModel().getSelectedItem()));
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(8, top, second, hint, split, new HBox(8, status, gap, open, close));
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 900, 600));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /**
     * Shows the window, the text field ready for typing: {@code exact} 逐字查找 on {@code current} (the publication
     * being worked on), else 档案检索 on the scope chosen before ({@code current} if given).
     */
    public void show(List<ArchiveSearchViewModel.Scope> publications, Long current, boolean exact) {
        vm.offer(publications, current);
        vm.exactProperty().set(exact);
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    public Stage stage() {
        return stage;
    }

    /** The snippet with 【…】 turned into bold text. */
    static TextFlow snippet(String s) {
        TextFlow flow = new TextFlow();
        int at = 0;
        while (at < s.length()) {
            int open = s.indexOf('【', at);
            int close = open < 0 ? -1 : s.indexOf('】', open);
            if (open < 0 || close < 0) {
                flow.getChildren().add(new Text(s.substring(at)));
                break;
            }
            if (open > at) flow.getChildren().add(new Text(s.substring(at, open)));
            Text m = new Text(s.substring(open + 1, close));
            m.getStyleClass().add("search-match");
            flow.getChildren().add(m);
            at = close + 1;
        }
        flow.getStyleClass().add("search-context");
        flow.setPrefWidth(0);
        return flow;
    }

    private static final class HitCell extends ListCell<SearchResults.Hit> {
        private final java.util.function.Consumer<SearchResults.Hit> shown;

        HitCell(java.util.function.Consumer<SearchResults.Hit> shown) {
            this.shown = shown;
        }

        @Override
        protected void updateItem(SearchResults.Hit h, boolean empty) {
            super.updateItem(h, empty);
            setText(null);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            shown.accept(h);   // listed without a snippet: the view model asks the index for it
            String where = h.publication() == null ? I18n.tr("archsearch.inbox")
                    : h.publication() + (h.category() == null ? "" : " › " + h.category());
            Label title = new Label(h.status() == null ? I18n.tr("archsearch.textHitTitle", h.title(), where)
                    : I18n.tr("archsearch.hitTitle", h.title(), where, h.status().label(), h.year() == null ? "" : String.valueOf(h.year())));
            title.getStyleClass().add("search-where");
            setGraphic(new VBox(2, title, snippet(h.snippet())));
        }
    }

    private static final class FacetCell extends ListCell<ArchiveSearchViewModel.Facet> {
        @Override
        protected void updateItem(ArchiveSearchViewModel.Facet f, boolean empty) {
            super.updateItem(f, empty);
            setGraphic(null);
            setText(empty || f == null ? null
                    : ArchiveSearchViewModel.dimensionLabel(f.dimension()) + "：" + f.value() + "（" + f.count() + "）");
        }
    }
}
