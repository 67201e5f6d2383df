package org.annalist.cli;

import org.annalist.i18n.Texts;
import org.annalist.service.ArchiveUnavailableException;
import org.annalist.service.Messages;
import org.annalist.service.ProblemLog;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Entry point of the command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage, 3 archive unavailable). */
public final class AnnalistCli {
    public static final int EXIT_SOME_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_ARCHIVE_UNAVAILABLE = 3;

    private AnnalistCli() {
    }

    public static int run(String[] args) {
        Charset cs = consoleCharset();
        return run(args, new PrintWriter(new OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new OutputStreamWriter(System.err, cs), true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale jvmBefore = Locale.getDefault();
        Locale messagesBefore = Texts.locale();
        applyLanguage(args);
        try {
            return execute(args, out, err);
        } finally {
            // run in-process (tests, the desktop's own use), the language chosen for one command ends with it
            Locale.setDefault(jvmBefore);
            Texts.use(messagesBefore);
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AnnalistCommand());
        String named = AnnalistCommand.subcommandOf(args);
        if (named != null && AnnalistCommand.SUBCOMMANDS.containsKey(named)) {
            cl.addSubcommand(AnnalistCommand.SUBCOMMANDS.get(named).get());
        } else {
            AnnalistCommand.SUBCOMMANDS.values().forEach(c -> cl.addSubcommand(c.get()));
        }
        cl.setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            int code = failure(ex, line.getErr(), ((AnnalistCommand) cl.getCommand()).dataDir());
            line.getErr().flush();
            return code;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * What a command that stopped with an exception prints, and its exit code: 3 when the archive could not be
     * opened, else 1. A message of ours (naming the file, in the language chosen with --lang) is shown as it is;
     * anything else is a fault of the program, shown as such while the exception itself goes to the log for a bug
     * report, never to the screen.
     */
    static int failure(Exception ex, PrintWriter err, java.nio.file.Path dataDir) {
        if (ex instanceof ArchiveUnavailableException) {
            err.println(Msg.get("msg.error", Messages.describe(ex, Texts.locale())));
            return EXIT_ARCHIVE_UNAVAILABLE;
        }
        if (Messages.isForTheEditor(ex)) {
            err.println(Msg.get("msg.error", Messages.describe(ex, Texts.locale())));
        } else {
            ProblemLog log = new ProblemLog(dataDir);
            log.record("命令出错", ex);
            err.println(Msg.get("msg.internal.error", log.file()));
        }
        return EXIT_SOME_FAILED;
    }

    /** Chinese unless --lang en or ANNALIST_LANG=en: the editors' machines are Chinese, ours may not be. */
    static void applyLanguage(String[] args) {
        String lang = System.getenv("ANNALIST_LANG");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) lang = args[i + 1];
            else if (args[i].startsWith("--lang=")) lang = args[i].substring(7);
        }
        Locale chosen = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Locale.setDefault(chosen);
        Texts.use(chosen);
    }

    /** Windows consoles use the code page the JVM already knows; elsewhere UTF-8 even under LANG=C. */
    private static Charset consoleCharset() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            String enc = System.getProperty("sun.stdout.encoding");
            if (enc != null) {
                try {
                    return Charset.forName(enc);
                } catch (IllegalArgumentException e) {
                    return Charset.defaultCharset();
                }
            }
            return Charset.defaultCharset();
        }
        return StandardCharsets.UTF_8;
    }
}
