package org.annalist.typeset.flow;

/**
 * Something the page layer must know about a line: a heading starting there (for 目录, bookmarks and
 * running heads) or an index term (索引) occurring in it, with an optional sort reading. {@code level} 1 = 类目/栏目, 2 = 分目/篇名, …
 */
public record Mark(Kind kind, int level, String text, String reading) {
    public enum Kind { HEADING, INDEX_TERM }

    public Mark(Kind kind, int level, String text) {
        this(kind, level, text, null);
    }

    public static Mark heading(int level, String text) {
        return new Mark(Kind.HEADING, level, text);
    }

    public static Mark indexTerm(String term) {
        return new Mark(Kind.INDEX_TERM, 0, term);
    }

    /** An index term with the editor's reading for sorting (e.g. 单 as shàn in a surname), or null. */
    public static Mark indexTerm(String term, String reading) {
        return new Mark(Kind.INDEX_TERM, 0, term, reading);
    }
}
