package org.annalist.typeset.flow;

import org.annalist.i18n.Texts;
import org.annalist.typeset.flow.Block.ColumnFloat;
import org.annalist.typeset.flow.Block.Heading;
import org.annalist.typeset.flow.Block.Lines;
import org.annalist.typeset.flow.Block.Opening;
import org.annalist.typeset.flow.Block.Place;
import org.annalist.typeset.flow.Block.Space;
import org.annalist.typeset.flow.PageLayout.Placed;

import java.util.ArrayList;
import java.util.List;

/**
 * Pours blocks into pages of {@code columns} columns of {@code linesPerColumn} grid lines. Sections are
 * the runs of blocks between {@link Opening}s; an opening starts a new page (an odd one if asked), and the
 * last page of every section gets balanced columns (R18). Floats across the columns wait for a page top or
 * foot, pictures asked for at a column's top or foot for a column ({@link ColumnFill}).
 */
public final class ColumnFlow {
    private final int columns;
    private final int linesPerColumn;
    private final int firstFolio;
    private final double linePitch;
    private final List<String> warnings = new ArrayList<>();

    /** Space between the text and the footnotes (the short rule sits in it), in line pitches. */
    static final double NOTE_SEPARATION = 0.5;
    /** Grid lines that floats leave for text on a page. */
    private static final int TEXT_LEFT = 4;

    /** A page under construction. */
    static final class PageBuilder {
        final List<Placed> opening = new ArrayList<>();
        final List<Placed> spanning = new ArrayList<>();
        final List<Block.Float> foot = new ArrayList<>();
        final List<List<Placed>> cols = new ArrayList<>();
        final List<List<Line>> notes = new ArrayList<>();
        final boolean blank;
        int top; // grid slots taken by the opening and the floats at the page top
        int footSteps; // grid slots taken by the floats at the page foot, with their gaps

        PageBuilder(int columns, boolean blank) {
            for (int i = 0; i < columns; i++) {
                cols.add(new ArrayList<>());
                notes.add(new ArrayList<>());
            }
            this.blank = blank;
        }
    }

    /**
     * Where the filler stands in a section's blocks: block index, for Lines the next line, and the pictures
     * waiting for the next column's top or foot.
     */
    record Cursor(int block, int line, List<ColumnFloat> waiting) {
        Cursor {
            waiting = List.copyOf(waiting);
        }
    }

    public ColumnFlow(int columns, int linesPerColumn, int firstFolio) {
        this(columns, linesPerColumn, firstFolio, 0);
    }

    /** {@code linePitch} (points) converts footnote heights into grid lines; 0 when there are no notes. */
    public ColumnFlow(int columns, int linesPerColumn, int firstFolio, double linePitch) {
        if (columns < 1 || linesPerColumn < 4) throw new IllegalArgumentException("grid " + columns + "x" + linesPerColumn);
        this.columns = columns;
        this.linesPerColumn = linesPerColumn;
        this.firstFolio = firstFolio;
        this.linePitch = linePitch;
    }

    /** Warnings in Chinese: headings or lines that could not keep the rules, overfull columns. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<PageLayout> flow(List<Block> blocks) {
        return flow(blocks, n -> {
        });
    }

    /** Told the number of pages begun each time a page is begun, for progress (a report may throw to stop the flow). */
    private java.util.function.IntConsumer pageBegun = n -> {
    };

