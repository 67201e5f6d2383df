package org.annalist.ui.metadata;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.collections.FXCollections;
import org.annalist.service.MetadataForm;
import org.annalist.ui.common.I18n;

import java.util.Map;

/** The metadata form: fields, the people table, the problems found, and a save button. */
public final class MetadataView extends ScrollPane {
    private final MetadataViewModel vm;
    private final Map<String, TextField> fields = new java.util.HashMap<>();
    private final VBox problemBox = new VBox(2);

    public MetadataView(MetadataViewModel vm) {
        this.vm = vm;
        setId("metadata");
        setFitToWidth(true);
        getStyleClass().add("metadata-view");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        Label info = new Label();
        info.textProperty().bind(vm.infoProperty());
        info.setWrapText(true);
        info.getStyleClass().add("meta-info");
        grid.add(info, 0, row++, 2, 1);
        row = field(grid, row, "contributor", vm.contributor);
        Label peopleLabel = new Label(I18n.tr("meta.people"));
        grid.add(peopleLabel, 0, row++, 2, 1);
        grid.add(peopleTable(), 0, row++, 2, 1);
        Button add = new Button(I18n.tr("meta.addPerson"));
        add.setOnAction(e -> vm.addPerson());
        grid.add(add, 0, row++, 2, 1);
        row = field(grid, row, "period", vm.period);
        row = field(grid, row, "place", vm.place);
        row = field(grid, row, "personTags", vm.personTags);
        row = field(grid, row, "eventTags", vm.eventTags);
        row = field(grid, row, "source", vm.source);
        row = field(grid, row, "collectedOn", vm.collectedOn);
        problemBox.getStyleClass().add("meta-problems");
        grid.add(problemBox, 0, row++, 2, 1);
        Button save = new Button(I18n.tr("meta.save"));
        save.setId("meta-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.dirtyProperty().not().or(Bindings.isNotEmpty(vm.problems())));
        save.setOnAction(e -> vm.save());
        grid.add(new HBox(6, save), 0, row, 2, 1);
        setContent(grid);
        vm.problems().addListener((ListChangeListener<MetadataForm.Problem>) c -> showProblems());
        grid.disableProperty().bind(vm.itemProperty().isNull());
    }

    private int field(GridPane grid, int row, String key, StringProperty property) {
        Label l = new Label(I18n.tr("meta." + key));
        TextField f = new TextField();
        f.setId("meta-" + key);
        f.setPromptText(I18n.tr("meta." + key + ".prompt"));
        f.textProperty().bindBidirectional(property);
        fields.put(key, f);
        grid.add(l, 0, row);
        grid.add(f, 1, row);
        return row + 1;
    }

    private TableView<MetadataViewModel.PersonRow> peopleTable() {
        TableView<MetadataViewModel.PersonRow> table = new TableView<>(vm.people());
        table.setId("meta-people");
        table.setEditable(true);
        table.setPrefHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MetadataViewModel.PersonRow, String> role = new TableColumn<>(I18n.tr("meta.role"));
        role.setCellValueFactory(c -> c.getValue().role);
        role.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(MetadataViewModel.ROLES)));
        role.setPrefWidth(60);
        TableColumn<MetadataViewModel.PersonRow, String> name = new TableColumn<>(I18n.tr("meta.name"));
        name.setCellValueFactory(c -> c.getValue().name);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumn<MetadataViewModel.PersonRow, String> aff = new TableColumn<>(I18n.tr("meta.affiliation"));
        aff.setCellValueFactory(c -> c.getValue().affiliation);
        aff.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(role);
        table.getColumns().add(name);
        table.getColumns().add(aff);
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(I18n.tr("meta.removePerson"));
        remove.setOnAction(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (sel != null) vm.removePerson(sel);
        });
        menu.getItems().add(remove);
        table.setContextMenu(menu);
        return table;
    }

    private void showProblems() {
        problemBox.getChildren().clear();
        fields.values().forEach(f -> f.getStyleClass().remove("invalid"));
        for (MetadataForm.Problem p : vm.problems()) {
            Label l = new Label(p.message());
            l.setWrapText(true);
            l.getStyleClass().add("problem");
            problemBox.getChildren().add(l);
            TextField f = fields.get(p.field().equals("tags") ? "personTags" : p.field());
            if (f != null && !f.getStyleClass().contains("invalid")) f.getStyleClass().add("invalid");
        }
    }
}
