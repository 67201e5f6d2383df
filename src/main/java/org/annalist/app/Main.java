package org.annalist.app;

import org.annalist.cli.AnnalistCli;

/** Starts Annalist. With arguments, the command line; the desktop program comes with its own issue. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(AnnalistCli.run(args));
    }
}
