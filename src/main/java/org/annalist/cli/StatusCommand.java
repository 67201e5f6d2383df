package org.annalist.cli;

import org.annalist.model.ItemStatus;
import org.annalist.model.Publication;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ProgressReport;
import org.annalist.service.ReviewForms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** 编审进度: items per state of every publication, or one publication's progress report (text, or PDF with --pdf). */
@Command(name = "status", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(paramLabel = "PUBLICATION", arity = "0..1", descriptionKey = "status.publication")
    String publication;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "status.asOf")
    LocalDate asOf;

    @Option(names = "--pdf", paramLabel = "FILE", descriptionKey = "status.pdf")
    Path pdf;

    @Option(names = "--docx", paramLabel = "FILE", descriptionKey = "status.docx")
    Path docx;

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        try (AnnalistSession s = top.open()) {
            if (publication == null) {
                List<Publication> all = s.queries().tree().publications().stream().map(n -> n.publication()).toList();
                if (all.isEmpty()) top.out().println(Msg.get("msg.status.none"));
                for (Publication p : all) {
                    ProgressReport r = s.progress(Long.toString(p.id()), day);
                    top.out().println(Msg.get("msg.status.line", p.displayName(), String.valueOf(r.total()), states(r),
                            r.proofStage() == null ? Msg.get("msg.status.noProof") : r.proofStage().label(),
                            String.valueOf(r.overdue().size())));
                }
                return 0;
            }
            ProgressReport r = s.progress(publication, day);
            print(r);
            if (pdf != null) {
                var summary = ReviewForms.pdf(ReviewForms.progress(r), r.publication().kind(), pdf);
                top.out().println(Msg.get("msg.status.pdf", pdf, String.valueOf(summary.pages())));
            }
            if (docx != null) {
                ReviewForms.docx(ReviewForms.progress(r), r.publication().kind(), docx);
                top.out().println(Msg.get("msg.status.docx", docx));
            }
            return 0;
        }
    }

    private void print(ProgressReport r) {
        var out = top.out();
        out.println(Msg.get("msg.status.head", r.publication().displayName(), r.asOf().toString(), String.valueOf(r.total()),
                r.proofStage() == null ? Msg.get("msg.status.noProof") : r.proofStage().label()));
        out.println(Msg.get("msg.status.states", states(r)));
        out.println(Msg.get("msg.status.categories"));
        for (ProgressReport.Row row : r.byCategory()) out.println(Msg.get("msg.status.row", row.name(), counts(row), String.valueOf(row.total())));
        out.println(Msg.get("msg.status.units"));
        for (ProgressReport.Row row : r.byUnit()) out.println(Msg.get("msg.status.row", row.name(), counts(row), String.valueOf(row.total())));
        out.println(Msg.get("msg.status.overdue", String.valueOf(r.overdue().size())));
        for (ProgressReport.Overdue o : r.overdue()) {
            out.println(Msg.get("msg.status.overdueItem", String.valueOf(o.itemId()), o.title(), o.category(), Msg.label(o.status()),
                    o.due().toString(), String.valueOf(o.daysLate())));
        }
    }

    private static String states(ProgressReport r) {
        StringBuilder sb = new StringBuilder();
        for (ItemStatus st : r.statesShown()) {
            if (sb.length() > 0) sb.append(Msg.get("msg.status.separator"));
            sb.append(Msg.label(st)).append(' ').append(r.count(st));
        }
        return sb.length() == 0 ? "—" : sb.toString();
    }

    private static String counts(ProgressReport.Row row) {
        StringBuilder sb = new StringBuilder();
        for (ItemStatus st : ItemStatus.values()) {
            if (row.count(st) == 0) continue;
            if (sb.length() > 0) sb.append(Msg.get("msg.status.separator"));
            sb.append(Msg.label(st)).append(' ').append(row.count(st));
        }
        return sb.toString();
    }
}
