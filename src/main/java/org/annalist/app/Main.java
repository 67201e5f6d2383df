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
        String[] backup = backupFileArgs(args);
        if (backup != null) {
            DesktopLauncher.launch(backup);
            return;
        }
        if (args.length == 0 || args[0].equals("desktop")) {
            DesktopLauncher.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(AnnalistCli.run(args));
    }

    /**
     * A backup file as the only argument ({@code Annalist D:\备份\x.annalist-backup}, what a double-click on the
     * associated file runs): the desktop arguments that open the window with that backup's restore preview; else null.
     */
    static String[] backupFileArgs(String[] args) {
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".annalist-backup")) {
            return new String[]{"--restore-preview", args[0]};
        }
        return null;
    }
}
