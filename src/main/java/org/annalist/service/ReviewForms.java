package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Meta;
import org.annalist.i18n.Texts;
import org.annalist.model.ItemStatus;
import org.annalist.model.ProofEvent;
import org.annalist.model.PublicationKind;
import org.annalist.model.ReviewSheet;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms of 三审三校 as document trees of tables — an item's 审稿单 and a publication's progress report — set into
 * PDF by our typesetter, body pages only ({@link TypesetService#form}). The same trees can later go to .docx.
 */
public final class ReviewForms {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ReviewForms() {
    }

    /** 审稿单 of an item: what it is, then one row per signed step. */
    public static Document reviewSheet(ReviewWorkflow.History h, String place) {
        var item = h.item();
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(1, Texts.get("workflow.form.sheetTitle", item.title())));
        List<List<String>> info = new ArrayList<>();
        info.add(List.of(Texts.get("workflow.form.item"), "#" + item.id() + " " + item.kind().label() + "《" + item.title() + "》"));
        info.add(List.of(Texts.get("workflow.form.place"), place == null ? "" : place));
        String unit = item.metadata().contributor();
        info.add(List.of(Texts.get("workflow.form.unit"), unit == null ? "" : unit));
        info.add(List.of(Texts.get("workflow.form.credits"), String.join("、", item.metadata().credits().stream()
                .map(c -> c.name() + (c.role() == null ? "" : "（" + c.role().label() + "）")).toList())));
        info.add(List.of(Texts.get("workflow.form.state"), item.status().label() + "，" + Texts.get("workflow.form.revision", item.revision())));
        blocks.add(table(List.of(Texts.get("workflow.form.field"), Texts.get("workflow.form.value")), info));
        blocks.add(heading(2, Texts.get("workflow.form.steps")));
        List<List<String>> rows = new ArrayList<>();
        for (ReviewSheet s : h.sheets()) {
            rows.add(List.of(Integer.toString(s.seq()), s.level().label(), s.decision().label() + " → " + s.to().label(),
                    s.personName(), TIME.format(s.signedAt()),
                    s.opinion() + (s.reason() == null ? "" : "（" + Texts.get("workflow.form.reason") + s.reason() + "）"),
                    Texts.get("workflow.form.revision", s.revisionNumber()) + " " + s.revisionSha256().substring(0, 12)));
        }
        if (rows.isEmpty()) blocks.add(para(Texts.get("workflow.form.noSteps")));
        else blocks.add(table(List.of(Texts.get("workflow.form.seq"), Texts.get("workflow.form.level"),
                Texts.get("workflow.form.decision"), Texts.get("workflow.form.person"), Texts.get("workflow.form.time"),
                Texts.get("workflow.form.opinion"), Texts.get("workflow.form.signedRevision")), rows));
        if (!h.broken().isEmpty()) blocks.add(para(Texts.get("workflow.form.broken", String.join("、", h.broken()))));
        return new Document(Meta.titled(Texts.get("workflow.form.sheetTitle", item.title())), blocks);
    }

    /** The progress report: states, 类目, 供稿单位, overdue items and the 三校一读 reached. */
    public static Document progress(ProgressReport r) {
        List<Block> blocks = new ArrayList<>();
        String title = Texts.get("workflow.form.progressTitle", r.publication().displayName());
        blocks.add(heading(1, title));
        blocks.add(para(Texts.get("workflow.form.asOf", r.asOf().toString(), r.total(),
                r.proofStage() == null ? Texts.get("workflow.form.noProof") : r.proofStage().label())));
        List<ItemStatus> states = r.statesShown();
        List<String> header = new ArrayList<>();
        header.add(Texts.get("workflow.form.state"));
        header.add(Texts.get("workflow.form.count"));
        List<List<String>> stateRows = new ArrayList<>();
        for (ItemStatus s : states) stateRows.add(List.of(s.label(), Integer.toString(r.count(s))));
        blocks.add(heading(2, Texts.get("workflow.form.byState")));
        blocks.add(table(header, stateRows));
        blocks.add(heading(2, Texts.get("workflow.form.byCategory")));
        blocks.add(breakdown(Texts.get("workflow.form.category"), states, r.byCategory()));
        blocks.add(heading(2, Texts.get("workflow.form.byUnit")));
        blocks.add(breakdown(Texts.get("workflow.form.unit"), states, r.byUnit()));
        blocks.add(heading(2, Texts.get("workflow.form.overdue", r.overdue().size())));
        if (r.overdue().isEmpty()) {
            blocks.add(para(Texts.get("workflow.form.noOverdue")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ProgressReport.Overdue o : r.overdue()) {
                rows.add(List.of("#" + o.itemId(), o.title(), o.category(), o.status().label(),
                        o.due() + (o.dueFrom() == null ? "" : "（" + o.dueFrom() + "）"), Long.toString(o.daysLate())));
            }
            blocks.add(table(List.of(Texts.get("workflow.form.item"), Texts.get("workflow.form.itemTitle"),
                    Texts.get("workflow.form.category"), Texts.get("workflow.form.state"), Texts.get("workflow.form.due"),
                    Texts.get("workflow.form.daysLate")), rows));
        }
        if (!r.proofs().isEmpty()) {
            blocks.add(heading(2, Texts.get("workflow.form.proofs")));
            List<List<String>> rows = new ArrayList<>();
            for (ProofEvent e : r.proofs()) {
                rows.add(List.of(e.stage().label(), Texts.get(switch (e.action()) {
                            case SIGN -> "workflow.proof.sign";
                            case OPEN -> "workflow.proof.open";
                            case CLOSE -> "workflow.proof.close";
                        }), e.personName(), TIME.format(e.at()),
                        e.errors() == null ? "" : e.errors().toString(),
                        e.pdfSha256() == null ? "" : e.pdfSha256().substring(0, 16)));
            }
            blocks.add(table(List.of(Texts.get("workflow.form.stage"), Texts.get("workflow.form.action"),
                    Texts.get("workflow.form.person"), Texts.get("workflow.form.time"), Texts.get("workflow.form.errors"),
                    Texts.get("workflow.form.pdfHash")), rows));
        }
        return new Document(Meta.titled(title), blocks);
    }

    /** The template forms are set with: A4, one column, as an office prints a form (templates/form-a4.yaml). */
    public static final String FORM_TEMPLATE = "form-a4";

    /** Writes a form as a .docx (one column, Word tables) with the form template; {@code kind} is kept for the callers. */
    public static DocxService.Summary docx(Document form, PublicationKind kind, Path out) throws TypesetService.TypesetException {
        return DocxService.form(form, out, FORM_TEMPLATE);
    }

    /**
     * Sets a form into a PDF with the form template (one column on A4, whatever the publication's kind: a
     * yearbook's book template would set it in two columns); {@code kind} is kept for the callers.
     */
    public static TypesetService.Summary pdf(Document form, PublicationKind kind, Path out) throws TypesetService.TypesetException {
        return TypesetService.form(form, out, new TypesetService.Options(FORM_TEMPLATE, false,
                false, false, null, null), (phase, done, total) -> {
        });
    }

    private static Block breakdown(String first, List<ItemStatus> states, List<ProgressReport.Row> data) {
        List<String> header = new ArrayList<>();
        header.add(first);
        for (ItemStatus s : states) header.add(s.label());
        header.add(Texts.get("workflow.form.total"));
        List<List<String>> rows = new ArrayList<>();
        for (ProgressReport.Row row : data) {
            List<String> cells = new ArrayList<>();
            cells.add(row.name());
            for (ItemStatus s : states) cells.add(row.count(s) == 0 ? "" : Integer.toString(row.count(s)));
            cells.add(Integer.toString(row.total()));
            rows.add(cells);
        }
        return table(header, rows);
    }

    private static Block table(List<String> header, List<List<String>> rows) {
        List<Block.Row> all = new ArrayList<>();
        all.add(row(header));
        for (List<String> r : rows) all.add(row(r));
        List<Block.Align> columns = header.stream().map(h -> Block.Align.DEFAULT).toList();
        return new Block.Table(columns, 1, all, List.of());
    }

    private static Block.Row row(List<String> cells) {
        return new Block.Row(cells.stream().map(c -> Block.Cell.of(List.<Inline>of(new Inline.Text(c)))).toList());
    }

    private static Block heading(int level, String text) {
        return new Block.Heading(level, List.of(new Inline.Text(text)));
    }

    private static Block para(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }
}
