package org.annalist.cli;

import org.annalist.model.Revision;
import org.annalist.model.ReviewSheet;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ReviewForms;
import org.annalist.service.ReviewWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** An item's history: every revision, with the 审稿单 signed with it; the 审稿单 form as PDF with --pdf. */
@Command(name = "history", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    AnnalistCommand top;

    @Parameters(paramLabel = "ITEM", descriptionKey = "history.item")
    String item;

    @Option(names = "--pdf", paramLabel = "FILE", descriptionKey = "history.pdf")
    Path pdf;

    @Option(names = "--docx", paramLabel = "FILE", descriptionKey = "history.docx")
    Path docx;

    @Override
    public Integer call() throws Exception {
        Long id = top.itemNumber(item);
        if (id == null) return 2;
        try (AnnalistSession s = top.open()) {
            var details = s.queries().item(id);
            if (details.isEmpty()) {
                top.err().println(Msg.get("msg.no.item", item));
                return 1;
            }
            ReviewWorkflow.History h = s.review().history(id);
            var i = h.item();
            top.out().println(Msg.get("msg.history.head", String.valueOf(i.id()), Msg.label(i.kind()), i.title(),
                    Msg.label(i.status()), String.valueOf(i.revision())));
            // a step over an unchanged text makes no revision: one revision may carry several 审稿单
            Map<Integer, java.util.List<ReviewSheet>> byRevision = new HashMap<>();
            for (ReviewSheet sh : h.sheets()) byRevision.computeIfAbsent(sh.revisionNumber(), k -> new java.util.ArrayList<>()).add(sh);
            for (Revision r : h.revisions()) {
                top.out().println(Msg.get("msg.history.revision", String.valueOf(r.number()), TIME.format(r.createdAt()),
                        r.author(), r.sha256().substring(0, 12), r.note() == null ? "" : r.note()));
                for (ReviewSheet sh : byRevision.getOrDefault(r.number(), java.util.List.of())) {
                    top.out().println(Msg.get("msg.history.sheet", String.valueOf(sh.seq()), Msg.label(sh.level()),
                            sh.decision().label(), Msg.label(sh.to()), sh.personName(), sh.opinion(),
                            sh.reason() == null ? "" : Msg.get("msg.history.reason", sh.reason())));
                }
            }
            if (h.broken().isEmpty()) {
                top.out().println(Msg.get("msg.history.verified", String.valueOf(h.revisions().size()), String.valueOf(h.sheets().size())));
            } else {
                top.out().println(Msg.get("msg.history.broken", String.join(", ", h.broken())));
            }
            var pub = i.sectionId() == null ? null : s.queries().publicationOf(i.sectionId()).orElse(null);
            var kind = pub == null ? (i.kind() == org.annalist.model.ItemKind.ENTRY ? org.annalist.model.PublicationKind.NIANJIAN
                    : org.annalist.model.PublicationKind.WENSHI) : pub.kind();
            if (pdf != null) {
                var summary = ReviewForms.pdf(ReviewForms.reviewSheet(h, details.get().place()), kind, pdf);
                top.out().println(Msg.get("msg.history.pdf", pdf, String.valueOf(summary.pages())));
            }
            if (docx != null) {
                ReviewForms.docx(ReviewForms.reviewSheet(h, details.get().place()), kind, docx);
                top.out().println(Msg.get("msg.history.docx", docx));
            }
            return h.broken().isEmpty() ? 0 : 1;
        }
    }
}
