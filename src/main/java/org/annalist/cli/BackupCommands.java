package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.BackupManifest;
import org.annalist.service.BackupRestore;
import org.annalist.service.BackupService;
import org.annalist.service.IntegrityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** 备份 and 从备份恢复 on the command line. */
final class BackupCommands {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** How many items of each kind of difference the preview lists before "…". */
    private static final int SHOWN = 20;

    private BackupCommands() {
    }

    /** {@code backup [FILE]}: one backup file (default: a new one in 备份/); {@code --list}; {@code --verify}. */
    @Command(name = "backup", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class BackupCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "backup.file")
        Path file;

        @Option(names = "--list", descriptionKey = "backup.list")
        boolean list;

        @Option(names = "--verify", descriptionKey = "backup.verify")
        boolean verify;

        @Override
        public Integer call() {
            PrintWriter out = top.out();
            if (list) {
                List<BackupService.Listed> all = BackupService.list(top.dataDir());
                out.println(msg("msg.backup.listHead", BackupService.folder(top.dataDir()), all.size()));
                for (BackupService.Listed l : all) {
                    if (l.manifest() == null) {
                        out.println(msg("msg.backup.listBad", l.file().getFileName(), l.problem().text()));
                    } else {
                        BackupManifest m = l.manifest();
                        out.println(msg("msg.backup.listLine", l.file().getFileName(), TIME.format(m.created()),
                                msg("backup.reason." + m.reason()), m.contents().publications().size(), m.itemCount()));
                    }
                }
                return 0;
            }
            try (AnnalistSession s = top.open()) {
                if (verify) {
                    IntegrityReport r = s.checkIntegrity();
                    if (r.ok()) {
                        out.println(msg("msg.backup.intact", r.file(), r.items()));
                        return 0;
                    }
                    top.err().println(msg("msg.backup.broken", r.file(), String.join(", ", r.badRevisions()),
                            String.join(", ", r.brokenReviewChains())));
                    BackupService.newestGood(top.dataDir()).ifPresent(b ->
                            top.err().println(msg("msg.backup.offer", b)));
                    return 1;
                }
                BackupService backups = s.backups();
                Path written;
                BackupManifest m;
                if (file == null) {
                    written = backups.automatic("manual");
                    m = BackupService.read(written);
                } else {
                    written = file.toAbsolutePath().normalize();
                    m = backups.write(written, "manual");
                }
                out.println(msg("msg.backup.done", written, m.contents().publications().size(), m.itemCount()));
                return 0;
            }
        }
    }

    /** {@code restore-backup FILE [--yes]}: the preview; with --yes the archive backed up, then replaced. */
    @Command(name = "restore-backup", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class RestoreBackupCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(paramLabel = "FILE", descriptionKey = "restoreBackup.file")
        Path file;

        @Option(names = "--yes", descriptionKey = "restoreBackup.yes")
        boolean yes;

        @Override
        public Integer call() {
            PrintWriter out = top.out();
            Path backup = file.toAbsolutePath().normalize();
            BackupManifest m = BackupService.read(backup);
            printManifest(out, backup, m);
            try (AnnalistSession s = top.open()) {
                printDifferences(out, s.backups().preview(backup));
            } catch (org.annalist.service.ArchiveUnavailableException e) {
                // a damaged archive is what a restore is for: the preview shows the backup alone
                out.println(msg("msg.restore.noArchive", e.getMessage()));
            }
            if (!yes) {
                out.println(msg("msg.restore.ask", backup));
                return 0;
            }
            String actor = top.user != null && !top.user.isBlank() ? top.user : AnnalistSession.defaultActor();
            BackupRestore.Result r = BackupRestore.restore(top.dataDir(), top.database(), top.shared, actor, backup,
                    Clock.systemDefaultZone());
            if (r.safetyBackup() != null) out.println(msg("msg.restore.safety", r.safetyBackup()));
            if (r.damagedMovedTo() != null) out.println(msg("msg.restore.aside", r.damagedMovedTo()));
            out.println(msg("msg.restore.done", backup, top.dataDir().resolve("annalist.mv.db"), m.itemCount()));
            return 0;
        }
    }

    static void printManifest(PrintWriter out, Path file, BackupManifest m) {
        out.println(msg("msg.restore.head", file, TIME.format(m.created()), msg("backup.reason." + m.reason()),
                m.program(), m.contents().schemaVersion(), m.itemCount()));
        m.contents().publications().forEach(p -> out.println(msg("msg.restore.publication", p.title(), p.items())));
    }

    static void printDifferences(PrintWriter out, BackupService.Preview p) {
        if (p.identical()) {
            out.println(msg("msg.restore.same"));
            return;
        }
        out.println(msg("msg.restore.onlyBackup", p.onlyInBackup().size()));
        p.onlyInBackup().stream().limit(SHOWN).forEach(i -> out.println(line(i)));
        out.println(msg("msg.restore.changed", p.changed().size()));
        p.changed().stream().limit(SHOWN).forEach(c -> out.println(msg("msg.restore.changedLine", c.inBackup().id(),
                c.inBackup().title(), c.inBackup().revision(), c.inArchive().revision())));
        out.println(msg("msg.restore.onlyArchive", p.onlyInArchive().size()));
        p.onlyInArchive().stream().limit(SHOWN).forEach(i -> out.println(line(i)));
    }

    /** Msg.get with numbers as they are (ids and counts without grouping commas). */
    private static String msg(String key, Object... args) {
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) if (a[i] instanceof Number n) a[i] = String.valueOf(n);
        return Msg.get(key, a);
    }

    private static String line(BackupManifest.Entry i) {
        return msg("msg.restore.itemLine", i.id(), i.title(), i.revision());
    }
}
