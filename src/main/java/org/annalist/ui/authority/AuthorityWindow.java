package org.annalist.ui.authority;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;
import org.annalist.service.AuthorityService;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 人物与地名 window: persons or places in pinyin order with a filter, add (by name), edit (字、号、dates, variant and old
 * names, sort key …), merge a duplicate into the chosen entry; the chosen entry's page (every item with confirmed
 * mentions or crediting the person; double click or Enter opens it with the caret on the mention); below, the open
 * item's offered mentions to confirm or reject, one by one or all of one entry.
 */
public final class AuthorityWindow {
    private final Stage stage = new Stage();
    private final AuthorityViewModel vm;
    private final DialogService dialogs;
    private final TextField filter = new TextField();

    public AuthorityWindow(Window owner, AuthorityViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.setTitle(I18n.tr("authority.title"));
        ToggleGroup which = new ToggleGroup();
        RadioButton persons = new RadioButton(I18n.tr("authority.persons"));
        persons.setId("authority-persons");
        RadioButton places = new RadioButton(I18n.tr("authority.places"));
        places.setId("authority-places");
        persons.setToggleGroup(which);
        places.setToggleGroup(which);
        persons.setSelected(true);
        which.selectedToggleProperty().addListener((o, a, b) -> vm.kindProperty().set(b == places ? Mention.Kind.PLACE : Mention.Kind.PERSON));
        filter.setId("authority-filter");
        filter.setPromptText(I18n.tr("authority.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.textProperty().addListener((o, a, b) -> vm.refresh());
        TextField newName = new TextField();
        newName.setId("authority-new-name");
        newName.setPromptText(I18n.tr("authority.newName"));
        Button add = new Button(I18n.tr("authority.add"));
        add.setId("authority-add");
        add.setOnAction(e -> {
            vm.add(newName.getText());
            newName.clear();
        });
        newName.setOnAction(e -> add.fire());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(8, persons, places, filter, newName, add);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<AuthorityViewModel.Entry> list = new ListView<>(vm.entries());
        list.setId("authority-entries");
        list.setPlaceholder(new Label(I18n.tr("authority.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.selectedProperty().set(b);
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(list.getSelectionModel().getSelectedItem())) list.getSelectionModel().select(b);
        });
        Button edit = new Button(I18n.tr("authority.edit"));
        edit.setId("authority-edit");
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> edit(vm.selectedProperty().get()));
        Button merge = new Button(I18n.tr("authority.merge"));
        merge.setId("authority-merge");
        merge.disableProperty().bind(vm.selectedProperty().isNull());
        merge.setOnAction(e -> merge(vm.selectedProperty().get()));
        VBox left = new VBox(6, list, new HBox(6, edit, merge));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label pageTitle = new Label();
        pageTitle.setId("authority-page-title");
        pageTitle.getStyleClass().add("search-where");
        vm.pageProperty().addListener((o, a, b) -> pageTitle.setText(b == null ? "" : I18n.tr("authority.pageTitle", b.name(), b.rows().size())));
        ListView<AuthorityService.PageRow> rows = new ListView<>(vm.rows());
        rows.setId("authority-rows");
        rows.setPlaceholder(new Label(I18n.tr("authority.noRows")));
        rows.setCellFactory(l -> new RowCell());
        rows.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(rows.getSelectionModel().getSelectedItem());
        });
        rows.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(rows.getSelectionModel().getSelectedItem());
        });
        VBox right = new VBox(6, pageTitle, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.34);
        VBox.setVgrow(split, Priority.ALWAYS);

        Button offer = new Button(I18n.tr("authority.offer"));
        offer.setId("authority-offer");
        offer.setOnAction(e -> vm.offerInOpenItem());
        ListView<AuthorityService.Placed> offered = new ListView<>(vm.offered());
        offered.setId("authority-offered");
        offered.setPrefHeight(130);
        offered.setPlaceholder(new Label(I18n.tr("authority.noOffered")));
        offered.setCellFactory(l -> new OfferedCell());
        offered.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.show(b));
        Button confirm = decision("authority-confirm", "authority.confirm", offered, true, false);
        Button reject = decision("authority-reject", "authority.reject", offered, false, false);
        Button confirmAll = decision("authority-confirm-all", "authority.confirmAll", offered, true, true);
        Button rejectAll = decision("authority-reject-all", "authority.rejectAll", offered, false, true);
        VBox mentions = new VBox(6, new HBox(6, offer, confirm, reject, confirmAll, rejectAll), offered);
        TitledPane item = new TitledPane(I18n.tr("authority.openItem"), mentions);
        item.setCollapsible(false);

        Label status = new Label();
        status.setId("authority-status");
        status.textProperty().bind(vm.statusProperty());
        Button close = new Button(I18n.tr("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(8, top, split, item, new HBox(8, status, gap, close));
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 980, 680));
        if (owner != null && owner.getScene() != null) stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
    }

    private Button decision(String id, String key, ListView<AuthorityService.Placed> offered, boolean confirm, boolean all) {
        Button b = new Button(I18n.tr(key));
        b.setId(id);
        b.disableProperty().bind(offered.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> vm.decide(offered.getSelectionModel().getSelectedItem(), confirm, all));
        return b;
    }

    public void show() {
        vm.refresh();
        stage.show();
        stage.toFront();
        filter.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private void merge(AuthorityViewModel.Entry keep) {
        if (keep == null) return;
        List<AuthorityViewModel.Entry> others = vm.entries().stream().filter(e -> e.id() != keep.id()).toList();
        if (others.isEmpty()) return;
        List<String> labels = others.stream().map(e -> e.label() + "　#" + e.id()).toList();
        Optional<String> pick = dialogs.choose(I18n.tr("authority.merge"), I18n.tr("authority.mergePrompt", keep.label()), labels);
        pick.ifPresent(p -> vm.merge(keep, others.get(labels.indexOf(p))));
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.split("[、，,;；\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
    }

    private void edit(AuthorityViewModel.Entry e) {
        if (e == null) return;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(I18n.tr("authority.edit"));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        d.getDialogPane().setContent(g);
        if (e.person() != null) {
            Person p = e.person();
            String key = AuthorityService.sortKeyOf(p);
            TextField name = row(g, 0, "authority.f.name", p.name());
            TextField aliases = row(g, 1, "authority.f.aliases", String.join("、", p.aliases()));
            TextField zi = row(g, 2, "authority.f.zi", p.zi());
            TextField hao = row(g, 3, "authority.f.hao", p.hao());
            TextField born = row(g, 4, "authority.f.born", p.born());
            TextField died = row(g, 5, "authority.f.died", p.died());
            TextField sort = row(g, 6, "authority.f.sortKey", key);
            TextField note = row(g, 7, "authority.f.note", p.note());
            if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
            boolean manual = p.sortKeyManual() || !sort.getText().strip().equals(key);
            vm.save(new Person(p.id(), name.getText(), split(aliases.getText()), manual ? sort.getText() : null, zi.getText(),
                    hao.getText(), born.getText(), died.getText(), note.getText(), manual && !sort.getText().isBlank()));
        } else {
            Place p = e.place();
            String key = AuthorityService.sortKeyOf(p);
            TextField name = row(g, 0, "authority.f.name", p.name());
            TextField variants = row(g, 1, "authority.f.variants", String.join("、", p.variants()));
            TextField old = row(g, 2, "authority.f.oldNames", String.join("、", p.oldNames()));
            TextField kind = row(g, 3, "authority.f.kind", p.kind());
            String parentName = p.parentId() == null ? "" : vm.entries().stream().filter(x -> x.id() == p.parentId())
                    .map(x -> x.place().name()).findFirst().orElse("");
            TextField parent = row(g, 4, "authority.f.parent", parentName);
            TextField sort = row(g, 5, "authority.f.sortKey", key);
            TextField note = row(g, 6, "authority.f.note", p.note());
            if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
            Long parentId = null;
            if (!parent.getText().isBlank()) {
                parentId = vm.entries().stream().filter(x -> x.place() != null && x.place().allNames().contains(parent.getText().strip()))
                        .map(AuthorityViewModel.Entry::id).findFirst().orElse(null);
                if (parentId == null) {
                    dialogs.showError(I18n.tr("authority.edit"), parent.getText(), I18n.tr("authority.noParent", parent.getText()));
                    return;
                }
            }
            boolean manual = p.sortKeyManual() || !sort.getText().strip().equals(key);
            vm.save(new Place(p.id(), name.getText(), split(variants.getText()), split(old.getText()), kind.getText(), parentId,
                    manual ? sort.getText() : null, manual && !sort.getText().isBlank(), note.getText()));
        }
    }

    private static TextField row(GridPane g, int r, String key, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setPrefColumnCount(28);
        g.add(new Label(I18n.tr(key)), 0, r);
        g.add(f, 1, r);
        return f;
    }

    private static final class RowCell extends ListCell<AuthorityService.PageRow> {
        @Override
        protected void updateItem(AuthorityService.PageRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            String where = r.publication().isEmpty() ? I18n.tr("archsearch.inbox")
                    : r.publication() + (r.category().isEmpty() ? "" : " › " + r.category());
            Label title = new Label(I18n.tr("authority.row", r.title(), where, r.count())
                    + (r.credited() ? I18n.tr("authority.credited") : ""));
            title.getStyleClass().add("search-where");
            Label snippet = new Label(r.snippet());
            snippet.setWrapText(true);
            setGraphic(new VBox(2, title, snippet));
        }
    }

    private static final class OfferedCell extends ListCell<AuthorityService.Placed> {
        @Override
        protected void updateItem(AuthorityService.Placed m, boolean empty) {
            super.updateItem(m, empty);
            setGraphic(null);
            setText(empty || m == null ? null : I18n.tr(m.mention().kind() == Mention.Kind.PERSON ? "authority.offeredPerson"
                    : "authority.offeredPlace", m.mention().words(), m.entryName(), m.from()));
        }
    }
}
