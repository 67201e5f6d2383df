package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import java.util.ArrayList;
import java.util.List;

import org.annalist.doc.Document;
import org.annalist.doc.Suggestions;
import org.annalist.importer.ImportException;
import org.annalist.model.ImportOptions;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.importer.text.TextHeads;
import org.annalist.model.ImportReport;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;

/**
 * The shared last step of the Word importers (.docx and binary .doc both parse into {@link WordModel}): mapping,
 * the summary lines of the report, and the item with its head.
 */
final class WordItems {
    private WordItems() {
    }

    static ImportResult build(Source source, List<WordModel.Element> elements, ImportReport report, String mediaType)
            throws ImportException {
        return build(source, elements, report, mediaType, ImportOptions.DEFAULT, null);
    }

    /** {@code review}: the marks the .docx parse met (null for binary .doc, which reports its own). */
    static ImportResult build(Source source, List<WordModel.Element> elements, ImportReport report, String mediaType,
                              ImportOptions options, ReviewMarks review) throws ImportException {
        // ImportReport prints "第N行"; in a Word file N counts paragraphs (table cells and notes included).
        report.format(Texts.get("report.word.lines"));
        if (options.changes() != ImportOptions.TrackedChanges.KEEP) {
            if (review != null) reportReview(review, null, options.changes(), report);
            elements = TrackedChanges.resolve(elements, options.changes() == ImportOptions.TrackedChanges.ACCEPT);
        }
        MapContext ctx = new MapContext(report);
        DocxMapper.Mapped mapped = DocxMapper.map(elements, ctx);
        if (review != null && options.changes() == ImportOptions.TrackedChanges.KEEP) {
            // Counted as "annalist show" lists them: what became suggestions in the text, moves once.
            reportReview(review, Suggestions.tally(Suggestions.list(mapped.body())), options.changes(), report);
        }
        summarise(ctx);
        TextHeads.Head head = mapped.head();
        Document body = mapped.body();
        if (body.blocks().isEmpty() && head.title().isEmpty()) {
            throw new ImportException(source.name(), Localized.of("import.word.noText"));
        }
        if (head.title().isEmpty()) report.warning(0, Texts.get("report.noTitle"));
        ItemKind kind = head.title().isEmpty() && head.credits().isEmpty() ? ItemKind.ENTRY : ItemKind.ARTICLE;
        ItemMetadata meta = ItemMetadata.EMPTY.withCredits(head.credits()).withCollectedOn(head.date());
        if (mapped.web() != null) {
            // a pasted web page: what its furniture told, as the text importer keeps it
            if (head.date() == null) meta = meta.withCollectedOn(mapped.web().publishedOn());
            if (mapped.web().contributor() != null) meta = meta.withContributor(mapped.web().contributor());
            if (mapped.web().source() != null) meta = meta.withSource(mapped.web().source());
        }
        ImportedItem item = new ImportedItem(kind, head.title(), head.subtitle(), body, meta);
        return new ImportResult(List.of(item), report, mediaType, ctx.attachments);
    }

    /** Tracked changes counted and what was done with them; what the tree cannot keep, warned about. */
    private static void reportReview(ReviewMarks m, Suggestions.Tally kept, ImportOptions.TrackedChanges mode, ImportReport r) {
        Suggestions.Tally tally = kept != null ? kept : new Suggestions.Tally(m.insertions(), m.deletions(), m.moves());
        if (m.changes() > 0 || tally.total() > 0) {
            String authors = m.authors().isEmpty() ? "" : Texts.get("report.word.authors", Texts.list(m.authors()));
            String what = switch (mode) {
                case KEEP -> Texts.get("report.word.changesKept");
                case ACCEPT -> Texts.get("report.word.changesAccepted");
                case REJECT -> Texts.get("report.word.changesRejected");
            };
            r.detected(0, Texts.get("report.word.changes"), Texts.get("report.word.changesLine", tally.text() + authors, what));
        }
        if (m.formatChanges() > 0) {
            r.warning(0, Texts.get("report.word.formatChanges", m.formatChanges()));
        }
        if (m.paragraphMarks() > 0) {
            r.warning(0, Texts.get("report.word.paragraphMarks", m.paragraphMarks()));
        }
        if (m.rowChanges() > 0) {
            r.warning(0, Texts.get("report.word.rowChanges", m.rowChanges()));
        }
        if (m.deepTables() > 0) {
            r.warning(0, Texts.get("report.word.deepTables", DocxReader.MAX_TABLE_DEPTH, m.deepTables()));
        }
        m.hidden().forEach((paragraph, text) -> {
            if (!text.toString().isBlank()) r.removed(paragraph, Texts.get("report.word.hidden"), text.toString());
        });
        for (ReviewMarks.Ruby ruby : m.rubies()) {
            r.warning(ruby.paragraph(), Texts.get("report.word.ruby", ruby.text(), ruby.base()));
        }
        for (ReviewMarks.Equation e : m.equations()) {
            r.warning(e.paragraph(), Texts.get("report.word.equation", e.text().length() > 60 ? e.text().substring(0, 60) + "…" : e.text()));
        }
    }

    private static void summarise(MapContext ctx) {
        ImportReport r = ctx.report;
        if (ctx.indentsRemoved > 0) r.removed(0, Texts.get("report.word.indents"), Texts.get("report.word.paragraphCount", ctx.indentsRemoved));
        if (ctx.softBreaksRemoved > 0) r.removed(0, Texts.get("report.word.softBreaks"), Texts.get("report.word.placeCount", ctx.softBreaksRemoved));
        // One line a distinct symbol (a report line is cut at 60 characters): few in any document.
        ctx.symbols.forEach((symbol, text) -> r.detected(0, Texts.get("report.word.symbols"), symbol + "→" + text));
        if (ctx.pageBreaks > 0) r.removed(0, Texts.get("report.word.pageBreaks"), Texts.get("report.word.placeCount", ctx.pageBreaks));
        if (ctx.nestedTables > 0) r.warning(0, Texts.get("report.word.nestedTables", ctx.nestedTables));
        if (ctx.leftIndented > 0) r.warning(0, Texts.get("report.word.leftIndented", ctx.leftIndented));
        if (ctx.textBoxes > 0) r.warning(0, Texts.get("report.word.textBoxes", ctx.textBoxes));
        List<String> parts = new ArrayList<>();
        parts.add(Texts.get("report.word.count.headings", ctx.headings));
        parts.add(Texts.get("report.word.count.paragraphs", ctx.paragraphs));
        if (ctx.lists > 0) parts.add(Texts.get("report.word.count.lists", ctx.lists));
        parts.add(Texts.get("report.word.count.tables", ctx.tables));
        parts.add(Texts.get("report.word.count.images", ctx.images));
        parts.add(ctx.endnotes > 0 ? Texts.get("report.word.count.notesEndnotes", ctx.notes, ctx.endnotes)
                : Texts.get("report.word.count.notes", ctx.notes));
        r.detected(0, Texts.get("report.word.count"), String.join(Texts.get("report.outline.separator"), parts));
    }

}
