package org.annalist.typeset.page;

import org.annalist.i18n.Texts;
import org.annalist.doc.Block;
import org.annalist.doc.Inlines;
import org.annalist.typeset.flow.Line;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;
import org.annalist.typeset.style.BlockStyle;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a table as a 三线表 (the usual form in Chinese yearbooks: a thick rule above, a thin one under the
 * header, a thick one below): one column wide when it fits, with column widths from the cells' natural
 * widths; otherwise across the text block as a float at the top of a page (when it is shorter than a page);
 * the 表格 size reduced step by step (down to {@link #MIN_SIZE}) when it is wider still. Each row is one grid
 * line; the header rows repeat when a column-wide table continues in the next column.
 */
final class TableSetter {
    static final double MIN_SIZE = 6.5;
    private static final double THICK = 0.75;
    private static final double THIN = 0.4;

    private final Template t;
    private final FontBook fonts;
    private final List<String> warnings;

    TableSetter(Template t, FontBook fonts, List<String> warnings) {
        this.t = t;
        this.fonts = fonts;
        this.warnings = warnings;
    }

    void set(Block.Table table, List<org.annalist.typeset.flow.Block> out) {
        BlockStyle s = t.style("表格");
        int cols = table.columns().size();
        if (cols == 0 || table.rows().isEmpty()) return;
        double size = s.size();
        boolean[][] covered = coveredGrid(table);
        double[] natural = naturalWidths(table, covered, cols, size);
        double total = sum(natural);
        // too wide for a column at the table size: across the text block, at the top of a page, if it fits one
        boolean spanning = t.columns() > 1 && total > t.columnWidth()
                && table.rows().size() + 2 < t.linesPerColumn() - 4;
        double measure = spanning ? t.textWidth() : t.columnWidth();
        while (total > measure && size > MIN_SIZE) {
            size = Math.max(MIN_SIZE, size - 0.5);
            natural = naturalWidths(table, covered, cols, size);
            total = sum(natural);
        }
        String caption = Inlines.plainText(table.caption()).strip();
        if (total > measure) {
            warnings.add(caption.isEmpty() ? Texts.get("typeset.table.squeezed", size) : Texts.get("typeset.table.squeezedNamed", caption, size));
        } else if (size < s.size()) {
            warnings.add(caption.isEmpty() ? Texts.get("typeset.table.smaller", size) : Texts.get("typeset.table.smallerNamed", caption, size));
        }
        double scale = measure / total; // spread the spare width (or squeeze) in proportion
        double[] widths = new double[cols];
        for (int c = 0; c < cols; c++) widths[c] = natural[c] * scale;

        List<Line> header = new ArrayList<>();
        List<Line> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean isHeader = r < table.headerRows();
            boolean top = r == 0;
            boolean underHeader = r == table.headerRows() - 1;
            boolean bottom = r == table.rows().size() - 1;
            Line row = row(table, covered, r, widths, size, measure, top, underHeader, bottom);
            (isHeader ? header : rows).add(row);
        }
        List<Line> lead = new ArrayList<>();
        if (!caption.isEmpty()) {
            BlockStyle cs = t.style("表题");
            Frame cap = SimpleLine.set(fonts, cs.font(), cs.size(), 0, caption, t.linePitch());
            lead.add(Line.of(new Frame("line", measure, t.linePitch(), cap.baseline(),
                    List.of(new Positioned(Math.max(0, (measure - cap.width()) / 2), 0, cap)))));
        }
        lead.addAll(header);
        if (spanning) {
            List<Line> all = new ArrayList<>(lead);
            all.addAll(rows);
            out.add(new org.annalist.typeset.flow.Block.Float(all, 1));
            return;
        }
        if (rows.isEmpty()) {
            out.add(org.annalist.typeset.flow.Block.Lines.unbreakable(lead));
        } else {
            out.add(new org.annalist.typeset.flow.Block.Heading(lead, 2, 0, 0));
            out.add(org.annalist.typeset.flow.Block.Lines.table(header, rows));
        }
        out.add(new org.annalist.typeset.flow.Block.Space(1)); // the text resumes a line below the bottom rule
    }

    private Line row(Block.Table table, boolean[][] covered, int r, double[] widths, double size, double measure,
                     boolean top, boolean underHeader, boolean bottom) {
        double pitch = t.linePitch();
        List<Positioned> items = new ArrayList<>();
        double x = 0;
        int col = 0;
        double baseline = 0;
        for (Block.Cell cell : table.rows().get(r).cells()) {
            while (col < widths.length && covered[r][col]) x += widths[col++];
            if (col >= widths.length) break;
            double w = 0;
            for (int k = 0; k < cell.colSpan() && col + k < widths.length; k++) w += widths[col + k];
            Frame text = SimpleLine.set(fonts, t.style("表格").font(), size, 0, Inlines.plainText(cell.content()).strip(), pitch);
            baseline = text.baseline();
            double dx = switch (alignOf(table, col, r < table.headerRows())) {
                case LEFT -> size / 2;
                case RIGHT -> w - text.width() - size / 2;
                default -> (w - text.width()) / 2;
            };
            items.add(new Positioned(x + Math.max(0, dx), 0, text));
            x += w;
            col += cell.colSpan();
        }
        if (top) items.add(new Positioned(0, 0, new Rule(measure, 0, THICK)));
        if (underHeader) items.add(new Positioned(0, pitch, new Rule(measure, 0, THIN)));
        if (bottom) items.add(new Positioned(0, pitch, new Rule(measure, 0, THICK)));
        return Line.of(new Frame("line", measure, pitch, baseline, items));
    }

    private static Block.Align alignOf(Block.Table table, int col, boolean header) {
        if (header) return Block.Align.CENTER;
        Block.Align a = table.columns().get(col);
        return a == Block.Align.DEFAULT ? Block.Align.CENTER : a;
    }

    /**
     * For each row, the grid columns taken by row-spanning cells of earlier rows (a cell covered by a span
     * is not listed in its row, as in HTML), computed once per table.
     */
    private static boolean[][] coveredGrid(Block.Table table) {
        int rows = table.rows().size();
        int cols = table.columns().size();
        boolean[][] covered = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (Block.Cell cell : table.rows().get(r).cells()) {
                while (c < cols && covered[r][c]) c++;
                if (c >= cols) break;
                for (int dr = 1; dr < cell.rowSpan() && r + dr < rows; dr++) {
                    for (int dc = 0; dc < cell.colSpan() && c + dc < cols; dc++) covered[r + dr][c + dc] = true;
                }
                c += cell.colSpan();
            }
        }
        return covered;
    }

    private double[] naturalWidths(Block.Table table, boolean[][] covered, int cols, double size) {
        double[] w = new double[cols];
        java.util.Arrays.fill(w, 2 * size);
        for (int r = 0; r < table.rows().size(); r++) {
            int col = 0;
            for (Block.Cell cell : table.rows().get(r).cells()) {
                while (col < cols && covered[r][col]) col++;
                if (col >= cols) break;
                if (cell.colSpan() == 1) {
                    double text = SimpleLine.set(fonts, t.style("表格").font(), size, 0,
                            Inlines.plainText(cell.content()).strip(), size).width();
                    w[col] = Math.max(w[col], text + size); // half a character of padding on each side
                }
                col += cell.colSpan();
            }
        }
        return w;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }
}
