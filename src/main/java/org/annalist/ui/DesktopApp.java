package org.annalist.ui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.annalist.service.Messages;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.DialogService;
import org.annalist.ui.common.FxDialogService;
import org.annalist.ui.common.I18n;
import org.annalist.ui.tree.TreeNode;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The desktop program. Options (all optional): {@code --data DIR}, {@code --lang zh|en}, {@code --user NAME},
 * {@code --shared}; they override the saved settings for this run. {@code --open N} starts on item N. {@code --screenshot FILE} writes a
 * picture of the window once the first item's pages are shown (and {@code --exit} then quits), for the
 * documentation. With {@code -Dannalist.timing=true} the start-up times go to standard error.
 */
public final class DesktopApp extends Application {
    private UiTaskExecutor executor;
    private MainViewModel vm;
    private Stage stage;
    private Path configDir;
    private String uiFontSheet;
    private boolean quitting;

    private MainView view;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        timing("start");
        DesktopLauncher.JAVAFX_LOG.setLevel(null);
        Map<String, String> named = getParameters().getNamed();
        List<String> raw = getParameters().getRaw();
        configDir = UserSettings.configDir();
        UserSettings settings;
        String settingsProblem = null;
        try {
            settings = UserSettings.load(configDir);
        } catch (java.io.IOException e) {
            settings = UserSettings.defaults();
            settingsProblem = e.getMessage();
        }
        settings = overrides(settings, raw);
        I18n.use(settings.locale());
        executor = new UiTaskExecutor();
        uiFontSheet = UiFonts.stylesheetIfNeeded(org.annalist.service.ProgramHome.locate().resolve("fonts"));
        DialogService dialogs = new FxDialogService(() -> stage, getHostServices());
        // --db postgresql://…: the archive is a PostgreSQL database (the setting AnnalistSession reads when opening)
        String db = option(raw, "--db");
        if (db != null && !db.isBlank()) System.setProperty("annalist.db", db);
        vm = new MainViewModel(settings, raw.contains("--shared"), executor, dialogs, ms -> Coalescer.fx(ms));
        // an archive with a 编辑部: who is working is chosen (and their password checked) before anything is signed
        // (a documentation screenshot signs in as --user at once, with ANNALIST_PASSWORD when that person has one)
        boolean unattended = option(raw, "--screenshot") != null && option(raw, "--user") != null;
        vm.askWhoIsWorking((who, chosen) -> {
            if (unattended) {
                String pw = System.getenv("ANNALIST_PASSWORD");
                who.passwordProperty().set(pw == null ? "" : pw);
                who.signIn(chosen);
                return;
            }
            org.annalist.ui.review.SignInDialog.show(stage, who, vm.settingsProperty().get().userName(), chosen);
        });
        String shot = option(raw, "--screenshot");
        String backup = option(raw, "--restore-preview");
        // the archive opens on a worker thread while the window is being built; its outcome arrives after start()
        vm.openArchive(() -> {
            timing("archive");
            String open = option(raw, "--open");
            if (open != null && open.matches("\\d+")) vm.openItem(Long.parseLong(open));
            else openFirstItem();
            if (shot != null) screenshotWhenPreviewed(Path.of(shot), raw.contains("--exit"));
            // a double-clicked backup: its preview again, now compared with the archive just opened
            if (backup != null) view.showBackups(Path.of(backup));
        });
        build();
        // the window goes only once the edit is a revision on disk (or the user chose to leave it as a draft)
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        restorePlacement();
        stage.show();
        timing("window");
        // shown at once too: when the archive cannot be opened (damaged), restoring is what the editor came for
        if (backup != null) view.showBackups(Path.of(backup));
        if (settingsProblem != null) dialogs.showError(I18n.tr("settings.loadFailed"), configDir.toString(), settingsProblem);
    }

    /** The close box, 文件→退出 and Ctrl+Q: saves in the background, then closes (or stays when the save failed). */
    private void quit() {
        if (quitting) return;
        quitting = true;
        vm.requestClose(closed -> {
            quitting = false;
            if (!closed) return; // the save failed and the user stays: the window is still there for another try
            savePlacement();
            stage.hide();
            Platform.exit();
        });
    }

    /** The window where it was last time (size, place, maximized, pane dividers), kept on a screen that exists. */
    private void restorePlacement() {
        List<WindowPlacement.Area> screens = javafx.stage.Screen.getScreens().stream()
                .map(sc -> sc.getVisualBounds())
                .map(b -> new WindowPlacement.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
        javafx.geometry.Rectangle2D primary = javafx.stage.Screen.getPrimary().getVisualBounds();
        // the first time: the default size, centred, made smaller when the screen is (a 1280×720 laptop)
        WindowPlacement first = new WindowPlacement(primary.getMinX() + Math.max(0, (primary.getWidth() - 1360) / 2),
                primary.getMinY() + Math.max(0, (primary.getHeight() - 860) / 2), 1360, 860, false, new double[0]);
        {
            WindowPlacement saved = WindowPlacement.load(configDir).orElse(first);
            WindowPlacement w = saved.fitted(screens);
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
            view.setDividerPositions(w.dividers());
        }
    }

    private void savePlacement() {
        if (view == null) return;
        try {
            new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                    view.dividerPositions()).save(configDir);
        } catch (java.io.IOException e) {
            // the next start opens in the default place: nothing the editor needs to be told now
        }
    }

    private void build() {
        MainView view = new MainView(vm, new FxDialogService(() -> stage, getHostServices()), executor, configDir, this::quit, saved -> {
            boolean reopen = saved.reopen();
            vm.settingsProperty().set(saved.settings());
            if (saved.relanguage()) {
                I18n.use(saved.settings().locale());
                build();
            }
            if (reopen) vm.openArchive(this::openFirstItem);
            else if (saved.backupsChanged()) vm.backupSettingsChanged();
        });
        this.view = view;
        Scene scene = new Scene(view, 1360, 860);
        scene.getStylesheets().add(DesktopApp.class.getResource("annalist.css").toExternalForm());
        if (uiFontSheet != null) scene.getStylesheets().add(uiFontSheet);
        stage.setScene(scene);
        stage.setTitle(I18n.tr("app.title"));
    }

    /** The first item of the first publication, so the window opens on something to work with. */
    private void openFirstItem() {
        TreeNode root = vm.tree().rootProperty().get();
        TreeNode first = root == null ? null : firstItem(root);
        if (first != null) vm.openItem(first.id());
    }

    private static TreeNode firstItem(TreeNode n) {
        if (n.isItem()) return n;
        for (TreeNode c : n.children()) {
            TreeNode f = firstItem(c);
            if (f != null) return f;
        }
        return null;
    }

    private void screenshotWhenPreviewed(Path file, boolean exit) {
        Runnable shoot = () -> {
            PauseTransition settle = new PauseTransition(Duration.millis(600));
            settle.setOnFinished(e -> {
                try {
                    Screenshot.write(stage.getScene(), file);
                    System.err.println("screenshot: " + file.toAbsolutePath());
                } catch (java.io.IOException | RuntimeException ex) {
                    System.err.println("screenshot failed: " + Messages.describe(ex));
                }
                if (exit) {
                    vm.close();
                    Platform.exit();
                }
            });
            settle.play();
        };
        if (vm.preview().updatesProperty().get() > 0) shoot.run();
        else vm.preview().updatesProperty().addListener((o, a, b) -> {
            if (a == 0) {
                timing("preview");
                shoot.run();
            }
        });
    }

    private static UserSettings overrides(UserSettings s, List<String> args) {
        String data = option(args, "--data");
        String lang = option(args, "--lang");
        String user = option(args, "--user");
        String envLang = System.getenv("ANNALIST_LANG");
        return new UserSettings(data != null ? data : s.dataDir(), s.fontsDir(), s.defaultTemplate(),
                user != null ? user : s.userName(),
                lang != null ? lang : envLang != null && !envLang.isBlank() ? envLang : s.language()).withLastExportsOf(s);
    }

    /** {@code --name value} or {@code --name=value}. */
    static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) return args.get(i + 1);
            if (a.startsWith(name + "=")) return a.substring(name.length() + 1);
        }
        return null;
    }

    static void timing(String what) {
        if (!Boolean.getBoolean("annalist.timing")) return;
        long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("timing %s: %.2f s%n", what, since / 1000.0);
    }

    @Override
    public void stop() {
        if (vm != null) vm.close();
        if (executor != null) executor.close();
    }
}
