package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The top command: global options and the subcommands. */
@Command(name = "annalist", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = AnnalistCommand.Version.class, sortOptions = false)
public final class AnnalistCommand implements Runnable {

    /**
     * The subcommands, by name, in the order the help lists them. They are added to the command line by
     * {@link AnnalistCli}: only the one being run when the arguments name one, since picocli reads every
     * added command's annotations (tens of milliseconds for all of them, on every run).
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("init", InitCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("import", ImportCommand::new);
        m.put("new", ManageCommands.NewCommand::new);
        m.put("rename", ManageCommands.RenameCommand::new);
        m.put("delete", ManageCommands.DeleteCommand::new);
        m.put("restore", ManageCommands.RestoreCommand::new);
        m.put("trash", ManageCommands.TrashCommand::new);
        m.put("list", ListCommand::new);
        m.put("show", ShowCommand::new);
        m.put("review", ReviewCommand::new);
        m.put("diff", DiffCommand::new); m.put("restore-revision", DiffCommand.RestoreRevisionCommand::new);
        m.put("status", StatusCommand::new);
        m.put("search", SearchCommand::new);
        m.put("persons", AuthorityCommands.PersonsCommand::new);
        m.put("places", AuthorityCommands.PlacesCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("staff", StaffCommand::new);
        m.put("check", CheckCommand::new);
        m.put("proof-errors", ProofErrorsCommand::new);
        m.put("export-md", ExportMarkdownCommand::new);
        m.put("typeset", TypesetCommand::new);
        m.put("backup", BackupCommands.BackupCommand::new);
        m.put("restore-backup", BackupCommands.RestoreBackupCommand::new);
        m.put("export-archive", ArchiveTransferCommands.ExportArchiveCommand::new);
        m.put("import-archive", ArchiveTransferCommands.ImportArchiveCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Top-level options followed by a value: what comes after them is not a subcommand's name. */
    private static final java.util.Set<String> OPTIONS_WITH_VALUE = java.util.Set.of("--data", "--user", "--lang", "--db");

    /** The subcommand the arguments name (the first word that is not an option or an option's value), or null. */
    static String subcommandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data", scope = picocli.CommandLine.ScopeType.INHERIT)
    String data;

    @Option(names = "--shared", descriptionKey = "shared", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean shared;

    @Option(names = "--db", paramLabel = "postgresql://HOST:PORT/DB?user=…", descriptionKey = "db",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String db;

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

    /** The PostgreSQL archive named by --db or the setting, or null (the H2 archive of the data folder). */
    String database() {
        return db != null && !db.isBlank() ? db : AnnalistSession.configuredDatabase();
    }

    AnnalistSession open() {
        String where = database();
        return AnnalistSession.open(dataDir(), where, shared, user != null && !user.isBlank() ? user : AnnalistSession.defaultActor());
    }

    /** An item's number as typed ({@code 12} or {@code #12}), or null after saying it is not one. */
    Long itemNumber(String typed) {
        try {
            return Long.parseLong(typed.replace("#", "").strip());
        } catch (NumberFormatException e) {
            err().println(Msg.get("msg.no.item", typed));
            return null;
        }
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