    /** As {@link #flow(List)}, telling {@code pagesBegun} how many pages there are each time one is begun. */
    public List<PageLayout> flow(List<Block> blocks, java.util.function.IntConsumer pagesBegun) {
        this.pageBegun = pagesBegun;
        List<PageBuilder> pages = new ArrayList<>();
        List<Block> section = new ArrayList<>();
        Opening opening = null;
        for (Block b : blocks) {
            if (b instanceof Opening o) {
                if (opening != null || !section.isEmpty()) flowSection(pages, opening, section);
                opening = o;
                section = new ArrayList<>();
            } else {
                section.add(b);
            }
        }
        if (opening != null || !section.isEmpty()) flowSection(pages, opening, section);
        List<PageLayout> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageBuilder p = pages.get(i);
            List<Placed> foot = new ArrayList<>();
            int slot = linesPerColumn - p.footSteps;
            for (Block.Float f : p.foot) {
                slot += f.after(); // the gap stands between the columns and the float
                for (Line l : f.lines()) {
                    foot.add(new Placed(l, slot));
                    slot += l.gridSteps();
                }
            }
            out.add(new PageLayout(i, List.copyOf(p.opening), List.copyOf(p.spanning), p.cols.stream().map(List::copyOf).toList(),
                    p.notes.stream().map(List::copyOf).toList(), p.blank, foot, linesPerColumn - p.footSteps));
        }
        return out;
    }

    private void flowSection(List<PageBuilder> pages, Opening opening, List<Block> blocks) {
        PageBuilder page;
        if (opening != null || pages.isEmpty()) {
            if (opening != null && opening.oddPage() && (firstFolio + pages.size()) % 2 == 0) {
                pages.add(new PageBuilder(columns, true)); // a blank verso so the section opens on a recto
            }
            page = new PageBuilder(columns, false);
            pages.add(page);
            if (opening != null) placeOpening(page, opening);
        } else {
            page = pages.get(pages.size() - 1);
        }
        Cursor cursor = new Cursor(0, 0, List.of());
        int pageStartIndex = pages.size() - 1;
        Cursor pageStart = cursor;
        pendingFloats.clear();
        pendingFoot.clear();
        while (true) {
            cursor = fillPage(page, blocks, cursor, linesPerColumn, false);
            if (done(blocks, cursor) && pendingFloats.isEmpty() && pendingFoot.isEmpty()) break;
            page = new PageBuilder(columns, false);
            pages.add(page);
            pageBegun.accept(pages.size());
            placeFloats(page);
            placeFootFloats(page);
            pageStart = cursor;
            pageStartIndex = pages.size() - 1;
        }
        if (pendingFloats.isEmpty()) balance(pages.get(pageStartIndex), blocks, pageStart);
    }

    private static boolean done(List<Block> blocks, Cursor c) {
        return c.block() >= blocks.size() && c.waiting().isEmpty();
    }

    /** Floats met while a page was being filled, waiting for the top of the next page. */
    private final List<Block.Float> pendingFloats = new ArrayList<>();
    /** Floats waiting for the foot of the next page. */
    private final List<Block.Float> pendingFoot = new ArrayList<>();

    /** Puts waiting floats at the top of a fresh page (under its opening), as many as leave room for text. */
    private void placeFloats(PageBuilder page) {
        while (!pendingFloats.isEmpty()) {
            Block.Float f = pendingFloats.get(0);
            boolean first = page.spanning.isEmpty() && page.foot.isEmpty();
            if (!first && page.top + f.steps() + page.footSteps > linesPerColumn - TEXT_LEFT) break; // leave room for text
            int slot = page.top;
            for (Line l : f.lines()) {
                page.spanning.add(new Placed(l, slot));
                slot += l.gridSteps();
            }
            page.top = Math.min(slot + f.after(), linesPerColumn - 1);
            pendingFloats.remove(0);
            if (slot > linesPerColumn) warnings.add(Texts.get("typeset.flow.spanTall"));
        }
    }

    /** Puts floats waiting for a page foot at the foot of a fresh page, as many as leave room for text. */
    private void placeFootFloats(PageBuilder page) {
        while (!pendingFoot.isEmpty()) {
            Block.Float f = pendingFoot.get(0);
            boolean first = page.spanning.isEmpty() && page.foot.isEmpty();
            if (!first && page.top + page.footSteps + f.steps() > linesPerColumn - TEXT_LEFT) break;
            takeFoot(page, f);
            pendingFoot.remove(0);
        }
    }

    private void takeFoot(PageBuilder page, Block.Float f) {
        page.foot.add(f);
        page.footSteps += f.steps();
        if (page.top + page.footSteps > linesPerColumn) warnings.add(Texts.get("typeset.flow.spanRest"));
    }

    /**
     * A float for the page foot met while filling column {@code c}: this page's foot when met in the first
     * column and the column still has room for it and the text above it, else the next page's.
     */
    boolean footFloat(PageBuilder page, Block.Float f, int c, int columnEnd) {
        boolean fits = c == 0 && columnEnd + f.steps() <= linesPerColumn - page.footSteps
                && page.top + page.footSteps + f.steps() <= linesPerColumn - TEXT_LEFT;
        if (fits) takeFoot(page, f);
        else pendingFoot.add(f);
        return fits;
    }

    /** A float for the page top met while filling: on this page if its columns are still empty. */
    void topFloat(PageBuilder page, Block.Float f) {
        pendingFloats.add(f);
        if (page.cols.stream().allMatch(List::isEmpty)) placeFloats(page);
    }

    private void placeOpening(PageBuilder page, Opening o) {
        int slot = o.before();
        for (Line l : o.lines()) {
            page.opening.add(new Placed(l, slot));
            slot += l.gridSteps();
        }
        page.top = Math.min(slot + o.after(), linesPerColumn - 2);
    }

    /** R18: the last page of a section gets the lowest column height that still holds its content. */
    private void balance(PageBuilder page, List<Block> blocks, Cursor start) {
        if (columns == 1 || page.blank) return;
        int used = page.cols.stream().mapToInt(c -> c.isEmpty() ? 0 : slotsUsed(c) - page.top).max().orElse(0);
        int total = page.cols.stream().flatMap(List::stream).mapToInt(p -> p.line().gridSteps()).sum();
        if (total == 0) return;
        int lowest = (total + columns - 1) / columns;
        for (int h = lowest; h < used; h++) {
            PageBuilder trial = new PageBuilder(columns, false);
            trial.opening.addAll(page.opening);
            trial.spanning.addAll(page.spanning);
            trial.foot.addAll(page.foot);
            trial.top = page.top;
            trial.footSteps = page.footSteps;
            Cursor end = fillPage(trial, blocks, start, page.top + h, true);
            if (done(blocks, end)) {
                for (int c = 0; c < columns; c++) {
                    page.cols.get(c).clear();
                    page.cols.get(c).addAll(trial.cols.get(c));
                    page.notes.get(c).clear();
                    page.notes.get(c).addAll(trial.notes.get(c));
                }
                return;
            }
        }
    }

    private static int slotsUsed(List<Placed> col) {
        Placed last = col.get(col.size() - 1);
        return last.slot() + last.line().gridSteps();
    }

    /**
     * Fills the page's columns from {@code cursor} with columns {@code capacity} slots deep; returns where
     * it stopped. {@code trial}: balancing attempts do not record warnings, and skip the floats across the
     * columns (the real pass placed them already).
     */
    private Cursor fillPage(PageBuilder page, List<Block> blocks, Cursor cursor, int capacity, boolean trial) {
        ColumnFill fill = new ColumnFill(this, page, blocks, capacity, trial);
        return fill.fill(cursor);
    }

    int columns() {
        return columns;
    }

    int linesPerColumn() {
        return linesPerColumn;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** Grid lines taken at a column's foot by footnotes of {@code height} points (and their separation). */
    int reserved(double height) {
        if (height <= 0 || linePitch <= 0) return 0;
        return (int) Math.ceil(height / linePitch + NOTE_SEPARATION - 1e-9);
    }

    static String text(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.frame().text());
        String s = sb.toString();
        return s.length() > 16 ? s.substring(0, 16) : s;
    }

    static boolean isTop(ColumnFloat f) {
        return f.place() == Place.TOP;
    }
}
