package org.annalist.ui.checks;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.check.Finding;
import org.annalist.check.Rule;
import org.annalist.service.CheckService;
import org.annalist.ui.common.I18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 校对检查 (the checks pane): what to check (the open item, a publication, a 类目), 检查 with a progress bar, the
 * findings grouped per item and per rule with their counts. A double click or Enter on a finding opens it in the
 * editor with its place selected; 采用建议 takes its fix as the user's suggestion, 忽略 remembers the place;
 * on a rule, 全部采用… previews every change of that rule in the item, each to be ticked, then applies them at once.
 */
public final class ChecksWindow {
    /** A row of the tree: an item, one rule in it, or one finding. */
    public record Row(CheckService.ItemFindings item, Rule rule, List<Finding> findings, Finding finding) {
        public boolean isFinding() {
            return finding != null;
        }

        public boolean isRule() {
            return finding == null && rule != null;
        }
    }

    private final Stage stage = new Stage();
    private final ChecksViewModel vm;
    private final TreeView<Row> tree = new TreeView<>();

    public ChecksWindow(Window owner, ChecksViewModel vm) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("checkspane.title"));
        ComboBox<ChecksViewModel.Scope> scope = new ComboBox<>(vm.scopes());
        scope.setId("checks-scope");
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        scope.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(scope, Priority.ALWAYS);
        Button check = new Button(I18n.tr("checkspane.check"));
        check.setId("checks-run");
        check.setDefaultButton(true);
        check.disableProperty().bind(vm.scopeProperty().isNull().or(vm.runningProperty()));
        check.setOnAction(e -> vm.check());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("checks-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        HBox top = new HBox(8, new Label(I18n.tr("checkspane.scope")), scope, check, bar);
        top.setAlignment(Pos.CENTER_LEFT);

        tree.setId("checks-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new RowCell());
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) openSelected();
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) openSelected();
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.results().addListener((ListChangeListener<CheckService.ItemFindings>) c -> rebuild());

        Button open = new Button(I18n.tr("checkspane.open"));
        open.setId("checks-open");
        Button accept = new Button(I18n.tr("checkspane.accept"));
        accept.setId("checks-accept");
        Button ignore = new Button(I18n.tr("checkspane.ignore"));
        ignore.setId("checks-ignore");
        Button acceptRule = new Button(I18n.tr("checkspane.acceptRule"));
        acceptRule.setId("checks-accept-rule");
        var selected = tree.getSelectionModel().selectedItemProperty();
        open.disableProperty().bind(selected.map(t -> t.getValue() == null || !t.getValue().isFinding()).orElse(true));
        accept.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Row r = selectedRow();
            return vm.runningProperty().get() || r == null || !r.isFinding() || !r.finding().hasFix();
        }, selected, vm.runningProperty()));
        ignore.disableProperty().bind(open.disableProperty());
        acceptRule.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Row r = selectedRow();
            return vm.runningProperty().get() || r == null || r.rule() == null || r.findings().stream().noneMatch(Finding::hasFix);
        }, selected, vm.runningProperty()));
        open.setOnAction(e -> openSelected());
        accept.setOnAction(e -> {
            Row r = selectedRow();
            if (r != null && r.isFinding()) vm.accept(r.finding());
        });
        ignore.setOnAction(e -> {
            Row r = selectedRow();
            if (r != null && r.isFinding()) vm.ignore(r.finding());
        });
        acceptRule.setOnAction(e -> {
            Row r = selectedRow();
            if (r == null || r.rule() == null) return;
            long itemId = r.item().item().id();
            String title = r.item().item().title();
            vm.preview(itemId, r.rule(), changes -> new FixPreviewDialog(stage, title, r.rule(), changes,
                    places -> vm.acceptAll(itemId, places)).show());
        });
        Label status = new Label();
        status.setId("checks-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, accept, ignore, acceptRule, gap, close);
        VBox box = new VBox(10, top, tree, status, buttons);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 760, 560));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    /** Shows the pane on {@code current} of {@code scopes} and checks it at once. */
    public void show(List<ChecksViewModel.Scope> scopes, ChecksViewModel.Scope current) {
        vm.offer(scopes, current);
        stage.show();
        stage.toFront();
        vm.check();
    }

    public Stage stage() {
        return stage;
    }

    public TreeView<Row> tree() {
        return tree;
    }

    private Row selectedRow() {
        TreeItem<Row> t = tree.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getValue();
    }

    private void openSelected() {
        Row r = selectedRow();
        if (r != null && r.isFinding()) vm.open(r.finding());
    }

    /** The tree again from the results, keeping which items and rules were open and the selected finding's place. */
    private void rebuild() {
        List<String> expanded = new ArrayList<>();
        for (TreeItem<Row> i : tree.getRoot().getChildren()) {
            if (i.isExpanded()) expanded.add(key(i.getValue(), null));
            for (TreeItem<Row> r : i.getChildren()) if (r.isExpanded()) expanded.add(key(r.getValue(), r.getValue().rule()));
        }
        boolean first = tree.getRoot().getChildren().isEmpty();
        List<TreeItem<Row>> items = new ArrayList<>();
        for (CheckService.ItemFindings r : vm.results()) {
            TreeItem<Row> it = new TreeItem<>(new Row(r, null, r.findings(), null));
            Map<Rule, List<Finding>> byRule = new EnumMap<>(Rule.class);
            for (Finding f : r.findings()) byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
            for (var e : byRule.entrySet()) {
                TreeItem<Row> ru = new TreeItem<>(new Row(r, e.getKey(), e.getValue(), null));
                for (Finding f : e.getValue()) ru.getChildren().add(new TreeItem<>(new Row(r, e.getKey(), List.of(f), f)));
                ru.setExpanded(expanded.contains(key(ru.getValue(), e.getKey())));
                it.getChildren().add(ru);
            }
            it.setExpanded(first ? items.isEmpty() : expanded.contains(key(it.getValue(), null)));
            items.add(it);
        }
        tree.getRoot().getChildren().setAll(items);
    }

    private static String key(Row r, Rule rule) {
        return r.item().item().id() + "|" + (rule == null ? "" : rule.id());
    }

    private static final class RowCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("checks-item", "checks-rule", "checks-finding");
            if (empty || r == null || r.item() == null) {
                setText(null);
                return;
            }
            if (r.isFinding()) {
                Finding f = r.finding();
                getStyleClass().add("checks-finding");
                String body = r.item().item().body();
                String left = body.substring(Math.max(0, f.start() - 10), Math.min(f.start(), body.length()));
                String right = body.substring(Math.min(f.end(), body.length()), Math.min(body.length(), f.end() + 10));
                setText(I18n.tr("checkspane.findingRow", shown(left), shown(f.text()), shown(right), f.messageText()));
            } else if (r.isRule()) {
                getStyleClass().add("checks-rule");
                setText(I18n.tr("checkspane.ruleRow", r.rule().label(), r.findings().get(0).severity().label(), r.findings().size(),
                        r.rule().source()));
            } else {
                getStyleClass().add("checks-item");
                setText(I18n.tr("checkspane.itemRow", r.item().item().id(), r.item().item().title(), r.findings().size()));
            }
        }

        private static String shown(String s) {
            return s.isEmpty() ? "∅" : s.replace("\n", "⏎");
        }
    }
}
