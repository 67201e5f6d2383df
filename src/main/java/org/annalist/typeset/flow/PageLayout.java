package org.annalist.typeset.flow;

import java.util.List;

/**
 * One page as the flow filled it: the opening lines across the columns (empty unless a 类目 starts here),
 * the lines of floats spanning the columns under it (wide tables, pictures),
 * then each column's lines with their grid slot (pictures placed at a column's top or foot among them, in
 * reading order), each column's footnote lines (set at the foot of its column, above {@code foot}), and
 * the lines of floats spanning the columns at the page foot. {@code columnsEnd}: the grid slot where the
 * columns and their footnotes end: the lines per column, or the first slot of the page-foot floats' gap.
 * {@code blank} pages are inserted to start a section on an odd page.
 */
public record PageLayout(int index, List<Placed> opening, List<Placed> spanning, List<List<Placed>> columns,
                         List<List<Line>> notes, boolean blank, List<Placed> foot, int columnsEnd) {

    /** A line at grid slot {@code slot} (0 = the first line of the text block). */
    public record Placed(Line line, int slot) {
    }

    public boolean isOpeningPage() {
        return !opening.isEmpty();
    }

    public int lineCount() {
        return columns.stream().mapToInt(List::size).sum();
    }
}
