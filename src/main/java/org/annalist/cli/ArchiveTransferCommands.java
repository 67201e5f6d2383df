package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveMoves;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** 整库迁移 on the command line: {@code export-archive FILE} and {@code import-archive FILE} (into an empty archive). */
final class ArchiveTransferCommands {
    private ArchiveTransferCommands() {
    }

    @Command(name = "export-archive", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class ExportArchiveCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(paramLabel = "FILE", descriptionKey = "exportArchive.file")
        Path file;

        @Override
        public Integer call() {
            try (AnnalistSession s = top.open()) {
                long t0 = System.nanoTime();
                ArchiveMoves.Result r = s.exportArchive(file);
                top.out().println(line("msg.transfer.exported", r, (System.nanoTime() - t0) / 1_000_000));
                return 0;
            }
        }
    }

    @Command(name = "import-archive", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class ImportArchiveCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(paramLabel = "FILE", descriptionKey = "importArchive.file")
        Path file;

        @Override
        public Integer call() {
            try (AnnalistSession s = top.open()) {
                long t0 = System.nanoTime();
                ArchiveMoves.Result r = s.importArchive(file);
                top.out().println(line("msg.transfer.imported", r, (System.nanoTime() - t0) / 1_000_000));
                top.out().println(Msg.get("msg.transfer.into", String.valueOf(s.storeName())));
                return 0;
            }
        }
    }

    private static String line(String key, ArchiveMoves.Result r, long ms) {
        return Msg.get(key, String.valueOf(r.file()), String.valueOf(r.tables()), String.valueOf(r.items()),
                String.valueOf(r.revisions()), String.valueOf(r.attachments()),
                String.format(java.util.Locale.ROOT, "%.1f", r.binaryBytes() / 1048576.0), String.valueOf(ms));
    }
}
