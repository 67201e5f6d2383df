package org.annalist.typeset.flow;

import org.annalist.i18n.Texts;
import org.annalist.typeset.flow.Block.ColumnFloat;
import org.annalist.typeset.flow.Block.Heading;
import org.annalist.typeset.flow.Block.Lines;
import org.annalist.typeset.flow.Block.Place;
import org.annalist.typeset.flow.Block.Space;
import org.annalist.typeset.flow.ColumnFlow.Cursor;
import org.annalist.typeset.flow.ColumnFlow.PageBuilder;
import org.annalist.typeset.flow.PageLayout.Placed;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the columns of one page from a cursor: lines with widow/orphan control (R13), headings with their
 * text (R17), footnotes at the foot of the column that shows their marks, and pictures asked for at a
 * column's top or foot. Used for the real pass and for the balancing trials of {@link ColumnFlow}.
 */
final class ColumnFill {
    private final ColumnFlow flow;
    private final PageBuilder page;
    private final List<Block> blocks;
    private final int capacity;
    private final boolean trial;

    ColumnFill(ColumnFlow flow, PageBuilder page, List<Block> blocks, int capacity, boolean trial) {
        this.flow = flow;
        this.page = page;
        this.blocks = blocks;
        this.capacity = capacity;
        this.trial = trial;
    }

    /** One column being filled. */
    private final class Column {
        final List<Placed> lines;
        final List<Line> notes;
        final List<ColumnFloat> foot = new ArrayList<>();
        double notesHeight;
        int slot = page.top;
        int footSteps; // slots reserved for pictures at the foot
        boolean text; // text stands in the column: a picture for the top goes to the next one

        Column(int c) {
            lines = page.cols.get(c);
            notes = page.notes.get(c);
        }

        /** The last slot + 1 the column may use: its capacity less the floats at the page foot. */
        int end() {
            return Math.min(capacity, flow.linesPerColumn() - page.footSteps);
        }

        /** Slots left for text and its notes. */
        int room() {
            return end() - footSteps - slot - flow.reserved(notesHeight);
        }

        void add(Line l) {
            lines.add(new Placed(l, slot));
            slot += l.gridSteps();
        }

        /**
         * Places a picture at the column's top or reserves the column's foot for it; false when it must wait
         * for the next column. {@code fresh}: the picture waited, and this column has nothing yet.
         */
        boolean take(ColumnFloat f, boolean fresh) {
            boolean fits = f.steps() <= room() && !(f.place() == Place.TOP && text);
            // a picture taller than a whole column goes in anyway rather than wait for ever
            boolean force = !fits && fresh && lines.isEmpty() && page.top == 0 && page.footSteps == 0;
            if (!fits && !force) return false;
            if (force && !trial) flow.warn(Texts.get("typeset.flow.figureTall", ColumnFlow.text(f.lines())));
            if (f.place() == Place.TOP) {
                for (Line l : f.lines()) add(l);
                slot += f.gap();
            } else {
                foot.add(f);
                footSteps += f.steps();
            }
            return true;
        }

        /** Sets the pictures reserved for the foot right above the footnotes, after the text in reading order. */
        void finish() {
            if (foot.isEmpty()) return;
            int s = end() - flow.reserved(notesHeight) - footSteps;
            for (ColumnFloat f : foot) {
                s += f.gap();
                for (Line l : f.lines()) {
                    lines.add(new Placed(l, s));
                    s += l.gridSteps();
                }
            }
        }
    }

