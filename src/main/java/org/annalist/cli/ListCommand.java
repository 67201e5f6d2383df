package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "list", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(arity = "0..1", paramLabel = "PUBLICATION", descriptionKey = "list.publication")
    String publication;

    @Override
    public Integer call() {
        try (AnnalistSession s = top.open()) {
            if (publication == null) {
                TreePrinter.print(s.queries().tree(), top.out());
                return 0;
            }
            var p = s.queries().publication(publication);
            if (p.isEmpty()) {
                top.err().println(Msg.get("msg.no.publication", publication));
                return 1;
            }
            TreePrinter.print(p.get(), top.out());
            return 0;
        }
    }
}
