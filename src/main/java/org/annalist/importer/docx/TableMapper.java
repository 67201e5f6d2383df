package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.importer.docx.WordModel.Element;
import org.annalist.importer.docx.WordModel.Image;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.TCell;
import org.annalist.importer.docx.WordModel.TRow;
import org.annalist.importer.docx.WordModel.Tbl;

/**
 * Word tables → {@link Block.Table}. Word stores a horizontal merge as w:gridSpan on one cell and a vertical merge
 * as w:vMerge="restart" on the top cell and bare w:vMerge on the cells below; the tree wants HTML's form (the
 * top cell with rowSpan, covered cells left out), so cells are placed on the grid first and the covered ones
 * counted. Several paragraphs in a cell are joined with line breaks (the tree's cells hold inlines); a nested
 * table is flattened into text, because the typeset table cannot nest, and that is reported once for the table.
 *
 * <p>Header rows: the leading rows marked to repeat (w:tblHeader); when w:tblLook asks for the table style's
 * first-row formatting, the first row is a header too, as pandoc reads it: Word shows that row set apart.
 */
final class TableMapper {
    private final MapContext ctx;
    private final RunMapper runs;

    TableMapper(MapContext ctx, RunMapper runs) {
        this.ctx = ctx;
        this.runs = runs;
    }

    /** The table, or null when it has no rows; images found in cells are added to {@code images}. */
    Block.Table map(Tbl t, int near, List<Image> images) {
        List<TRow> rows = t.rows();
        if (rows.isEmpty()) return null;
        List<List<Integer>> starts = new ArrayList<>();
        int columns = 0;
        for (TRow r : rows) {
            List<Integer> s = new ArrayList<>();
            int col = 0;
            for (TCell c : r.cells()) {
                s.add(col);
                col += c.gridSpan();
            }
            starts.add(s);
            columns = Math.max(columns, col);
        }
        int header = t.firstRowLook() && rows.size() > 1 ? 1 : 0;
        while (header < rows.size() && rows.get(header).header()) header++;
        if (header == rows.size() && rows.size() > 1) header = 1; // every row marked: only the first is a header
        List<Block.Row> out = new ArrayList<>();
        for (int ri = 0; ri < rows.size(); ri++) {
            List<Block.Cell> cells = new ArrayList<>();
            List<TCell> rc = rows.get(ri).cells();
            for (int ci = 0; ci < rc.size(); ci++) {
                TCell c = rc.get(ci);
                if ("continue".equals(c.vMerge())) continue; // covered by the cell above
                int rowSpan = 1;
                if ("restart".equals(c.vMerge())) {
                    int start = starts.get(ri).get(ci);
                    for (int below = ri + 1; below < rows.size(); below++) {
                        int k = starts.get(below).indexOf(start);
                        if (k < 0 || !"continue".equals(rows.get(below).cells().get(k).vMerge())) break;
                        rowSpan++;
                    }
                }
                cells.add(new Block.Cell(content(c, near, images, 1), c.gridSpan(), rowSpan));
            }
            out.add(new Block.Row(cells));
        }
        // A header cell merged down into the rows below takes them into the header: the header is a band.
        for (int ri = 0; ri < header; ri++) {
            for (Block.Cell c : out.get(ri).cells()) header = Math.max(header, Math.min(rows.size(), ri + c.rowSpan()));
        }
        ctx.tables++;
        if (nestedCount > 0) {
            ctx.report.warning(near, Texts.get("report.table.nested", nestedCount, deepest));
            nestedCount = 0;
            deepest = 0;
        }
        List<Block.Align> aligns = aligns(rows, starts, header, Math.max(columns, 1));
        return new Block.Table(aligns, header, out, List.of());
    }

    /**
     * A column's alignment in a table of our Word output: left or right when every cell of the body rows that starts
     * in the column and spans it alone is set so by its paragraph (as a pipe table's {@code :--} and {@code --:} columns go out); else the default.
     */
    private static final String OUR_CELL_STYLE = "表格";

    private static List<Block.Align> aligns(List<TRow> rows, List<List<Integer>> starts, int header, int columns) {
        List<Block.Align> out = new ArrayList<>(Collections.nCopies(columns, Block.Align.DEFAULT));
        for (int col = 0; col < columns; col++) {
            Block.Align found = null;
            boolean same = true;
            for (int ri = header; ri < rows.size() && same; ri++) {
                int k = starts.get(ri).indexOf(col);
                if (k < 0) continue;
                TCell c = rows.get(ri).cells().get(k);
                if (c.gridSpan() != 1 || "continue".equals(c.vMerge())) continue;
                String jc = null;
                for (Element e : c.content()) {
                    if (e instanceof Para p) {
                        // only our own Word output's cells (style 表格) say a column's alignment; elsewhere a cell's
                        // jc is its author's look (or the style's), not a column's
                        jc = OUR_CELL_STYLE.equals(p.styleName()) ? p.align() : null;
                        break;
                    }
                }
                Block.Align a = "left".equals(jc) || "start".equals(jc) ? Block.Align.LEFT
                        : "right".equals(jc) || "end".equals(jc) ? Block.Align.RIGHT : Block.Align.DEFAULT;
                if (found == null) found = a;
                else same = found == a;
            }
            if (same && found != null) out.set(col, found);
        }
        return out;
    }

    /** Nested tables met in the table being mapped, and the deepest nesting (1 = a table in a cell). */
    private int nestedCount, deepest;

    private List<Inline> content(TCell c, int near, List<Image> images, int depth) {
        List<Inline> out = new ArrayList<>();
        for (Element e : c.content()) {
            List<Inline> part = new ArrayList<>();
            if (e instanceof Para p) {
                RunMapper.Out o = runs.map(p, DocxMapper.keptNumber(p));
                part.addAll(o.inlines());
                images.addAll(o.images());
                // A text box in a cell: its paragraphs become further lines of the cell.
                if (!p.textBoxes().isEmpty()) {
                    ctx.textBoxes += p.textBoxes().size();
                    ctx.report.warning(p.index(), Texts.get("report.table.textBox"));
                }
                for (Para box : p.textBoxes()) {
                    RunMapper.Out b = runs.map(box, null);
                    images.addAll(b.images());
                    if (b.inlines().isEmpty()) continue;
                    if (!part.isEmpty()) part.add(new Inline.LineBreak());
                    part.addAll(b.inlines());
                }
            } else if (e instanceof Tbl nested) {
                ctx.nestedTables++;
                nestedCount++;
                deepest = Math.max(deepest, depth);
                for (TRow r : nested.rows()) {
                    List<Inline> line = new ArrayList<>();
                    for (TCell nc : r.cells()) {
                        List<Inline> cellText = content(nc, near, images, depth + 1);
                        if (cellText.isEmpty()) continue;
                        if (!line.isEmpty()) line.add(new Inline.Text("\u3000"));
                        line.addAll(cellText);
                    }
                    if (!line.isEmpty()) {
                        if (!part.isEmpty()) part.add(new Inline.LineBreak());
                        part.addAll(line);
                    }
                }
            }
            if (part.isEmpty()) continue;
            if (!out.isEmpty()) out.add(new Inline.LineBreak());
            out.addAll(part);
        }
        return RunMapper.mergeText(out);
    }
}
