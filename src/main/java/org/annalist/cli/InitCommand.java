package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "init", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Override
    public Integer call() {
        try (AnnalistSession s = top.open()) {
            ArchiveTree t = s.queries().tree();
            int items = t.inbox().size() + t.publications().stream().mapToInt(ArchiveTree.PublicationNode::itemCount).sum();
            top.out().println(Msg.get("msg.init.done", s.databaseFile(), t.publications().size(), items));
        }
        return 0;
    }
}
