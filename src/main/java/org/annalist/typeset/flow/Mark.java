package org.annalist.typeset.flow;

/**
 * Something the page layer must know about a line: a heading starting there (for 目录, bookmarks and
 * running heads) or an index term (索引) occurring in it, with an optional sort reading. {@code level} 1 = 类目/栏目, 2 = 分目/篇名, …
 * {@code key}: which heading or mark of the document tree this is (the heading's block id, the index mark's key), or
 * null: how another output of the same tree (the Word file's 目录 and 索引) finds the page it landed on.
 */
public record Mark(Kind kind, int level, String text, String reading, String key) {
    public enum Kind { HEADING, INDEX_TERM }

    public Mark(Kind kind, int level, String text) {
        this(kind, level, text, null, null);
    }

    public Mark(Kind kind, int level, String text, String reading) {
        this(kind, level, text, reading, null);
    }

    public static Mark heading(int level, String text) {
        return new Mark(Kind.HEADING, level, text);
    }

    /** A heading with its block id ("" or null: none). */
    public static Mark heading(int level, String text, String key) {
        return new Mark(Kind.HEADING, level, text, null, key == null || key.isEmpty() ? null : key);
    }

    /** An index term with its reading (or null) and the key of its mark in the tree (or null). */
    public static Mark indexTerm(String term, String reading, String key) {
        return new Mark(Kind.INDEX_TERM, 0, term, reading, key);
    }

    public static Mark indexTerm(String term) {
        return new Mark(Kind.INDEX_TERM, 0, term);
    }

    /** An index term with the editor's reading for sorting (e.g. 单 as shàn in a surname), or null. */
    public static Mark indexTerm(String term, String reading) {
        return new Mark(Kind.INDEX_TERM, 0, term, reading);
    }
}
