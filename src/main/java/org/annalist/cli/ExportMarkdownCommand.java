package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveTree;
import org.annalist.service.BookAssembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export-md", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ExportMarkdownCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(arity = "0..1", paramLabel = "PUBLICATION", descriptionKey = "exportmd.publication")
    String publication;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "exportmd.output")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (AnnalistSession s = top.open()) {
            List<ArchiveTree.PublicationNode> pubs;
            if (publication != null) {
                var p = s.queries().publication(publication);
                if (p.isEmpty()) {
                    top.err().println(Msg.get("msg.no.publication", publication));
                    return 1;
                }
                pubs = List.of(p.get());
            } else {
                ArchiveTree tree = s.queries().tree();
                pubs = tree.publications();
                if (pubs.isEmpty()) {
                    // Exporting nothing without a word looks like success; say why and what there is.
                    top.err().println(Msg.get("msg.export.none", tree.inbox().size()));
                    return 1;
                }
            }
            for (var p : pubs) {
                String md = BookAssembler.markdown(p);
                if (output == null) {
                    top.out().println(md);
                } else {
                    Files.createDirectories(output);
                    String name = (p.publication().code() != null ? p.publication().code() : "publication-" + p.publication().id()) + ".md";
                    Path file = output.resolve(name);
                    Files.writeString(file, md, StandardCharsets.UTF_8);
                    top.out().println(Msg.get("msg.export.written", p.publication().displayName(), file));
                }
            }
            return 0;
        }
    }
}
