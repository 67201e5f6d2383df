package org.annalist.typeset.page;

import org.annalist.i18n.Texts;
import org.annalist.doc.Document;
import org.annalist.doc.Numerals;
import org.annalist.typeset.flow.ColumnFlow;
import org.annalist.typeset.flow.PageLayout;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A whole book: title page and 目录 (front matter, labelled i, ii, …), the body with folios from the
 * template's first number, and the 索引 when the text marks index terms. The body is laid out first;
 * front matter has its own numbering, so the body's folios never move.
 */
public final class BookTypesetter {

    /**
     * Told what the typesetter is doing, for progress bars: often (every few hundred blocks, every page), so
     * that a report may stop the work by throwing (a cancelled task's {@code CancellationException}).
     * {@code total <= 0}: not known yet.
     */
    public interface Progress {
        Progress NONE = (phase, done, total) -> {
        };

        void at(String phase, int done, int total);
    }

    /** A heading for the PDF outline: page index in the whole book, y from the page top. */
    public record OutlineEntry(int level, String title, int pageIndex, double y) {
    }

    /** The finished book. */
    public record Book(List<Frame> pages, List<String> pageLabels, List<OutlineEntry> outline, int frontPages,
                       int bodyPages, int indexPages, int indexEntries, int overfullLines, List<String> warnings) {
    }

    private final Template t;
    private final FontBook fonts;
    private final Function<String, String> sortKey;
    private final Function<String, java.nio.file.Path> images;

    /** {@code sortKey}: the index's sort key of a term (pinyin; supplied by the caller). */
    public BookTypesetter(Template template, FontBook fonts, Function<String, String> sortKey) {
        this(template, fonts, sortKey, source -> null);
    }

    /** {@code images}: a figure's source ({@code attachment:12}, a relative path) → a readable file, or null. */
    public BookTypesetter(Template template, FontBook fonts, Function<String, String> sortKey,
                          Function<String, java.nio.file.Path> images) {
        this.t = template;
        this.fonts = fonts;
        this.sortKey = sortKey;
        this.images = images;
    }

    /**
     * The book of {@code doc}: its title page, 版权页 and running heads from the document's {@link
     * org.annalist.doc.Meta} (title, subtitle, imprint); the 版权页 is set after the rest, when the page count is known.
     */
    public Book typeset(Document doc, Progress progress) {
        String title = doc.meta().title();
        String subtitle = doc.meta().subtitle().isEmpty() ? null : doc.meta().subtitle();
        org.annalist.doc.Imprint imprint = doc.meta().imprint();
        // Each phase reports as it goes (every few hundred blocks, every page), so that a report that throws
        // (the user cancelled) stops the work within a moment; reports cost nothing beside the work between them.
        Body laid = body(doc, progress);
        Realizer realizer = laid.realizer();
        ColumnFlow flow = laid.flow();
        PageMaker maker = laid.maker();
        PageMaker.Result body = laid.result();

        SubjectIndex index = new SubjectIndex(t, fonts, sortKey);
        List<SubjectIndex.Entry> entries = index.entries(body.info());
        PageMaker.Result back = new PageMaker.Result(List.of(), List.of());
        if (!entries.isEmpty()) {
            int offset = body.pages().size();
            if ((offset % 2) == 1) offset++; // the index opens on a recto: a blank verso first
            ColumnFlow indexFlow = new ColumnFlow(t.columns(), t.linesPerColumn(), 1);
            List<PageLayout> indexLayouts = indexFlow.flow(index.blocks(entries));
            back = maker.make(indexLayouts, offset);
            if (offset > body.pages().size()) {
                List<Frame> withBlank = new ArrayList<>();
                withBlank.add(new Frame("page", t.pageWidth(), t.pageHeight(), 0, List.of()));
                withBlank.addAll(back.pages());
                List<PageInfo> infos = new ArrayList<>();
                infos.add(new PageInfo(-1, 0, "", true, List.of(), List.of()));
                infos.addAll(back.info());
                back = new PageMaker.Result(withBlank, infos);
            }
        }

        FrontMatter front = new FrontMatter(t, fonts);
        List<Frame> frontPages = new ArrayList<>();
        frontPages.add(front.titlePage(title, subtitle));
        frontPages.add(new Frame("page", t.pageWidth(), t.pageHeight(), 0, List.of())); // 版权页, set below
        List<Frame> toc = front.tableOfContents(body.info(), 2);
        frontPages.addAll(toc);
        if (frontPages.size() % 2 == 1) frontPages.add(new Frame("page", t.pageWidth(), t.pageHeight(), 0, List.of()));

        List<Frame> pages = new ArrayList<>(frontPages);
        pages.addAll(body.pages());
        pages.addAll(back.pages());
        CopyrightPage copyright = new CopyrightPage(t, fonts);
        pages.set(1, copyright.page(title, imprint, pages.size()));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < frontPages.size(); i++) labels.add(Numerals.lowerRoman(i + 1));
        for (PageInfo p : body.info()) labels.add(p.folioLabel());
        for (PageInfo p : back.info()) labels.add(p.blank() && p.folioLabel().isEmpty() ? Numerals.lowerRoman(1) + "-" : p.folioLabel());
        fixBlankLabels(labels, frontPages.size() + body.pages().size());

