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
        // the page preview draws with Java2D off screen; AWT must never open a display of its own beside JavaFX
        System.setProperty("java.awt.headless", "true");
        DesktopApp.timing("main");
        // JavaFX warns that it was loaded from the class path rather than as modules; that is how the program is
        // shipped (one lib/ folder for every platform's build), so the warning would only worry the editor
        // (DesktopApp.start puts the level back once the toolkit is up)
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(DesktopApp.class, args);
    }
}
