package org.annalist.doc;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts a flexmark table. flexmark reports column spans; row spans are ours: a cell holding exactly
 * {@code ^^} is merged into the cell above it (the markdown-it-multimd-table convention) and, as in HTML,
 * does not appear in the tree.
 */
final class TableReader {
    private static final class CellBuilder {
        final List<Inline> content;
        final int colSpan;
        final int row;
        int rowSpan = 1;

        CellBuilder(List<Inline> content, int colSpan, int row) {
            this.content = content;
            this.colSpan = colSpan;
            this.row = row;
        }
    }

    private TableReader() {
    }

    static Block.Table read(TableBlock table, InlineReader inlines) {
        List<Block.Align> columns = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        int headerRows = 0;
        List<Inline> caption = List.of();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                TableRow row = (TableRow) section.getFirstChild();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) columns.add(align((TableCell) c));
            } else if (section instanceof TableHead || section instanceof TableBody) {
                for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                    if (r instanceof TableRow row) {
                        rows.add(row);
                        if (section instanceof TableHead) headerRows++;
                    }
                }
            } else if (section instanceof TableCaption) {
                caption = inlines.read(section);
            }
        }
        return new Block.Table(columns, headerRows, cells(rows, inlines), caption);
    }

    private static List<Block.Row> cells(List<TableRow> rows, InlineReader inlines) {
        List<List<CellBuilder>> grid = new ArrayList<>();
        List<List<CellBuilder>> own = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<CellBuilder> positions = new ArrayList<>();
            List<CellBuilder> cells = new ArrayList<>();
            for (Node n = rows.get(r).getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof TableCell cell)) continue;
                int span = Math.max(1, cell.getSpan());
                int col = positions.size();
                if (isMergeMark(cell) && r > 0 && above(grid, r, col) != null) {
                    for (int c = col; c < col + span; c++) {
                        CellBuilder owner = above(grid, r, c);
                        if (owner != null) owner.rowSpan = r - owner.row + 1;
                        positions.add(owner);
                    }
                } else {
                    CellBuilder b = new CellBuilder(content(cell, inlines), span, r);
                    cells.add(b);
                    for (int c = 0; c < span; c++) positions.add(b);
                }
            }
            grid.add(positions);
            own.add(cells);
        }
        List<Block.Row> out = new ArrayList<>();
        for (List<CellBuilder> cells : own) {
            out.add(new Block.Row(cells.stream().map(b -> new Block.Cell(b.content, b.colSpan, b.rowSpan)).toList()));
        }
        return out;
    }

    private static CellBuilder above(List<List<CellBuilder>> grid, int r, int col) {
        List<CellBuilder> row = grid.get(r - 1);
        return col < row.size() ? row.get(col) : null;
    }

    /** Checked on the source, so that an escaped {@code \^\^} stays text. */
    private static boolean isMergeMark(TableCell cell) {
        Node only = cell.getFirstChild();
        return only instanceof Text && only.getNext() == null && only.getChars().trim().toString().equals("^^");
    }

    private static List<Inline> content(TableCell cell, InlineReader inlines) {
        Node only = cell.getFirstChild();
        // flexmark trims cell text but leaves a lone blank text node in an empty cell.
        if (only instanceof Text && only.getNext() == null && only.getChars().isBlank()) return List.of();
        return inlines.read(cell);
    }

    private static Block.Align align(TableCell cell) {
        if (cell.getAlignment() == null) return Block.Align.DEFAULT;
        return switch (cell.getAlignment()) {
            case LEFT -> Block.Align.LEFT;
            case CENTER -> Block.Align.CENTER;
            case RIGHT -> Block.Align.RIGHT;
        };
    }
}
