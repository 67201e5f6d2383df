package org.annalist.ui.common;

import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final HostServices host;
    private Path lastFolder;

    public FxDialogService(Supplier<Window> owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public void showError(String title, String file, String cause) {
        Alert a = alert(Alert.AlertType.ERROR, title);
        a.setHeaderText(file == null || file.isBlank() ? title : I18n.tr("error.file", file));
        a.setContentText(cause);
        a.showAndWait();
    }

    @Override
    public void showInfo(String title, String text) {
        Alert a = alert(Alert.AlertType.INFORMATION, title);
        a.setHeaderText(null);
        a.setContentText(text);
        a.showAndWait();
    }

    @Override
    public void showText(String title, String text) {
        Alert a = alert(Alert.AlertType.INFORMATION, title);
        a.setHeaderText(null);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 400);
        a.getDialogPane().setContent(area);
        a.setResizable(true);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title);
        a.setHeaderText(null);
        a.setContentText(question);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> choices) {
        if (choices.isEmpty()) return Optional.empty();
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.tr("import.choose"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr("import.filter.manuscripts"), "*.docx", "*.doc", "*.wps", "*.txt", "*.md", "*.htm", "*.html"),
                new FileChooser.ExtensionFilter(I18n.tr("import.filter.all"), "*.*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) fc.setInitialDirectory(lastFolder.toFile());
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) return List.of();
        lastFolder = files.get(0).toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> choosePdfTarget(String suggested) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.tr("export.choose"));
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = fc.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDocxTarget(String suggested) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.tr("export.word.choose"));
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word", "*.docx"));
        File f = fc.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) dc.setInitialDirectory(initial.toFile());
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void open(Path file) {
        if (host != null) host.showDocument(file.toUri().toString());
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert a = new Alert(type);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.getDialogPane().setMinWidth(480);
        return a;
    }
}