        List<OutlineEntry> outline = new ArrayList<>();
        int tocIndex = 2;
        outline.add(new OutlineEntry(1, "目录", tocIndex, 0));
        for (PageInfo p : body.info()) {
            for (PageInfo.HeadingAt h : p.headings()) {
                if (h.level() <= 2) outline.add(new OutlineEntry(h.level(), h.text(), frontPages.size() + p.index(), h.y()));
            }
        }
        if (!entries.isEmpty()) {
            int first = frontPages.size() + body.pages().size() + (back.info().get(0).index() < 0 ? 1 : 0);
            outline.add(new OutlineEntry(1, "索引", first, 0));
        }
        List<String> warnings = new ArrayList<>(realizer.warnings());
        warnings.addAll(flow.warnings());
        warnings.addAll(copyright.notes());
        return new Book(pages, labels, outline, frontPages.size(), body.pages().size(), back.pages().size(),
                entries.size(), realizer.overfullLines(), warnings);
    }

    /** The body of a book laid out: what set it (for its warnings) and its pages. */
    private record Body(Realizer realizer, ColumnFlow flow, PageMaker maker, PageMaker.Result result) {
    }

    /** The body pages as {@link #typeset} sets them: realized, flowed into columns, made into pages. */
    private Body body(Document doc, Progress progress) {
        progress.at(Texts.get("typeset.phase.compose"), 0, 2 * doc.blocks().size());
        Realizer realizer = new Realizer(t, fonts, images);
        var blocks = realizer.realize(doc, progress);
        return layout(doc, realizer, blocks, progress);
    }

    /** Realized blocks flowed into columns and made into pages. */
    private Body layout(Document doc, Realizer realizer, List<org.annalist.typeset.flow.Block> blocks, Progress progress) {
        progress.at(Texts.get("typeset.phase.flow"), 0, 0);
        ColumnFlow flow = new ColumnFlow(t.columns(), t.linesPerColumn(), t.folio() == null ? 1 : t.folio().firstNumber(), t.linePitch());
        List<PageLayout> layouts = flow.flow(blocks, n -> progress.at(Texts.get("typeset.phase.flow"), n, 0));
        PageMaker maker = new PageMaker(t, fonts, doc.meta().title());
        progress.at(Texts.get("typeset.phase.pages"), 0, layouts.size());
        PageMaker.Result body = maker.make(layouts, 0, n -> progress.at(Texts.get("typeset.phase.pages"), n, layouts.size()));
        return new Body(realizer, flow, maker, body);
    }

    /**
     * Where the headings and index terms of {@code doc} land in the book {@link #typeset} makes of it: its body pages'
     * {@link PageInfo} (folio, headings with their block ids, terms with their marks' keys), without setting the front
     * matter, the 索引 or the 版权页 — the folios of the body are the same, since front matter is numbered apart.
     */
    public List<PageInfo> bodyPages(Document doc, Progress progress) {
        return body(doc, progress).result().info();
    }

    /**
     * The body pages of {@code doc} as {@link #bodyPages} gives them, and {@code squeezed}: for each character of the
     * document tree (by its source key, {@link org.annalist.doc.SourceMap}) that the body's line composition
     * compressed, the fraction of its natural advance taken away — full-width punctuation set narrower to fit a line
     * or beside another mark. A Word export gives exactly these characters the same compression, found by their keys.
     */
    public record BodyLayout(List<PageInfo> pages, java.util.Map<Long, Double> squeezed) {
        public BodyLayout {
            pages = List.copyOf(pages);
            squeezed = java.util.Map.copyOf(squeezed);
        }
    }

    public BodyLayout bodyLayout(Document doc, Progress progress) {
        PageMaker.Result result = body(doc, progress).result();
        java.util.Map<Long, Double> squeezed = new java.util.HashMap<>();
        for (org.annalist.typeset.frame.Frame page : result.pages()) squeezed(page, squeezed);
        return new BodyLayout(result.info(), squeezed);
    }

    /**
     * The body of a tree composed into lines, its columns and pages not made yet: what its lines compressed is known
     * ({@link #squeezed()}, the same characters and amounts as {@link BodyLayout#squeezed()} — columns and pages only
     * place the lines), and {@link #pages()} makes the pages, on any one thread.
     */
    public final class Composed {
        private final Document doc;
        private final Realizer realizer;
        private final List<org.annalist.typeset.flow.Block> blocks;
        private final java.util.Map<Long, Double> squeezed;

        private Composed(Document doc, Realizer realizer, List<org.annalist.typeset.flow.Block> blocks) {
            this.doc = doc;
            this.realizer = realizer;
            this.blocks = blocks;
            java.util.Map<Long, Double> out = new java.util.HashMap<>();
            for (org.annalist.typeset.flow.Block b : blocks) squeezedOf(b, out);
            this.squeezed = java.util.Map.copyOf(out);
        }

        public java.util.Map<Long, Double> squeezed() {
            return squeezed;
        }

        /** The body pages, as {@link #bodyPages} gives them ({@code progress} told the phases). */
        public List<PageInfo> pages(Progress progress) {
            return layout(doc, realizer, blocks, progress).result().info();
        }
    }

    /** Composes the body of {@code doc} into lines; its pages are made by {@link Composed#pages}. */
    public Composed compose(Document doc, Progress progress) {
        progress.at(Texts.get("typeset.phase.compose"), 0, 2 * doc.blocks().size());
        Realizer realizer = new Realizer(t, fonts, images);
        return new Composed(doc, realizer, realizer.realize(doc, progress));
    }

    private static void squeezedOf(org.annalist.typeset.flow.Block b, java.util.Map<Long, Double> out) {
        List<org.annalist.typeset.flow.Line> lines = new ArrayList<>();
        if (b instanceof org.annalist.typeset.flow.Block.Lines l) {
            lines.addAll(l.header());
            lines.addAll(l.lines());
        } else if (b instanceof org.annalist.typeset.flow.Block.Heading h) {
            lines.addAll(h.lines());
        } else if (b instanceof org.annalist.typeset.flow.Block.Opening o) {
            lines.addAll(o.lines());
        } else if (b instanceof org.annalist.typeset.flow.Block.Float f) {
            lines.addAll(f.lines());
        } else if (b instanceof org.annalist.typeset.flow.Block.ColumnFloat f) {
            lines.addAll(f.lines());
        }
        for (org.annalist.typeset.flow.Line line : lines) squeezedOf(line, out);
    }

    private static void squeezedOf(org.annalist.typeset.flow.Line line, java.util.Map<Long, Double> out) {
        squeezed(line.frame(), out);
        for (org.annalist.typeset.flow.Line note : line.notes()) squeezedOf(note, out);
    }

    private static void squeezed(org.annalist.typeset.frame.Frame frame, java.util.Map<Long, Double> out) {
        for (org.annalist.typeset.frame.Positioned p : frame.items()) {
            if (p.item() instanceof org.annalist.typeset.frame.Frame f) {
                squeezed(f, out);
            } else if (p.item() instanceof org.annalist.typeset.frame.GlyphRun g && g.squeeze() != null && g.hasSource()) {
                for (int i = 0; i < g.glyphCount(); i++) {
                    double q = g.squeezeAt(i);
                    if (q <= 0) continue;
                    long key = g.sourceAt(i);
                    if (key >= 0) out.putIfAbsent(key, q);
                }
            }
        }
    }

    /**
     * A part of a book — a 类目 as the preview shows it — set as it stands in the book: its body pages only (no
     * title page, 目录 or index), the first of them numbered {@code firstFolio}, so folios, recto/verso margins and
     * running heads (the book's title from {@link Document#meta()}) are the book's own. The outline gives where
     * each heading landed ({@link OutlineEntry#pageIndex()} counts from the part's first page).
     */
    public Book typesetPart(Document doc, int firstFolio, Progress progress) {
        return layOutPart(List.of(realize(doc, progress)), doc.meta().title(), firstFolio, progress);
    }

    /** A piece of a book realized — composed into flow blocks — on its own, to be laid out with others later. */
    public record Realized(List<org.annalist.typeset.flow.Block> blocks, List<String> warnings, int overfullLines) {
        public Realized {
            blocks = List.copyOf(blocks);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Realizes {@code doc} — one item, one section heading — into flow blocks: what {@link #typesetPart} does first,
     * done apart so that a caller can keep the result of a piece that did not change (the preview keeps each item's).
     */
    public Realized realize(Document doc, Progress progress) {
        Realizer realizer = new Realizer(t, fonts, images);
        var blocks = realizer.realize(doc, progress);
        return new Realized(blocks, realizer.warnings(), realizer.overfullLines());
    }

    /** Realized pieces, in order, laid out into pages as {@link #typesetPart} lays out a part, titled {@code title}. */
    public Book layOutPart(List<Realized> pieces, String title, int firstFolio, Progress progress) {
        List<org.annalist.typeset.flow.Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int overfull = 0;
        for (Realized r : pieces) {
            blocks.addAll(r.blocks());
            warnings.addAll(r.warnings());
            overfull += r.overfullLines();
        }
        ColumnFlow flow = new ColumnFlow(t.columns(), t.linesPerColumn(), firstFolio, t.linePitch());
        List<PageLayout> layouts = flow.flow(blocks, n -> progress.at(Texts.get("typeset.phase.flow"), n, 0));
        PageMaker maker = new PageMaker(t, fonts, title);
        int base = t.folio() == null ? 1 : t.folio().firstNumber();
        PageMaker.Result body = maker.make(layouts, firstFolio - base, n -> progress.at(Texts.get("typeset.phase.pages"), n, layouts.size()));
        List<String> labels = new ArrayList<>();
        List<OutlineEntry> outline = new ArrayList<>();
        for (PageInfo p : body.info()) {
            labels.add(p.folioLabel());
            for (PageInfo.HeadingAt h : p.headings()) outline.add(new OutlineEntry(h.level(), h.text(), p.index(), h.y()));
        }
        warnings.addAll(flow.warnings());
        return new Book(body.pages(), labels, outline, 0, body.pages().size(), 0, 0, overfull, warnings);
    }

    /** A blank page before the index takes the folio it would have had. */
    private static void fixBlankLabels(List<String> labels, int from) {
        for (int i = from; i < labels.size(); i++) {
            if (labels.get(i).endsWith("-") && i + 1 < labels.size()) {
                try {
                    labels.set(i, Integer.toString(Integer.parseInt(labels.get(i + 1)) - 1));
                } catch (NumberFormatException e) {
                    labels.set(i, "");
                }
            }
        }
    }
}
