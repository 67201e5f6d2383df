package org.annalist.typeset.flow;

import java.util.List;

/** What the flow places, in reading order. */
public sealed interface Block {

    /**
     * Body lines that may be split across columns, leaving at least {@code orphans} lines before the
     * break and {@code widows} after it (R13). A table or a figure is a Lines block with both equal to its
     * size (never split) or split rules of its own.
     */
    record Lines(List<Line> lines, int orphans, int widows, List<Line> header) implements Block {
        public Lines {
            lines = List.copyOf(lines);
            header = List.copyOf(header);
        }

        public Lines(List<Line> lines, int orphans, int widows) {
            this(lines, orphans, widows, List.of());
        }

        public static Lines paragraph(List<Line> lines) {
            return new Lines(lines, 2, 2);
        }

        public static Lines unbreakable(List<Line> lines) {
            return new Lines(lines, lines.size(), lines.size());
        }

        /**
         * A table: its rows after the header; when it continues in another column or page, the
         * {@code header} rows are repeated there first. At least two rows stay together at a break.
         */
        public static Lines table(List<Line> header, List<Line> rows) {
            return new Lines(rows, Math.min(2, rows.size()), Math.min(2, rows.size()), header);
        }

        public int steps() {
            return lines.stream().mapToInt(Line::gridSteps).sum();
        }
    }

    /**
     * A heading inside a column (分目, 子目, 篇名 in a single-column book): never split, and kept in the
     * same column as at least {@code keepWith} lines of what follows (R17). {@code before}/{@code after}
     * are blank grid steps, dropped at a column's top.
     */
    record Heading(List<Line> lines, int keepWith, int before, int after) implements Block {
        public Heading {
            lines = List.copyOf(lines);
        }

        public int steps() {
            return lines.stream().mapToInt(Line::gridSteps).sum();
        }
    }

    /**
     * A title across all columns at the top of a page (类目): it starts a new page (an odd one when
     * {@code oddPage}), takes {@code steps} grid steps of every column, and ends the previous section,
     * whose last page gets balanced columns (R18). Its lines are as wide as the text block.
     */
    record Opening(List<Line> lines, int before, int after, boolean oddPage) implements Block {
        public Opening {
            lines = List.copyOf(lines);
        }

        public int steps() {
            return before + lines.stream().mapToInt(Line::gridSteps).sum() + after;
        }
    }

    /** Where a float goes: the top or the bottom of a column (or of the page, for a {@link Float}). */
    enum Place { TOP, BOTTOM }

    /**
     * Something as wide as the text block (a table or picture too wide for a column): at {@link Place#TOP}
     * it floats to the top of the next page — or of this page while its columns are still empty — spanning
     * all columns, and the text goes on in the columns meanwhile; at {@link Place#BOTTOM} it takes the foot
     * of this page when met in the first column with room left, else of the next page. {@code after} blank
     * grid steps separate it from the text.
     */
    record Float(List<Line> lines, int after, Place place) implements Block {
        public Float {
            lines = List.copyOf(lines);
        }

        public Float(List<Line> lines, int after) {
            this(lines, after, Place.TOP);
        }

        public int steps() {
            return lines.stream().mapToInt(Line::gridSteps).sum() + after;
        }
    }

    /**
     * A picture with its caption asked for at the top or bottom of a column: at the top of the current
     * column while no text stands in it yet, else of the next column; at the foot of the current column
     * (above its footnotes) while there is room, else of the next one. The text goes on meanwhile.
     * {@code gap} blank grid steps separate it from the text.
     */
    record ColumnFloat(List<Line> lines, int gap, Place place) implements Block {
        public ColumnFloat {
            lines = List.copyOf(lines);
        }

        public int steps() {
            return lines.stream().mapToInt(Line::gridSteps).sum() + gap;
        }
    }

    /** Vertical space of whole grid steps between blocks; dropped at the top of a column. */
    record Space(int steps) implements Block {
    }
}
