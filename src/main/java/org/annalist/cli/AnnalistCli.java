package org.annalist.cli;

import org.annalist.service.Messages;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Entry point of the command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage). */
public final class AnnalistCli {
    private AnnalistCli() {
    }

    public static int run(String[] args) {
        Charset cs = consoleCharset();
        return run(args, new PrintWriter(new OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new OutputStreamWriter(System.err, cs), true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        applyLanguage(args);
        CommandLine cl = new CommandLine(new AnnalistCommand());
        String named = AnnalistCommand.subcommandOf(args);
        if (named != null && AnnalistCommand.SUBCOMMANDS.containsKey(named)) {
            cl.addSubcommand(AnnalistCommand.SUBCOMMANDS.get(named).get());
        } else {
            AnnalistCommand.SUBCOMMANDS.values().forEach(c -> cl.addSubcommand(c.get()));
        }
        cl.setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println(Msg.get("msg.error", Messages.describe(ex)));
            line.getErr().flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Chinese unless --lang en or ANNALIST_LANG=en: the editors' machines are Chinese, ours may not be. */
    static void applyLanguage(String[] args) {
        String lang = System.getenv("ANNALIST_LANG");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) lang = args[i + 1];
            else if (args[i].startsWith("--lang=")) lang = args[i].substring(7);
        }
        Locale.setDefault(lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
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
