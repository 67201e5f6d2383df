package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.DemoService;
import org.annalist.service.ProgramHome;
import org.annalist.service.TypesetService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    /** Sets every demo publication with its kind's template into {@code <data>/排版/}, as PDF and as Word. */
    private boolean typeset(AnnalistSession s, List<DemoService.Outcome> outcomes) {
        boolean failed = false;
        Path dir = s.dataDir().resolve("排版");
        for (DemoService.Outcome o : outcomes) {
            if (!o.ok()) continue;
            var pub = o.publication();
            Path pdf = dir.resolve(pub.code() + ".pdf");
            try {
                java.nio.file.Files.createDirectories(dir);
                var options = new TypesetService.Options(TypesetService.defaultTemplate(pub.kind()), false, true, false,
                        s.dataDir().resolve("fonts"), s.dataDir().resolve("cache"));
                var summary = TypesetService.publication(s, pub.code(), pdf, options, (phase, done, total) -> {
                });
                top.out().println(Msg.get("msg.demo.typeset", pub.displayName(), summary.pages(), summary.template(), pdf));
                // and as Word (which also puts the Word writer's classes into the launcher's class-data archive,
                // written by a run of this command: measured 0.4 s less CPU for the next `typeset -o X.docx`)
                Path docx = dir.resolve(pub.code() + ".docx");
                var word = org.annalist.service.DocxService.publication(s, pub.code(), docx,
                        new org.annalist.service.DocxService.Options(summary.template(), true, null, options));
                top.out().println(Msg.get("msg.demo.word", pub.displayName(), word.template(), docx));
            } catch (Exception e) {
                failed = true;
                top.err().println(Msg.get("msg.demo.failed", pub.displayName() + "：" + org.annalist.service.Messages.describe(e)));
            }
        }
        return failed;
    }

    @ParentCommand
    AnnalistCommand top;

    @Option(names = "--from", paramLabel = "DIR", descriptionKey = "demo.from")
    Path from;

    @Option(names = "--no-typeset", descriptionKey = "demo.notypeset")
    boolean noTypeset;

    @Override
    public Integer call() {
        Path dir = from != null ? from : ProgramHome.demoArchive();
        try (AnnalistSession s = top.open()) {
            top.out().println(Msg.get("msg.archive", s.databaseFile()));
            List<DemoService.Outcome> outcomes = s.demo().buildAll(dir);
            boolean failed = false;
            for (DemoService.Outcome o : outcomes) {
                if (!o.ok()) {
                    failed = true;
                    top.err().println(Msg.get("msg.demo.failed", o.error()));
                } else if (o.created()) {
                    top.out().println(Msg.get("msg.demo.created", o.publication().displayName(), o.items(), o.file().getFileName()));
                } else {
                    top.out().println(Msg.get("msg.demo.exists", o.publication().displayName(), o.file().getFileName()));
                }
                for (String w : o.warnings()) top.out().println(Msg.get("msg.demo.warning", w));
            }
            top.out().println();
            TreePrinter.print(s.queries().tree(), top.out());
            if (!noTypeset) failed |= typeset(s, outcomes);
            return failed ? 1 : 0;
        }
    }
}