    Cursor fill(Cursor cursor) {
        int b = cursor.block();
        int lineOff = cursor.line();
        List<ColumnFloat> waiting = new ArrayList<>(cursor.waiting());
        for (int c = 0; c < flow.columns() && (b < blocks.size() || !waiting.isEmpty()); c++) {
            Column col = new Column(c);
            while (!waiting.isEmpty() && col.take(waiting.get(0), true)) waiting.remove(0);
            while (b < blocks.size()) {
                Block block = blocks.get(b);
                boolean columnTop = col.lines.isEmpty();
                int room = col.room();
                if (block instanceof Block.Float f) {
                    if (!trial && f.place() == Place.BOTTOM) flow.footFloat(page, f, c, col.slot + col.footSteps + flow.reserved(col.notesHeight));
                    else if (!trial) flow.topFloat(page, f);
                    if (columnTop && col.slot < page.top) col.slot = page.top;
                    b++;
                    continue;
                }
                if (block instanceof ColumnFloat f) {
                    if (!waiting.isEmpty() || !col.take(f, false)) waiting.add(f); // pictures keep their order
                    b++;
                    continue;
                }
                if (block instanceof Space s) {
                    if (col.text) col.slot += Math.max(0, Math.min(s.steps(), room));
                    b++;
                    continue;
                }
                if (block instanceof Heading h) {
                    int before = col.text ? h.before() : 0;
                    int need = before + need(blocks, b);
                    if (need > room && !columnTop) break; // to the next column, with what follows (R17)
                    if (need > room && trial) return new Cursor(b, lineOff, waiting); // a balanced height must keep R17
                    if (need > room) flow.warn(Texts.get("typeset.flow.headingAlone", ColumnFlow.text(h.lines())));
                    col.slot += before;
                    for (Line l : h.lines()) col.add(l);
                    col.slot += Math.min(h.after(), Math.max(0, col.end() - col.slot));
                    col.text = true;
                    b++;
                    continue;
                }
                if (block instanceof Lines ls) {
                    List<Line> lines = ls.lines();
                    if (lineOff > 0 && !col.text && !ls.header().isEmpty()) {
                        for (Line l : ls.header()) col.add(l); // a continued table repeats its header rows
                    }
                    int n = lines.size() - lineOff;
                    int fit = 0;
                    int steps = 0;
                    double withNotes = col.notesHeight;
                    int roomNoNotes = col.end() - col.footSteps - col.slot;
                    while (fit < n) {
                        Line l = lines.get(lineOff + fit);
                        double h = withNotes + l.notesHeight();
                        if (steps + l.gridSteps() + flow.reserved(h) > roomNoNotes) break; // the line and its notes (R: 脚注同页)
                        steps += l.gridSteps();
                        withNotes = h;
                        fit++;
                    }
                    int k = fit;
                    if (k < n) {
                        if (n - k < ls.widows()) k = n - ls.widows(); // R13: no widow at the next column's top
                        if (lineOff == 0 && k < ls.orphans()) k = 0;  // R13: no orphan at this column's foot
                        if (k < 0) k = 0;
                        if (k == 0 && columnTop && trial) return new Cursor(b, lineOff, waiting); // likewise R13
                        if (k == 0 && columnTop) {
                            k = Math.max(1, fit); // a block taller than a column: split where it must
                            flow.warn(Texts.get("typeset.flow.widow", ColumnFlow.text(lines.subList(lineOff, lineOff + 1))));
                        }
                    }
                    for (int i = 0; i < k; i++) {
                        Line l = lines.get(lineOff + i);
                        col.add(l);
                        col.notes.addAll(l.notes());
                        col.notesHeight += l.notesHeight();
                    }
                    if (k > 0) col.text = true;
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
            col.finish();
        }
        return new Cursor(b, lineOff, waiting);
    }

    /**
     * Slots a heading needs with what it must keep with: following headings and the first text lines; pictures
     * between them float away and are skipped.
     */
    private static int need(List<Block> blocks, int i) {
        Heading h = (Heading) blocks.get(i);
        int own = h.steps() + h.after();
        int j = i + 1;
        while (j < blocks.size() && (blocks.get(j) instanceof ColumnFloat || blocks.get(j) instanceof Block.Float)) j++;
        if (j >= blocks.size() || h.keepWith() == 0) return own;
        Block next = blocks.get(j);
        if (next instanceof Heading nh) return own + nh.before() + need(blocks, j);
        if (next instanceof Lines ls) {
            int k = Math.min(h.keepWith(), ls.lines().size());
            int steps = 0;
            for (int m = 0; m < k; m++) steps += ls.lines().get(m).gridSteps();
            return own + steps;
        }
        return own;
    }
}
