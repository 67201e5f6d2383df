package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Block.Table} as a pipe table. A cell spanning columns is followed by one extra pipe per
 * extra column ({@code | a ||}); every grid position covered by a cell above is written as {@code ^^}
 * (one {@code ^^} per covering cell and row, with that cell's column span). Without header rows the table
 * starts directly with the alignment line.
 */
final class TableWriter {
    private TableWriter() {
    }

    static String write(Block.Table table, InlineWriter.Notes notes) {
        List<String> lines = new ArrayList<>();
        List<List<Integer>> grid = new ArrayList<>();
        List<Block.Cell> owners = new ArrayList<>();
        int columns = Math.max(1, table.columns().size());
        if (table.headerRows() == 0) lines.add(separator(table.columns()));
        for (int r = 0; r < table.rows().size(); r++) {
            lines.add(row(table.rows().get(r), r, grid, owners, notes, table.rows().size(), columns));
            if (r + 1 == table.headerRows()) lines.add(separator(table.columns()));
        }
        if (!table.caption().isEmpty()) lines.add("[" + InlineWriter.line(table.caption(), notes) + "]");
        return String.join("\n", lines);
    }

    private static String row(Block.Row row, int r, List<List<Integer>> grid, List<Block.Cell> owners,
                              InlineWriter.Notes notes, int rowCount, int columns) {
        StringBuilder sb = new StringBuilder("|");
        int col = 0;
        int next = 0;
        List<Block.Cell> cells = row.cells();
        while (true) {
            Integer owner = at(grid, r, col);
            if (owner != null) {
                int span = 1;
                while (Integer.valueOf(owner).equals(at(grid, r, col + span))) span++;
                sb.append(" ^^ ").append("|".repeat(span));
                col += span;
            } else if (next < cells.size()) {
                Block.Cell cell = cells.get(next++);
                int id = owners.size();
                owners.add(cell);
                for (int dr = 0; dr < cell.rowSpan() && r + dr < rowCount; dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) put(grid, r + dr, col + dc, id);
                }
                sb.append(' ').append(InlineWriter.line(cell.content(), notes)).append(' ').append("|".repeat(cell.colSpan()));
                col += cell.colSpan();
            } else if (coveredAfter(grid, r, col)) {
                // A hole in a ragged row: only an empty cell can keep later ^^ in their columns.
                sb.append("  |");
                col++;
            } else {
                break;
            }
        }
        if (sb.length() == 1) sb.append("  |".repeat(columns));
        return sb.toString();
    }

    private static Integer at(List<List<Integer>> grid, int r, int c) {
        if (r >= grid.size()) return null;
        List<Integer> row = grid.get(r);
        return c < row.size() ? row.get(c) : null;
    }

    private static void put(List<List<Integer>> grid, int r, int c, int id) {
        while (grid.size() <= r) grid.add(new ArrayList<>());
        List<Integer> row = grid.get(r);
        while (row.size() <= c) row.add(null);
        row.set(c, id);
    }

    private static boolean coveredAfter(List<List<Integer>> grid, int r, int col) {
        if (r >= grid.size()) return false;
        List<Integer> row = grid.get(r);
        for (int c = col; c < row.size(); c++) if (row.get(c) != null) return true;
        return false;
    }

    private static String separator(List<Block.Align> aligns) {
        StringBuilder sb = new StringBuilder("|");
        if (aligns.isEmpty()) return "|---|";
        for (Block.Align a : aligns) {
            sb.append(switch (a) {
                case DEFAULT -> "---";
                case LEFT -> ":--";
                case CENTER -> ":-:";
                case RIGHT -> "--:";
            }).append('|');
        }
        return sb.toString();
    }
}
