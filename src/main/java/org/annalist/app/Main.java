package org.annalist.app;

import org.annalist.cli.AnnalistCli;
import org.annalist.ui.DesktopLauncher;

import java.util.Arrays;

/**
 * Starts Annalist: the desktop program with no arguments or {@code desktop [options]}, otherwise the
 * command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("desktop")) {
            DesktopLauncher.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(AnnalistCli.run(args));
    }
}
