package org.annalist.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.store.LockHolder;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.FxDialogService;
import org.annalist.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive held by another program (a second JVM opens it exclusively): the desktop program's open
 * path explains it in Chinese, naming the database file and suggesting --shared, and the error dialog
 * (headless, Monocle) shows that explanation.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LockedArchiveTest {
    @TempDir
    Path tmp;

    private Process holder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void holdTheArchive() throws Exception {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        holder = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), tmp.resolve("data").toAbsolutePath().toString(), "exclusive")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"READY".equals(line)) {
            holder.destroyForcibly();
            throw new AssertionError("the second process did not open the archive: " + line);
        }
    }

    @AfterEach
    void release() throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(30, TimeUnit.SECONDS)) holder.destroyForcibly().waitFor();
    }

    private UserSettings settings() {
        return new UserSettings(tmp.resolve("data").toString(), "", "", "测试编辑", "zh");
    }

    @Test
    void theOpenPathAndTheErrorDialogExplainTheLockNamingTheFile(FxRobot robot) throws Exception {
        String file = tmp.resolve("data").resolve("annalist.mv.db").toString();

        // the ViewModel, without a screen
        RecordingDialogs seen = new RecordingDialogs();
        MainViewModel vm = new MainViewModel(settings(), false, new SameThreadTaskExecutor(), seen, ms -> Coalescer.immediate());
        boolean[] opened = {false};
        vm.openArchive(() -> opened[0] = true);
        assertThat(opened[0]).isFalse();
        assertThat(vm.sessionProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo("无法打开档案库");
        assertThat(seen.errors).hasSize(1);
        RecordingDialogs.Error error = seen.errors.get(0);
        assertThat(error.title()).isEqualTo("无法打开档案库");
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.cause()).contains("正被另一个程序使用").contains(file).contains("--shared");

        // the window: the same open path with the real dialogs puts the explanation in an error dialog
        UiTaskExecutor executor = new UiTaskExecutor();
        try {
            FxDialogService dialogs = new FxDialogService(() -> stage, null);
            MainViewModel window = new MainViewModel(settings(), false, executor, dialogs, Coalescer::fx);
            Platform.runLater(() -> window.openArchive(() -> {
            }));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(pane.getHeaderText()).contains(file);
            assertThat(pane.getContentText()).contains("正被另一个程序使用").contains(file).contains("--shared");
            assertThat(((Stage) pane.getScene().getWindow()).getTitle()).isEqualTo("无法打开档案库");
            WaitForAsyncUtils.asyncFx(() -> ((Stage) pane.getScene().getWindow()).close()).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.sessionProperty().get()).isNull();
        } finally {
            executor.close();
        }
    }
}
