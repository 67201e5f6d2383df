package org.annalist.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annalist.service.AnnalistSession;
import org.annalist.service.ImportService;

/**
 * Stands in for the desktop program in {@link SearchKillTest}: the search index open and following every commit, a
 * batch import of a folder of text files, printing {@code IMPORTED <file>} after each one. Args: data folder,
 * manuscripts folder. Killed by the test in the middle.
 */
public final class ImportWithIndexChild {
    public static void main(String[] args) throws Exception {
        try (AnnalistSession s = AnnalistSession.open(Path.of(args[0]), false, "编辑甲");
             Stream<Path> files = Files.list(Path.of(args[1]))) {
            s.search();
            List<Path> paths = files.sorted().toList();
            s.imports().importFiles(paths, null, new ImportService.Progress() {
                @Override
                public void finished(int index, int total, ImportService.FileOutcome outcome) {
                    System.out.println("IMPORTED " + outcome.fileName());
                    System.out.flush();
                }
            });
            System.out.println("DONE");
        }
    }
}
