package org.annalist.cli;

import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "show", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    AnnalistCommand top;

    @Parameters(paramLabel = "ITEM", descriptionKey = "show.item")
    String item;

    @Override
    public Integer call() {
        Long id = top.itemNumber(item);
        if (id == null) return 2;
        try (AnnalistSession s = top.open()) {
            var details = s.queries().item(id);
            if (details.isEmpty()) {
                top.err().println(Msg.get("msg.no.item", item));
                return 1;
            }
            print(details.get(), top.out());
            return 0;
        }
    }

    static void print(ArchiveQueries.ItemDetails d, PrintWriter out) {
        Item i = d.item();
        ItemMetadata m = i.metadata();
        out.println(Msg.get("show.head", String.valueOf(i.id()), Msg.label(i.kind()), TreePrinter.titleOf(i)));
        field(out, "show.location", i.sectionId() == null ? Msg.get("msg.inbox") : d.place());
        field(out, "show.status", Msg.label(i.status()));
        field(out, "show.credits", m.credits().stream().map(ShowCommand::credit).collect(Collectors.joining(Msg.get("show.credits.separator"))));
        field(out, "show.contributor", m.contributor());
        field(out, "show.period", m.period());
        field(out, "show.place", m.place());
        field(out, "show.tags", m.tags().stream().map(t -> Msg.label(t.kind()) + ":" + t.name()).collect(Collectors.joining(Msg.get("show.tags.separator"))));
        field(out, "show.source", m.source());
        field(out, "show.collectedOn", m.collectedOn() == null ? null : m.collectedOn().toString());
        field(out, "show.characters", String.valueOf(i.characterCount()));
        out.println(Msg.get("show.body"));
        out.println(i.body().strip());
        out.println(Msg.get("show.revisions"));
        for (Revision r : d.revisions()) {
            out.println(Msg.get("show.revision", String.valueOf(r.number()), TIME.format(r.createdAt()), r.author(),
                    r.sha256().substring(0, 12), r.note() == null ? "" : "  " + r.note()));
        }
        if (!d.attachments().isEmpty()) {
            out.println(Msg.get("show.attachments"));
            d.attachments().forEach(a -> out.println(Msg.get("show.attachment", a.originalName(), a.mediaType(),
                    String.valueOf(a.size()), a.sha256().substring(0, 12))));
        }
        if (!d.suggestions().isEmpty()) {
            // Counted as the import report counts them: a move's two halves are one move.
            var tally = org.annalist.doc.Suggestions.tally(d.suggestions());
            out.println(Msg.get("show.suggestions", String.valueOf(tally.total()), tally.text(), String.valueOf(i.id())));
            for (var sg : d.suggestions()) out.println(suggestion(sg));
        }
        if (!d.comments().isEmpty()) {
            out.println(Msg.get("show.comments"));
            for (var c : d.comments()) {
                if (c.parentId() == null || d.comments().stream().noneMatch(p -> p.id() == c.parentId())) comment(c, d.comments(), "  ", out);
            }
        }
        for (String report : d.importReports()) {
            out.println(Msg.get("show.importReport"));
            out.println(report.strip());
        }
    }

    /** A comment and, indented under it, the replies to it: a thread as Word shows it. */
    private static void comment(org.annalist.model.ReviewComment c, java.util.List<org.annalist.model.ReviewComment> all,
                                String indent, PrintWriter out) {
        boolean reply = c.parentId() != null;
        out.println(indent + (reply ? Msg.get("show.comment.reply") : "") + c.author() + (c.writtenAt() == null ? "" : "  " + TIME.format(c.writtenAt()))
                + (reply || c.anchor() == null ? "" : Msg.get("show.comment.anchor", c.anchor())));
        if (!reply && c.quote() != null && !c.quote().isBlank()) {
            out.println(indent + Msg.get("show.comment.quote", c.quote().replace("\n", " ")));
        }
        c.text().lines().forEach(line -> out.println(indent + "  " + line)); // a comment of several paragraphs stays indented
        for (var r : all) {
            if (r.parentId() != null && r.parentId() == c.id() && r != c) comment(r, all, indent + "    ", out);
        }
    }

    /** A pending suggestion, one line: what it does, who made it and when, its text. */
    static String suggestion(org.annalist.doc.Suggestions.Suggestion sg) {
        return Msg.get("msg.suggestion", sg.label(), sg.author() == null ? Msg.get("msg.unsigned") : sg.author(),
                sg.date() == null ? "" : "  " + date(sg.date()), sg.text().replace("\n", " "));
    }

    /** A date as Word writes it (ISO 8601, UTC) in local time; anything else as it is. */
    static String date(String iso) {
        try {
            return TIME.format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String credit(Credit c) {
        return Msg.get("show.credit", (c.affiliation() == null ? "" : c.affiliation() + " ") + c.name(), c.role().text());
    }

    private static void field(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) out.println(Msg.get("show.field", Msg.get(label), value));
    }
}
