package org.annalist.typeset.page;

import java.util.List;

/**
 * What a finished page carries besides its frame: its printed folio (for PDF page labels), the headings
 * that start on it (目录, bookmarks) and the index terms on it with their column (索引 locators 12a/12b).
 */
public record PageInfo(int index, int folio, String folioLabel, boolean blank, List<HeadingAt> headings,
                       List<TermAt> terms) {

    /**
     * A heading of {@code level} starting at {@code y} points from the page top; {@code key}: its block id in the
     * document tree, or null.
     */
    public record HeadingAt(int level, String text, double y, String key) {
        public HeadingAt(int level, String text, double y) {
            this(level, text, y, null);
        }
    }

    /** An index term in column {@code column} (0 = a); {@code key}: its mark's key in the document tree, or null. */
    public record TermAt(String term, int column, String reading, String key) {
        public TermAt(String term, int column) {
            this(term, column, null, null);
        }

        public TermAt(String term, int column, String reading) {
            this(term, column, reading, null);
        }

        public String locator(int folio, int columns) {
            return columns > 1 ? folio + String.valueOf((char) ('a' + column)) : String.valueOf(folio);
        }
    }
}
