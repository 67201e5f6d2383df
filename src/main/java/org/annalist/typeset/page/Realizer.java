package org.annalist.typeset.page;

import org.annalist.i18n.Texts;
import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.typeset.flow.Line;
import org.annalist.typeset.flow.Mark;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.inline.ComposedLine;
import org.annalist.typeset.inline.ComposedParagraph;
import org.annalist.typeset.inline.ParagraphComposer;
import org.annalist.typeset.inline.ParagraphStyle;
import org.annalist.typeset.inline.ProhibitionLevel;
import org.annalist.typeset.inline.PunctuationStyle;
import org.annalist.typeset.inline.StyledRun;
import org.annalist.typeset.style.BlockStyle;
import org.annalist.typeset.style.InlineStyler;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * "Realize": the document tree with a template becomes flow blocks. Headings take the style of their
 * level (template {@code headings}); a spanning or new-page style makes an opening; paragraphs are composed
 * at the column measure with the template's punctuation style and 禁则 level; tables become three-line
 * tables (三线表) whose header repeats when they continue; index terms become marks on the line where
 * they are printed.
 */
public final class Realizer {
    private final Template t;
    private final FontBook fonts;
    private final ParagraphComposer composer;
    private final TableSetter tables;
    private final List<String> warnings = new ArrayList<>();
    private int overfull;

    private final FigureSetter figures;

    public Realizer(Template template, FontBook fonts) {
        this(template, fonts, source -> null);
    }

