package org.annalist.ui;

import javafx.application.Application;

/**
 * Starts the desktop program from a main class that is not itself a JavaFX Application: with JavaFX on
 * the class path (not the module path), only such a launcher may start it.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // the page preview draws with Java2D off screen; AWT must never open a display of its own beside JavaFX
        System.setProperty("java.awt.headless", "true");
        DesktopApp.timing("main");
        Application.launch(DesktopApp.class, args);
    }
}
