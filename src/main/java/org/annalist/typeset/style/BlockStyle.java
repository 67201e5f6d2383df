package org.annalist.typeset.style;

import org.annalist.typeset.font.FontRole;

/**
 * How one kind of block is set (类目, 分目, 条目标题, 正文, 图注 …): font role and size, alignment,
 * indent, space before/after (usually in 行, so the grid is kept), whether it spans all columns, whether it
 * starts a new page (and on which side), and how many lines of following text it keeps with (R17).
 */
public record BlockStyle(FontRole font, double size, Align align, Length indent, Length spaceBefore,
                         Length spaceAfter, boolean spanColumns, NewPage newPage, int keepWithNext,
                         Length letterSpacing, String brackets) {

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** Where a block forces a page break: not at all, on the next page, or on the next odd (recto) page. */
    public enum NewPage { NONE, ANY, ODD }
}