    /** {@code images} turns a figure's source (a path, {@code attachment:12}) into a readable file, or null. */
    public Realizer(Template template, FontBook fonts, java.util.function.Function<String, java.nio.file.Path> images) {
        this.t = template;
        this.fonts = fonts;
        this.composer = new ParagraphComposer(fonts);
        this.tables = new TableSetter(template, fonts, warnings);
        this.figures = new FigureSetter(template, images, warnings);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Lines wider than their measure (should be none; counted for the summary). */
    public int overfullLines() {
        return overfull;
    }

    public List<org.annalist.typeset.flow.Block> realize(Document doc) {
        return realize(doc, BookTypesetter.Progress.NONE);
    }

    /** Blocks realized between two reports to {@code progress} (and so between two chances to cancel). */
    static final int BATCH = 256;

    /**
     * As {@link #realize(Document)}, telling {@code progress} ("组版", blocks done, blocks) every {@link #BATCH}
     * blocks: a report may throw (the user cancelled), and the work stops there.
     */
    public List<org.annalist.typeset.flow.Block> realize(Document doc, BookTypesetter.Progress progress) {
        doc = Endnotes.gather(PendingSuggestions.settle(doc, warnings));
        List<Block> blocks = doc.blocks();
        // body paragraphs are composed ahead on all cores (counted as half the work), the rest in order
        int total = 2 * blocks.size();
        String phase = Texts.get("typeset.phase.compose");
        precompose(doc, done -> progress.at(phase, done, total));
        List<org.annalist.typeset.flow.Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), out, t.body(), 0);
            if (i % BATCH == BATCH - 1) progress.at(phase, blocks.size() + i + 1, total);
        }
        return out;
    }

    private void block(Block b, List<org.annalist.typeset.flow.Block> out, BlockStyle base, int depth) {
        if (b instanceof Block.Heading h) {
            heading(h, out);
        } else if (b instanceof Block.ArticleHead a) {
            articleHead(a, out);
        } else if (b instanceof Block.Paragraph p) {
            paragraph(p.content(), special(p), out, base);
        } else if (b instanceof Block.BlockQuote q) {
            for (Block inner : q.content()) block(inner, out, t.style("引文"), depth);
        } else if (b instanceof Block.BulletList l) {
            for (List<Block> item : l.items()) listItem("·", item, out, depth);
        } else if (b instanceof Block.OrderedList l) {
            for (int i = 0; i < l.items().size(); i++) listItem(l.marker(i), l.items().get(i), out, depth);
        } else if (b instanceof Block.Table table) {
            tables.set(table, out);
        } else if (b instanceof Block.Figure f) {
            figure(f, out);
        } else if (b instanceof Block.Rule) {
            out.add(new org.annalist.typeset.flow.Block.Space(1));
        }
    }

    /**
     * A picture and its caption (图注) under it, kept together: one column wide, or — asked for as 通栏 on a
     * page of several columns — across the text block at the top (or foot) of a page, like a wide table. A
     * column picture asked for at the top or foot of a column floats there; otherwise it stands where it is
     * referenced.
     */
    private void figure(Block.Figure f, List<org.annalist.typeset.flow.Block> out) {
        String caption = Inlines.plainText(f.caption()).strip();
        boolean spanning = f.spanning() && t.columns() > 1;
        double measure = spanning ? t.textWidth() : t.columnWidth();
        Line picture = figures.picture(f.source(), caption, measure);
        List<Line> lines = new ArrayList<>();
        if (picture != null) lines.add(picture);
        if (!caption.isEmpty()) lines.addAll(displayLines(f.caption(), t.style("图注"), measure));
        if (lines.isEmpty()) return;
        var place = f.place() == Block.Figure.Place.BOTTOM ? org.annalist.typeset.flow.Block.Place.BOTTOM
                : org.annalist.typeset.flow.Block.Place.TOP;
        if (spanning) {
            out.add(new org.annalist.typeset.flow.Block.Float(lines, 1, place));
        } else if (f.place() != Block.Figure.Place.HERE) {
            out.add(new org.annalist.typeset.flow.Block.ColumnFloat(lines, 1, place));
        } else {
            out.add(org.annalist.typeset.flow.Block.Lines.unbreakable(lines));
        }
    }

    private void listItem(String marker, List<Block> item, List<org.annalist.typeset.flow.Block> out, int depth) {
        // An item that does not open with text (empty, or a sub-list first) still shows its number, as Word does.
        if (item.isEmpty() || !(item.get(0) instanceof Block.Paragraph)) {
            paragraph(List.of(new Inline.Text(marker)), null, out, t.body());
        }
        boolean first = true;
        for (Block b : item) {
            if (first && b instanceof Block.Paragraph p) {
                List<Inline> content = new ArrayList<>();
                content.add(new Inline.Text(marker));
                content.addAll(p.content());
                paragraph(content, null, out, t.body());
            } else {
                block(b, out, t.body(), depth + 1);
            }
            first = false;
        }
    }

    /**
     * Display text (titles, subtitles, bylines): when a centred or right-aligned title is too long for one
     * line and has spaces, its lines break at those spaces (the writer's own phrase breaks) and each line
     * is aligned on its own; otherwise the composer breaks it.
     */
    private List<Line> displayLines(List<Inline> content, BlockStyle s, double measure) {
        String plain = Inlines.plainText(content).strip();
        boolean plainText = content.stream().allMatch(i -> i instanceof Inline.Text);
        if (!plainText || s.align() == BlockStyle.Align.JUSTIFY || s.align() == BlockStyle.Align.LEFT
                || !plain.matches(".*[ \u3000].*")) {
            return setLines(content, s, measure, true);
        }
        List<Line> one = setLines(List.of(new Inline.Text(plain)), s, measure, true);
        if (one.size() <= 1) return one;
        List<Line> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String phrase : plain.split("[ \u3000]+")) {
            String candidate = current.length() == 0 ? phrase : current + "\u3000" + phrase;
            List<Line> trial = setLines(List.of(new Inline.Text(candidate)), s, measure, true);
            if (trial.size() > 1 && current.length() > 0) {
                out.addAll(setLines(List.of(new Inline.Text(current.toString())), s, measure, true));
                current = new StringBuilder(phrase);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (current.length() > 0) out.addAll(setLines(List.of(new Inline.Text(current.toString())), s, measure, true));
        return out;
    }

    /** 篇名 as a heading (level 2 when not given), 副题 and 署名 as display lines in their template styles. */
    private void articleHead(Block.ArticleHead a, List<org.annalist.typeset.flow.Block> out) {
        switch (a.part()) {
            case TITLE -> heading(a.level() == 0 ? 2 : a.level(), a.content(), "篇名", a.attr().id(), out);
            case SUBTITLE -> paragraph(a.content(), t.style("副题"), out, t.body());
            case BYLINE -> paragraph(a.content(), t.style("署名"), out, t.body());
        }
    }

    /** The 注释 of the endnotes: set in the 脚注 style. */
    private BlockStyle special(Block.Paragraph p) {
        return p.attr().hasClass(Endnotes.CLASS) ? t.style("脚注") : null;
    }

    private void heading(Block.Heading h, List<org.annalist.typeset.flow.Block> out) {
        heading(h.level(), h.content(), t.headingStyle(h.level()), h.attr().id(), out);
    }

    private void heading(int level, List<Inline> content, String styleName, String id, List<org.annalist.typeset.flow.Block> out) {
        BlockStyle s = t.style(styleName);
        String text = Inlines.plainText(content).strip();
        boolean opening = s.spanColumns() || s.newPage() != BlockStyle.NewPage.NONE;
        double measure = opening ? t.textWidth() : t.columnWidth();
        List<Line> lines = displayLines(content, s, measure);
        if (lines.isEmpty()) return;
        Line first = lines.get(0);
        List<Mark> marks = new ArrayList<>(first.marks());
        marks.add(0, Mark.heading(level, text, id));
        lines.set(0, new Line(first.frame(), first.gridSteps(), marks));
        int before = steps(s.spaceBefore().toPoints(s.size(), t.linePitch()));
        int after = steps(s.spaceAfter().toPoints(s.size(), t.linePitch()));
        if (opening) {
            out.add(new org.annalist.typeset.flow.Block.Opening(lines, before, after, s.newPage() == BlockStyle.NewPage.ODD));
        } else {
            out.add(new org.annalist.typeset.flow.Block.Heading(lines, Math.max(s.keepWithNext(), 2), before, after));
        }
    }

    private void paragraph(List<Inline> content, BlockStyle special, List<org.annalist.typeset.flow.Block> out, BlockStyle base) {
        BlockStyle s = special != null ? special : base;
        List<Line> lines = special != null ? displayLines(content, s, t.columnWidth()) : setLines(content, s, t.columnWidth(), false);
        if (lines.isEmpty()) return;
        lines = attachNotes(content, lines);
        out.add(special != null ? org.annalist.typeset.flow.Block.Lines.unbreakable(lines)
                : org.annalist.typeset.flow.Block.Lines.paragraph(lines));
    }

    /**
     * The paragraph's footnotes, composed in the 脚注 style on a pitch of their own, go with the line that
     * shows their mark (numbered ①② … within the paragraph, as the styler numbered the marks; the page
     * maker renumbers them per page).
     */
    private List<Line> attachNotes(List<Inline> content, List<Line> lines) {
        List<List<Block>> found = new ArrayList<>();
        collectNotes(content, found);
        if (found.isEmpty()) return lines;
        BlockStyle ns = t.style("脚注");
        double pitch = Math.ceil(ns.size() * NOTE_PITCH * 2) / 2;
        List<Line> out = new ArrayList<>(lines);
        int from = 0;
        for (int k = 0; k < found.size(); k++) {
            String mark = InlineStyler.noteMark(k + 1);
            List<Line> noteLines = new ArrayList<>();
            boolean first = true;
            for (Block b : found.get(k)) {
                if (!(b instanceof Block.Paragraph p)) continue;
                List<Inline> c = new ArrayList<>();
                if (first) {
                    c.add(new Inline.Span(new org.annalist.doc.Attr(List.of(InlineStyler.NOTE_NUMBER_CLASS),
                            java.util.Map.of("note", Integer.toString(k + 1))), List.of(new Inline.Text(mark))));
                }
                c.addAll(p.content());
                noteLines.addAll(setLines(c, ns, t.columnWidth(), false, pitch));
                first = false;
            }
            // the line that holds this note's own mark, found by the mark's name, not by its look: an author's ① is text
            int at = from;
            while (at < out.size() && !out.get(at).frame().holdsRun(InlineStyler.NOTE_REF + (k + 1))) at++;
            if (at == out.size()) {
                warnings.add(Texts.get("typeset.noteMarkMissing", mark));
                at = out.size() - 1;
            }
            Line l = out.get(at);
            List<Line> notes = new ArrayList<>(l.notes());
            notes.addAll(noteLines);
            out.set(at, new Line(l.frame(), l.gridSteps(), l.marks(), notes));
            from = at;
        }
        return out;
    }

    /** Footnote line pitch relative to the note size. */
    private static final double NOTE_PITCH = 1.4;

    private static void collectNotes(List<Inline> content, List<List<Block>> out) {
        Inlines.walk(content, in -> {
            if (in instanceof Inline.Note n) out.add(n.content());
        });
    }

    /**
     * Body paragraphs are independent of each other: compose them all first, on every core, each thread
     * with its own composer (composers keep buffers); the sequential pass then only assembles lines.
     */
    /**
     * Composes the body paragraphs ahead on all cores, a batch of {@link #BATCH} blocks at a time; after each
     * batch {@code done} is told how many of the document's blocks are behind.
     */
    private void precompose(Document doc, java.util.function.IntConsumer done) {
        List<Block> blocks = doc.blocks();
        BlockStyle body = t.body();
        ThreadLocal<ParagraphComposer> composers = ThreadLocal.withInitial(() -> new ParagraphComposer(fonts));
        for (int from = 0; from < blocks.size(); from += BATCH) {
            int to = Math.min(blocks.size(), from + BATCH);
            List<List<Inline>> jobs = new ArrayList<>();
            for (Block b : blocks.subList(from, to)) {
                if (b instanceof Block.Paragraph p && special(p) == null) jobs.add(p.content());
            }
            ComposedParagraph[] results = new ComposedParagraph[jobs.size()];
            java.util.stream.IntStream.range(0, jobs.size()).parallel()
                    .forEach(i -> results[i] = compose(composers.get(), jobs.get(i), body, t.columnWidth(), t.linePitch()));
            for (int i = 0; i < results.length; i++) {
                if (results[i] != null) composed.put(jobs.get(i), results[i]);
            }
            done.accept(to);
        }
    }

    /** Compositions done ahead, by the identity of the paragraph's content list. */
    private final java.util.Map<List<Inline>, ComposedParagraph> composed = new java.util.IdentityHashMap<>();

    private ComposedParagraph compose(ParagraphComposer with, List<Inline> content, BlockStyle s, double measure, double pitch) {
        InlineStyler styler = new InlineStyler(s.size());
        List<StyledRun> runs = styler.style(restyle(content, s));
        if (runs.isEmpty()) return null;
        ParagraphStyle ps = ParagraphStyle.body((int) Math.max(1, Math.floor(measure / s.size())), s.size())
                .withMeasure(measure)
                .withIndent(s.indent().toPoints(s.size(), pitch) / s.size())
                .withPunctuation(punctuation())
                .withProhibition(prohibition())
                .withLinePitch(pitch);
        return with.compose(runs, ps);
    }

    /**
     * Composes content in a style at a measure; centred/right styles are set ragged at their natural width
     * and placed. Index terms become marks on the line where their text starts.
     */
    List<Line> setLines(List<Inline> content, BlockStyle s, double measure, boolean display) {
        return setLines(content, s, measure, display, t.linePitch());
    }

    List<Line> setLines(List<Inline> content, BlockStyle s, double measure, boolean display, double pitch) {
        ComposedParagraph cp = s == t.body() && measure == t.columnWidth() && pitch == t.linePitch() ? composed.remove(content) : null;
        if (cp == null) cp = compose(composer, content, s, measure, pitch);
        if (cp == null) return List.of();
        for (String w : cp.warnings()) warnings.add(w);
        List<List<Mark>> marks = termMarks(content, cp);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < cp.lines().size(); i++) {
            ComposedLine l = cp.lines().get(i);
            if (l.overfull()) overfull++;
            Frame f = l.frame();
            if (display && s.align() != BlockStyle.Align.JUSTIFY && s.align() != BlockStyle.Align.LEFT) {
                double shift = s.align() == BlockStyle.Align.CENTER ? (measure - l.naturalWidth()) / 2 : measure - l.naturalWidth();
                f = new Frame("line", measure, f.height(), f.baseline(), List.of(new Positioned(Math.max(0, shift), 0, f)));
            }
            int steps = Math.max(1, (int) Math.round(f.height() / t.linePitch()));
            lines.add(new Line(f, steps, marks == null ? List.of() : marks.get(i)));
        }
        return lines;
    }

    /** A heading or display style sets its text in the style's role: wrap it so the styler uses it. */
    private static List<Inline> restyle(List<Inline> content, BlockStyle s) {
        return switch (s.font()) {
            case HEI -> List.of(new Inline.Strong(content));
            case KAI -> List.of(new Inline.Emph(content));
            default -> content;
        };
    }

    /** An index term: the heading it is indexed under and the editor's reading (or null). */
    private record Term(String entry, String reading, String key) {
    }

    /**
     * For each line of the paragraph, the index terms whose text starts on it: the first line that sets a run of the
     * term ({@code index:N}, named by the styler), never a search for the term's words, which may stand earlier in the
     * paragraph too. Null when the paragraph marks none, which is almost always — then nothing is built.
     */
    private static List<List<Mark>> termMarks(List<Inline> content, ComposedParagraph cp) {
        List<Term> terms = new ArrayList<>();
        Inlines.walk(content, in -> {
            if (in instanceof Inline.IndexTerm it) {
                terms.add(new Term(it.entry() != null ? it.entry() : Inlines.plainText(it.content()), it.reading(), it.key()));
            }
        });
        if (terms.isEmpty()) return null;
        List<List<Mark>> marks = new ArrayList<>();
        for (int i = 0; i < cp.lines().size(); i++) marks.add(new ArrayList<>());
        int line = 0;
        for (int n = 0; n < terms.size(); n++) {
            String ref = InlineStyler.INDEX_REF + (n + 1);
            int at = line;
            while (at < cp.lines().size() && !cp.lines().get(at).frame().holdsRun(ref)) at++;
            if (at == cp.lines().size()) continue; // a term with no visible text sets nothing to point at
            Term term = terms.get(n);
            String reading = term.reading() == null || term.reading().isBlank() ? null : term.reading();
            marks.get(at).add(Mark.indexTerm(term.entry(), reading, term.key()));
            line = at;
        }
        return marks;
    }

    private int steps(double points) {
        return (int) Math.round(points / t.linePitch());
    }

    PunctuationStyle punctuation() {
        return switch (t.punctuation()) {
            case "开明" -> PunctuationStyle.KAIMING;
            case "行末半角" -> PunctuationStyle.HANGMOBANJIAO;
            case "半角" -> PunctuationStyle.BANJIAO;
            default -> PunctuationStyle.QUANJIAO;
        };
    }

    ProhibitionLevel prohibition() {
        return switch (t.prohibition()) {
            case "基本" -> ProhibitionLevel.BASIC;
            case "严格" -> ProhibitionLevel.STRICT;
            default -> ProhibitionLevel.GB;
        };
    }
}
