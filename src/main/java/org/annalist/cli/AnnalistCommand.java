package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The top command: global options and the subcommands. */
@Command(name = "annalist", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = AnnalistCommand.Version.class, sortOptions = false,
        subcommands = {InitCommand.class, DemoCommand.class, ImportCommand.class, ListCommand.class,
                ShowCommand.class, ReviewCommand.class, ExportMarkdownCommand.class, TypesetCommand.class})
public final class AnnalistCommand implements Runnable {

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data", scope = picocli.CommandLine.ScopeType.INHERIT)
    String data;

    @Option(names = "--shared", descriptionKey = "shared", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean shared;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "user", scope = picocli.CommandLine.ScopeType.INHERIT)
    String user;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang", scope = picocli.CommandLine.ScopeType.INHERIT)
    String lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // no subcommand: until the desktop program exists, show what can be done
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path dataDir() {
        return DataLocation.resolve(data);
    }

    AnnalistSession open() {
        return AnnalistSession.open(dataDir(), shared, user != null && !user.isBlank() ? user : AnnalistSession.defaultActor());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AnnalistCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Annalist " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
