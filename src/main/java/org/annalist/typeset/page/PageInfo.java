package org.annalist.typeset.page;

import java.util.List;

/**
 * What a finished page carries besides its frame: its printed folio (for PDF page labels), the headings
 * that start on it (目录, bookmarks) and the index terms on it with their column (索引 locators 12a/12b).
 */
public record PageInfo(int index, int folio, String folioLabel, boolean blank, List<HeadingAt> headings,
                       List<TermAt> terms) {

    /** A heading of {@code level} starting at {@code y} points from the page top. */
    public record HeadingAt(int level, String text, double y) {
    }

    /** An index term in column {@code column} (0 = a). */
    public record TermAt(String term, int column, String reading) {
        public TermAt(String term, int column) {
            this(term, column, null);
        }

        public String locator(int folio, int columns) {
            return columns > 1 ? folio + String.valueOf((char) ('a' + column)) : String.valueOf(folio);
        }
    }
}
