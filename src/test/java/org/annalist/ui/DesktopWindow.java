package org.annalist.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The whole desktop window for a TestFX test: a new archive in {@code dir/data} (the demo publications are built
 * when it opens), the window's settings in {@code dir/config}, Chinese messages, the program's style sheet, the
 * given user signing revisions. {@link #close} ends it as the program does.
 */
record DesktopWindow(MainViewModel vm, MainView view, UiTaskExecutor executor, Scene scene) {

    static DesktopWindow show(Stage stage, Path dir, String user, RecordingDialogs dialogs, double width, double height) {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        UiTaskExecutor executor = new UiTaskExecutor();
        UserSettings settings = new UserSettings(dir.resolve("data").toString(), "", "", user, "zh");
        MainViewModel vm = new MainViewModel(settings, false, executor, dialogs, Coalescer::fx);
        MainView view = new MainView(vm, dialogs, executor, dir.resolve("config"), () -> {
        }, saved -> {
        });
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(DesktopApp.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.openArchive(() -> {
        });
        return new DesktopWindow(vm, view, executor, scene);
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::close).get(30, TimeUnit.SECONDS);
        executor.close();
    }

    /** Waits up to {@code seconds} for the condition; the failure names what was awaited. */
    static void waitUntil(String what, int seconds, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for: " + what, e);
        }
    }
}
