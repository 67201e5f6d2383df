package org.annalist.cli;

import org.annalist.model.Item;
import org.annalist.model.Section;
import org.annalist.model.ImportOptions;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "import", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "import.files")
    List<String> files;

    @Option(names = "--into", paramLabel = "SECTION", descriptionKey = "import.into")
    String into;

    @Option(names = "--item", paramLabel = "N", descriptionKey = "import.item")
    Long item;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "import.quiet")
    boolean quiet;

    @Option(names = "--changes", paramLabel = "keep|accept|reject", defaultValue = "keep", descriptionKey = "import.changes")
    String changes;

    @Override
    public Integer call() throws IOException {
        ImportOptions options;
        try {
            options = new ImportOptions(ImportOptions.TrackedChanges.valueOf(changes.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            top.err().println(Msg.get("msg.import.changes", changes));
            return 2;
        }
        if (item != null) return returned();
        try (AnnalistSession s = top.open()) {
            Long sectionId = null;
            String target = Msg.get("msg.inbox");
            if (into != null) {
                Optional<Section> sec = s.queries().section(into);
                if (sec.isEmpty()) {
                    top.err().println(Msg.get("msg.no.section", into));
                    return 2;
                }
                sectionId = sec.get().id();
                target = Msg.get("msg.import.target", Msg.label(sec.get().level()), sec.get().title());
            }
            List<Path> paths = new ArrayList<>();
            List<ImportService.FileOutcome> outcomes = new ArrayList<>();
            for (String f : files) {
                if (f.equals("-")) {
                    ImportService.FileOutcome o = s.imports().importBytes(Msg.get("msg.stdin.name"), System.in.readAllBytes(), sectionId);
                    report(o);
                    outcomes.add(o);
                } else {
                    paths.add(Path.of(f));
                }
            }
            if (!paths.isEmpty()) {
                ImportService.BatchResult r = s.imports().importFiles(paths, sectionId, new ImportService.Progress() {
                    @Override
                    public void started(int index, int total, String fileName) {
                        top.out().println(Msg.get("msg.import.progress", index, total, fileName));
                    }

                    @Override
                    public void finished(int index, int total, ImportService.FileOutcome outcome) {
                        report(outcome);
                    }
                }, options);
                outcomes.addAll(r.files());
            }
            long failed = outcomes.stream().filter(o -> !o.ok()).count();
            long items = outcomes.stream().mapToLong(o -> o.items().size()).sum();
            top.out().println(Msg.get("msg.import.summary", outcomes.size(), outcomes.size() - failed, failed, items, target));
            return failed > 0 ? 1 : 0;
        }
    }

    /** {@code --item N}: Word files sent out with {@code typeset --item N -o X.docx} and returned, read back into N. */
    private int returned() {
        if (into != null || files.contains("-")) {
            top.err().println(Msg.get("msg.import.itemOnly"));
            return 2;
        }
        int failed = 0;
        try (AnnalistSession s = top.open()) {
            for (String f : files) {
                try {
                    ImportService.Returned r = s.imports().importReturned(item, Path.of(f));
                    top.out().println(Msg.get("msg.import.returned", f, "#" + r.item().id() + " " + TreePrinter.titleOf(r.item()),
                            r.newRevision() ? Msg.get("msg.import.returned.revision") : Msg.get("msg.import.returned.same"),
                            r.newComments(), r.knownComments(), r.suggestions()));
                    if (r.resolvedComments() > 0) top.out().println(Msg.get("msg.import.returned.resolved", r.resolvedComments()));
                    if (!quiet) top.out().print(indent(r.report().toText()));
                } catch (org.annalist.i18n.LocalizedException e) {
                    failed++;
                    top.err().println(Msg.get("msg.import.failed", org.annalist.service.Messages.describe(e)));
                }
            }
        }
        top.out().flush();
        top.err().flush();
        return failed > 0 ? 1 : 0;
    }

    private void report(ImportService.FileOutcome o) {
        if (o.ok()) {
            top.out().println(Msg.get("msg.import.ok", o.items().size(),
                    o.items().stream().map(i -> "#" + i.id() + " " + TreePrinter.titleOf(i)).collect(Collectors.joining("；"))));
        } else {
            top.err().println(Msg.get("msg.import.failed", o.error()));
        }
        if (!quiet && o.report() != null) top.out().print(indent(o.report().toText()));
        top.out().flush();
        top.err().flush();
    }

    private static String indent(String s) {
        return s.lines().map(l -> "    " + l).collect(Collectors.joining("\n", "", "\n"));
    }

    static String titles(List<Item> items) {
        return items.stream().map(TreePrinter::titleOf).collect(Collectors.joining("；"));
    }
}
