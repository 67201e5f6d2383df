package org.annalist.cli;

import org.annalist.doc.diff.TextDiff;
import org.annalist.model.Item;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.RevisionHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * 修订记录 on the command line: {@code diff ITEM [REV_A] [REV_B]} prints two revisions' difference inline, and
 * {@code restore-revision ITEM REV} makes an earlier revision the item's text again as a new revision.
 */
@Command(name = "diff", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    AnnalistCommand top;

    @Parameters(index = "0", paramLabel = "ITEM", descriptionKey = "diff.item")
    String item;

    @Parameters(index = "1", paramLabel = "REV_A", arity = "0..1", descriptionKey = "diff.a")
    Integer a;

    @Parameters(index = "2", paramLabel = "REV_B", arity = "0..1", descriptionKey = "diff.b")
    Integer b;

    @Option(names = "--changes", descriptionKey = "diff.changes")
    boolean changesOnly;

    @Override
    public Integer call() {
        Long id = top.itemNumber(item);
        if (id == null) return 2;
        try (AnnalistSession s = top.open()) {
            RevisionHistory history = s.revisionHistory();
            List<Revision> revisions = history.revisions(id);
            if (revisions.isEmpty()) {
                top.err().println(Msg.get("msg.diff.noRevisions", id));
                return 1;
            }
            int last = revisions.get(revisions.size() - 1).number();
            int na = a != null ? a : Math.max(1, last - 1);
            int nb = b != null ? b : last;
            RevisionHistory.Comparison c = history.compare(id, na, nb);
            top.out().println(Msg.get("msg.diff.head", id, c.b().title(), describe(c.a()), describe(c.b())));
            if (c.same()) {
                top.out().println(Msg.get("msg.diff.same", na, nb));
                return 0;
            }
            top.out().println(Msg.get("msg.diff.summary", sum(c, TextDiff::inserted), sum(c, TextDiff::deleted), sum(c, TextDiff::moves)));
            part(Msg.get("msg.diff.title"), c.title());
            part(Msg.get("msg.diff.subtitle"), c.subtitle());
            part(Msg.get("msg.diff.body"), c.body());
            top.out().println(Msg.get("msg.diff.legend"));
            return 0;
        }
    }

    private void part(String name, TextDiff d) {
        if (d.same()) return;
        top.out().println(Msg.get("msg.diff.part", name));
        String text = d.inline();
        if (changesOnly) {
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.contains("{+") || line.contains("[-") || line.contains("[<") || line.contains("{>")) sb.append(line).append('\n');
            }
            text = sb.toString();
        }
        top.out().print(text);
    }

    private static int sum(RevisionHistory.Comparison c, java.util.function.ToIntFunction<TextDiff> f) {
        return f.applyAsInt(c.title()) + f.applyAsInt(c.subtitle()) + f.applyAsInt(c.body());
    }

    /** "第 3 版（王校对，2026-12-06 10:20，改题）". */
    static String describe(Revision r) {
        String when = r.createdAt() == null ? "" : WHEN.format(r.createdAt().atZone(ZoneId.systemDefault()));
        String note = r.note() == null || r.note().isBlank() ? "" : Msg.get("msg.diff.note", r.note());
        return Msg.get("msg.diff.revision", r.number(), r.author(), when, note);
    }

    /** {@code restore-revision ITEM REV}: revision REV's text as the item's next revision. */
    @Command(name = "restore-revision", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class RestoreRevisionCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(index = "0", paramLabel = "ITEM", descriptionKey = "diff.item")
        String item;

        @Parameters(index = "1", paramLabel = "REV", descriptionKey = "restoreRevision.rev")
        int number;

        @Override
        public Integer call() {
            Long id = top.itemNumber(item);
            if (id == null) return 2;
            try (AnnalistSession s = top.open()) {
                Item restored = s.revisionHistory().restore(id, number);
                top.out().println(Msg.get("msg.restoreRevision.done", id, restored.title(), number, restored.revision(), s.actor()));
                return 0;
            }
        }
    }
}
