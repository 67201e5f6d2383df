package org.annalist.ui;

import javafx.application.Application;

/**
 * Starts the desktop program from a main class that is not itself a JavaFX Application: with JavaFX on
 * the class path (not the module path), only such a launcher may start it.
 */
public final class DesktopLauncher {
    /** JavaFX's own logger; held so the setting is not collected with it. */
    static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) System.exit(status);
    }

    /**
     * Starts the window and returns the exit status once it closes; {@code --help} prints the options instead, and
     * a machine without a display (a server, an SSH session) gets a sentence saying so and what to use instead —
     * never a stack trace.
     */
    static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        java.util.List<String> list = java.util.List.of(args);
        String lang = DesktopApp.option(list, "--lang");
        if (lang == null) lang = System.getenv("ANNALIST_LANG");
        if (lang != null && !lang.isBlank()) org.annalist.ui.common.I18n.use(java.util.Locale.forLanguageTag(lang.strip()));
        if (list.contains("--help") || list.contains("-h")) {
            out.println(org.annalist.ui.common.I18n.tr("launcher.help"));
            return 0;
        }
        if (!displayAvailable()) {
            err.println(org.annalist.ui.common.I18n.tr("launcher.noDisplay"));
            return 2;
        }
        // the page preview draws with Java2D off screen; AWT must never open a display of its own beside JavaFX
        System.setProperty("java.awt.headless", "true");
        DesktopApp.timing("main");
        // JavaFX warns that it was loaded from the class path rather than as modules; that is how the program is
        // shipped (one lib/ folder for every platform's build), so the warning would only worry the editor
        // (DesktopApp.start puts the level back once the toolkit is up)
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(DesktopApp.class, args);
            return 0;
        } catch (RuntimeException e) {
            // the toolkit could not start (a display named but not reachable, a broken graphics driver): one line
            err.println(org.annalist.ui.common.I18n.tr("launcher.failed", String.valueOf(e.getMessage())));
            return 2;
        }
    }

    /**
     * Whether a window can be opened: on Linux and other X11/Wayland systems an X or Wayland display must be named
     * (Windows and macOS always have one; the headless test toolkit, Monocle, needs none).
     */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return true;
        if ("Monocle".equals(System.getProperty("glass.platform"))) return true;
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
