package org.annalist.typeset.flow;

import org.annalist.typeset.flow.Block.Heading;
import org.annalist.typeset.flow.Block.Lines;
import org.annalist.typeset.flow.Block.Opening;
import org.annalist.typeset.flow.Block.Space;
import org.annalist.typeset.flow.PageLayout.Placed;

import java.util.ArrayList;
import java.util.List;

/**
 * Pours blocks into pages of {@code columns} columns of {@code linesPerColumn} grid lines. Sections are
 * the runs of blocks between {@link Opening}s; an opening starts a new page (an odd one if asked), and the
 * last page of every section gets balanced columns (R18).
 */
public final class ColumnFlow {
    private final int columns;
    private final int linesPerColumn;
    private final int firstFolio;
    private final double linePitch;
    private final List<String> warnings = new ArrayList<>();

    /** Space between the text and the footnotes (the short rule sits in it), in line pitches. */
    static final double NOTE_SEPARATION = 0.5;

    /** A page under construction. */
    private static final class PageBuilder {
        final List<Placed> opening = new ArrayList<>();
        final List<Placed> spanning = new ArrayList<>();
        final List<List<Placed>> cols = new ArrayList<>();
        final List<List<Line>> notes = new ArrayList<>();
        final boolean blank;
        int top; // grid slots taken by the opening

        PageBuilder(int columns, boolean blank) {
            for (int i = 0; i < columns; i++) {
                cols.add(new ArrayList<>());
                notes.add(new ArrayList<>());
            }
            this.blank = blank;
        }

        boolean isEmpty() {
            return opening.isEmpty() && cols.stream().allMatch(List::isEmpty);
        }
    }

    /** Where the filler stands in a section's blocks: block index and, for Lines, the next line. */
    private record Cursor(int block, int line) {
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
            out.add(new PageLayout(i, List.copyOf(p.opening), List.copyOf(p.spanning), p.cols.stream().map(List::copyOf).toList(),
                    p.notes.stream().map(List::copyOf).toList(), p.blank));
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
        Cursor cursor = new Cursor(0, 0);
        int pageStartIndex = pages.size() - 1;
        Cursor pageStart = cursor;
        pendingFloats.clear();
        while (true) {
            cursor = fillPage(page, blocks, cursor, linesPerColumn);
            if (cursor.block() >= blocks.size() && pendingFloats.isEmpty()) break;
            page = new PageBuilder(columns, false);
            pages.add(page);
            placeFloats(page);
            pageStart = cursor;
            pageStartIndex = pages.size() - 1;
        }
        if (pendingFloats.isEmpty()) balance(pages.get(pageStartIndex), blocks, pageStart);
    }

    /** Floats met while a page was being filled, waiting for the top of the next page. */
    private final List<Block.Float> pendingFloats = new ArrayList<>();

