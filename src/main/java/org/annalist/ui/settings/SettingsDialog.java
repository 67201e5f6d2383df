package org.annalist.ui.settings;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.annalist.service.DataLocation;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.I18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The settings dialog; OK is refused (with the reason shown) while a setting is wrong. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    public static Optional<SettingsViewModel.Saved> show(Window owner, SettingsViewModel vm, DialogService dialogs) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(I18n.tr("settings.title"));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        TextField data = new TextField();
        data.textProperty().bindBidirectional(vm.dataDir);
        data.setPromptText(DataLocation.resolve(null).toString());
        TextField fonts = new TextField();
        fonts.textProperty().bindBidirectional(vm.fontsDir);
        fonts.setPromptText(I18n.tr("settings.fontsDir.prompt"));
        List<String> templates = new ArrayList<>();
        templates.add("");
        templates.addAll(vm.templates());
        ComboBox<String> template = new ComboBox<>(FXCollections.observableArrayList(templates));
        template.valueProperty().bindBidirectional(vm.defaultTemplate);
        // templates and languages by what they are, not by their file or language codes
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
        template.setPromptText(I18n.tr("settings.template.byKind"));
        TextField user = new TextField();
        user.textProperty().bindBidirectional(vm.userName);
        ComboBox<String> lang = new ComboBox<>(FXCollections.observableArrayList("zh", "en"));
        lang.valueProperty().bindBidirectional(vm.language);
        lang.setConverter(new javafx.util.StringConverter<String>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : name.equals("en") ? "English" : name.equals("zh") ? "中文" : name;
            }

            @Override
            public String fromString(String label) {
                return label;
            }
        });
        g.addRow(0, new Label(I18n.tr("settings.dataDir")), withBrowse(data, owner, dialogs, I18n.tr("settings.dataDir")));
        g.addRow(1, new Label(I18n.tr("settings.fontsDir")), withBrowse(fonts, owner, dialogs, I18n.tr("settings.fontsDir")));
        g.addRow(2, new Label(I18n.tr("settings.template")), template);
        g.addRow(3, new Label(I18n.tr("settings.userName")), user);
        g.addRow(4, new Label(I18n.tr("settings.language")), lang);
        TextField every = new TextField();
        every.textProperty().bindBidirectional(vm.backupEveryMinutes);
        every.setPrefColumnCount(5);
        TextField keep = new TextField();
        keep.textProperty().bindBidirectional(vm.backupKeepLast);
        keep.setPrefColumnCount(5);
        HBox backups = new HBox(6, new Label(I18n.tr("settings.backupEvery.before")), every,
                new Label(I18n.tr("settings.backupEvery.unit")), keep, new Label(I18n.tr("settings.backupKeep.unit")));
        backups.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label rotation = new Label(I18n.tr("settings.backupRotation"));
        rotation.setWrapText(true);
        VBox backupBox = new VBox(4, backups, rotation);
        g.addRow(5, new Label(I18n.tr("settings.backups")), backupBox);
        // the labels keep their whole width; the fields take what is left
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        g.add(problem, 0, 6, 2, 1);
        Label note = new Label(I18n.tr("settings.note"));
        note.setWrapText(true);
        g.add(note, 0, 7, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setPrefWidth(680);
        SettingsViewModel.Saved[] saved = new SettingsViewModel.Saved[1];
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                saved[0] = vm.save();
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            } catch (java.io.IOException ex) {
                problem.setText(I18n.tr("settings.saveFailed", ex.getMessage()));
                e.consume();
            }
        });
        Optional<ButtonType> r = d.showAndWait();
        return r.isPresent() && r.get() == ButtonType.OK ? Optional.ofNullable(saved[0]) : Optional.empty();
    }

    private static HBox withBrowse(TextField field, Window owner, DialogService dialogs, String title) {
        Button b = new Button(I18n.tr("settings.browse"));
        b.setOnAction(e -> dialogs.chooseFolder(title, field.getText().isBlank() ? null : Path.of(field.getText()))
                .ifPresent(p -> field.setText(p.toString())));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setPrefColumnCount(32);
        return new HBox(6, field, b);
    }
}
