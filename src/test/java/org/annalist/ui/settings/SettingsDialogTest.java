package org.annalist.ui.settings;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.annalist.service.BackupSettings;
import org.annalist.service.UserSettings;
import org.annalist.ui.Screenshot;
import org.annalist.ui.common.FxDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings dialog as the editor sees it: the automatic backups' fields show the stored settings, a wrong number
 * keeps the dialog open with the reason shown, a right one is written. {@code -Dpolish.screenshots=DIR} keeps a picture.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    @TempDir
    Path config;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void backupFieldsAreCheckedAndSaved(FxRobot robot) throws Exception {
        new BackupSettings(45, 12).save(config);
        SettingsViewModel vm = new SettingsViewModel(UserSettings.defaults(), config);
        CompletableFuture<Optional<SettingsViewModel.Saved>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(SettingsDialog.show(stage, vm, new FxDialogService(() -> stage, null))));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null
                        && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow();
        List<TextField> fields = robot.from(pane).lookup(".text-field").queryAllAs(TextField.class).stream().toList();
        TextField every = fields.stream().filter(f -> "45".equals(f.getText())).findFirst().orElseThrow();
        TextField keep = fields.stream().filter(f -> "12".equals(f.getText())).findFirst().orElseThrow();

        String dir = System.getProperty("polish.screenshots");
        Path shot = (dir == null ? config : Path.of(dir)).resolve("settings-dialog.png");
        robot.interact(() -> {
            try {
                Screenshot.write(pane.getScene(), shot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        robot.interact(() -> every.setText("0"));
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result).isNotDone();
        Label problem = robot.from(pane).lookup(".problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("“0”");
        assertThat(BackupSettings.load(config)).isEqualTo(new BackupSettings(45, 12));

        robot.interact(() -> {
            every.setText("20");
            keep.setText("5");
        });
        robot.interact(ok::fire);
        Optional<SettingsViewModel.Saved> saved = result.get(10, TimeUnit.SECONDS);
        assertThat(saved).isPresent();
        assertThat(saved.get().backupsChanged()).isTrue();
        assertThat(BackupSettings.load(config)).isEqualTo(new BackupSettings(20, 5));
    }
}
