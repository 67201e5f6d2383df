package org.annalist.check;

import java.util.BitSet;

/**
 * One run of text as a reader reads it — a paragraph, heading, 条目 title, table cell or caption — with the offset
 * in the item's Markdown of each of its characters ({@code -1}: not in the source, e.g. the space joining two lines
 * of Latin text, or {@link #OBJECT} standing for a note or a deleted suggestion). {@code quiet} marks characters no
 * rule reports on (URLs, e-mail addresses, code, escapes, Latin sentences, the exceptions); {@code noFix} those a
 * fix cannot be written into (link and span texts: bracketed constructs do not nest in the dialect).
 */
final class Unit {
    /** Stands for an inline that is not read as text here: a note mark, a pending deletion. */
    static final char OBJECT = '\uFFFC';

    enum Kind { BODY, HEADING, ENTRY_TITLE }

    final Kind kind;
    final String text;
    final int[] source;
    final BitSet quiet;
    final BitSet noFix;
    /** The next unit (a following paragraph) opens with “: a quotation running over paragraphs stays open. */
    boolean nextOpensQuote;

    Unit(Kind kind, String text, int[] source, BitSet quiet, BitSet noFix) {
        this.kind = kind;
        this.text = text;
        this.source = source;
        this.quiet = quiet;
        this.noFix = noFix;
    }

    int length() {
        return text.length();
    }

    char at(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    boolean quiet(int from, int to) {
        int q = quiet.nextSetBit(from);
        return q >= 0 && q < to;
    }
}