    /** Puts waiting floats at the top of a fresh page (under its opening), as many as leave room for text. */
    private void placeFloats(PageBuilder page) {
        while (!pendingFloats.isEmpty()) {
            Block.Float f = pendingFloats.get(0);
            boolean first = page.spanning.isEmpty();
            if (!first && page.top + f.steps() > linesPerColumn - 4) break; // leave room for text
            int slot = page.top;
            for (Line l : f.lines()) {
                page.spanning.add(new Placed(l, slot));
                slot += l.gridSteps();
            }
            page.top = Math.min(slot + f.after(), linesPerColumn - 1);
            pendingFloats.remove(0);
            if (slot > linesPerColumn) warnings.add("通栏表格或图片高于一页，超出版心");
        }
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
        int total = page.cols.stream().mapToInt(c -> c.isEmpty() ? 0 : slotsUsed(c) - page.top).sum();
        if (total == 0) return;
        int lowest = (total + columns - 1) / columns;
        for (int h = lowest; h < used; h++) {
            PageBuilder trial = new PageBuilder(columns, false);
            trial.opening.addAll(page.opening);
            trial.spanning.addAll(page.spanning);
            trial.top = page.top;
            Cursor end = fillPage(trial, blocks, start, page.top + h, true);
            if (end.block() >= blocks.size()) {
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

    private Cursor fillPage(PageBuilder page, List<Block> blocks, Cursor cursor, int capacity) {
        return fillPage(page, blocks, cursor, capacity, false);
    }

    /**
     * Fills the page's columns from {@code cursor} with columns {@code capacity} slots deep; returns where
     * it stopped. {@code trial}: balancing attempts do not record warnings.
     */
    private Cursor fillPage(PageBuilder page, List<Block> blocks, Cursor cursor, int capacity, boolean trial) {
        int b = cursor.block();
        int lineOff = cursor.line();
        for (int c = 0; c < columns && b < blocks.size(); c++) {
            List<Placed> col = page.cols.get(c);
            List<Line> notes = page.notes.get(c);
            double[] notesHeight = {0};
            int slot = page.top;
            while (b < blocks.size()) {
                Block block = blocks.get(b);
                boolean columnTop = col.isEmpty();
                int room = capacity - slot - reserved(notesHeight[0]);
                if (block instanceof Block.Float f) {
                    if (!trial) {
                        boolean pageEmpty = page.cols.stream().allMatch(List::isEmpty);
                        pendingFloats.add(f);
                        if (pageEmpty) {
                            placeFloats(page);
                            slot = page.top;
                        }
                    }
                    b++;
                    continue;
                }
                if (block instanceof Space s) {
                    if (!columnTop) slot += Math.min(s.steps(), room);
                    b++;
                    continue;
                }
                if (block instanceof Heading h) {
                    int before = columnTop ? 0 : h.before();
                    int need = before + need(blocks, b);
                    if (need > room && !columnTop) break; // to the next column, with what follows (R17)
                    if (need > room && trial) return new Cursor(b, lineOff); // a balanced height must keep R17
                    if (need > room && !trial) warnings.add("标题“" + text(h.lines()) + "”与后文无法排在同一栏");
                    slot += before;
                    for (Line l : h.lines()) {
                        col.add(new Placed(l, slot));
                        slot += l.gridSteps();
                    }
                    slot += Math.min(h.after(), Math.max(0, capacity - slot));
                    b++;
                    continue;
                }
                if (block instanceof Lines ls) {
                    List<Line> lines = ls.lines();
                    if (lineOff > 0 && columnTop && !ls.header().isEmpty()) {
                        for (Line l : ls.header()) { // a continued table repeats its header rows
                            col.add(new Placed(l, slot));
                            slot += l.gridSteps();
                        }
                        room = capacity - slot;
                    }
                    int n = lines.size() - lineOff;
                    int fit = 0;
                    int steps = 0;
                    double withNotes = notesHeight[0];
                    int roomNoNotes = capacity - slot;
                    while (fit < n) {
                        Line l = lines.get(lineOff + fit);
                        double h = withNotes + l.notesHeight();
                        if (steps + l.gridSteps() + reserved(h) > roomNoNotes) break; // the line and its notes (R: 脚注同页)
                        steps += l.gridSteps();
                        withNotes = h;
                        fit++;
                    }
                    int k = fit;
                    if (k < n) {
                        if (n - k < ls.widows()) k = n - ls.widows(); // R13: no widow at the next column's top
                        if (lineOff == 0 && k < ls.orphans()) k = 0;  // R13: no orphan at this column's foot
                        if (k < 0) k = 0;
                        if (k == 0 && columnTop && trial) return new Cursor(b, lineOff); // likewise R13
                        if (k == 0 && columnTop) {
                            k = Math.max(1, fit); // a block taller than a column: split where it must
                            if (!trial) warnings.add("“" + text(lines.subList(lineOff, lineOff + 1)) + "……”所在段落无法满足孤行规则");
                        }
                    }
                    for (int i = 0; i < k; i++) {
                        Line l = lines.get(lineOff + i);
                        col.add(new Placed(l, slot));
                        slot += l.gridSteps();
                        notes.addAll(l.notes());
                        notesHeight[0] += l.notesHeight();
                    }
                    if (k == n) {
                        b++;
                        lineOff = 0;
                        continue;
                    }
                    lineOff += k;
                    break;
                }
                throw new IllegalStateException("opening inside a section");
            }
        }
        return new Cursor(b, lineOff);
    }

    /** Grid lines taken at a column's foot by footnotes of {@code height} points (and their separation). */
    private int reserved(double height) {
        if (height <= 0 || linePitch <= 0) return 0;
        return (int) Math.ceil(height / linePitch + NOTE_SEPARATION - 1e-9);
    }

    /** Slots a heading needs with what it must keep with: following headings and the first text lines. */
    private static int need(List<Block> blocks, int i) {
        Heading h = (Heading) blocks.get(i);
        int own = h.steps() + h.after();
        if (i + 1 >= blocks.size() || h.keepWith() == 0) return own;
        Block next = blocks.get(i + 1);
        if (next instanceof Heading) return own + ((Heading) next).before() + need(blocks, i + 1);
        if (next instanceof Lines ls) {
            int k = Math.min(h.keepWith(), ls.lines().size());
            int steps = 0;
            for (int j = 0; j < k; j++) steps += ls.lines().get(j).gridSteps();
            return own + steps;
        }
        return own;
    }

    private static String text(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.frame().text());
        String s = sb.toString();
        return s.length() > 16 ? s.substring(0, 16) : s;
    }
}
