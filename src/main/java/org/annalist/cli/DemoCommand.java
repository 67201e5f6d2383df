package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.DemoService;
import org.annalist.service.ProgramHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Option(names = "--from", paramLabel = "DIR", descriptionKey = "demo.from")
    Path from;

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
            return failed ? 1 : 0;
        }
    }
}
