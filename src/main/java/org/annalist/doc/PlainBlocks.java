package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fast path of {@link Markdown#parse}: most of a book is one-line paragraphs of plain text, {@code #}
 * headings and {@code **【条目】** text} paragraphs, which the dialect's parser (flexmark) reads at a few
 * megabytes a second. Those lines are read here directly, into the very blocks flexmark gives; everything
 * else goes to flexmark in pieces, each a run of the other blocks between two plain lines.
 *
 * <p>Why this is the same tree: a plain line stands alone between blank lines, starts at the margin with a
 * character that opens no block (not a space, {@code #} only as a heading, no list marker, quote, table
 * or HTML), and holds no character that could start inline markup, so flexmark would read it as one text
 * paragraph or heading; and after a blank line such a line ends any list, quote, table or HTML block of
 * type 6–7 above it. What a blank line does not end (fenced code, HTML comments and the like, footnote and
 * link reference definitions, which reach across the text) is checked first: a text that has any of them
 * is read by flexmark whole. {@code PlainBlocksTest} compares the two on the test corpus and a generated
 * yearbook.
 */
final class PlainBlocks {
    private PlainBlocks() {
    }

    /** Whether the text has nothing that a blank line fails to end (see the class comment). */
    static boolean splittable(String markdown) {
        if (markdown.contains("```") || markdown.contains("~~~") || markdown.contains("[^") || markdown.contains("<!")
                || markdown.contains("<?")) {
            return false;
        }
        for (int lt = markdown.indexOf('<'); lt >= 0; lt = markdown.indexOf('<', lt + 1)) {
            for (String tag : HTML_RAW) {
                if (markdown.regionMatches(true, lt + 1, tag, 0, tag.length())) return false;
            }
        }
        return !REFERENCE_DEFINITION.matcher(markdown).find();
    }

    /** HTML blocks that a blank line does not end (CommonMark's type 1). */
    private static final String[] HTML_RAW = {"pre", "script", "style", "textarea"};

    static final java.util.regex.Pattern REFERENCE_DEFINITION = java.util.regex.Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:");

    /**
     * The blocks of a splittable text: plain lines read here, the rest by {@code parser} a piece at a time,
     * in order.
     */
    static List<Block> read(String markdown, Function<String, List<Block>> parser) {
        List<Block> out = new ArrayList<>();
        int n = markdown.length();
        int pendingStart = -1; // start of the text not yet given to the parser
        int pos = 0;
        while (pos < n) {
            int end = markdown.indexOf('\n', pos);
            if (end < 0) end = n;
            // a lone line: blank (or the text's edge) above and below
            boolean blankAbove = pos == 0 || isBlank(markdown, previousLineStart(markdown, pos - 1), pos - 1);
            int next = Math.min(end + 1, n);
            int nextEnd = markdown.indexOf('\n', next);
            if (nextEnd < 0) nextEnd = n;
            boolean blankBelow = end >= n || isBlank(markdown, next, nextEnd);
            Block plain = blankAbove && blankBelow ? plain(markdown, pos, end) : null;
            if (plain != null) {
                if (pendingStart >= 0) {
                    out.addAll(parser.apply(markdown.substring(pendingStart, pos)));
                    pendingStart = -1;
                }
                out.add(plain);
            } else if (pendingStart < 0 && !isBlank(markdown, pos, end)) {
                pendingStart = pos;
            }
            pos = end + 1;
        }
        if (pendingStart >= 0) out.addAll(parser.apply(markdown.substring(pendingStart)));
        return out;
    }

    private static int previousLineStart(String s, int lineEnd) {
        int i = s.lastIndexOf('\n', lineEnd - 1);
        return i + 1;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /** The line {@code [from, to)} as the block flexmark would make of it alone, or null if it is not plain. */
    static Block plain(String s, int from, int to) {
        if (to <= from) return null;
        char first = s.charAt(from);
        if (first == '#') {
            int level = 0;
            while (from + level < to && s.charAt(from + level) == '#') level++;
            if (level > 6 || from + level + 1 >= to || s.charAt(from + level) != ' ') return null;
            int start = from + level + 1;
            if (!plainText(s, start, to)) return null;
            return new Block.Heading(level, List.of(new Inline.Text(s.substring(start, to))));
        }
        if (s.startsWith("**【", from)) {
            int close = s.indexOf("】**", from + 3);
            if (close < 0 || close + 3 > to || close == from + 3) return null;
            if (!plainText(s, from + 3, close)) return null;
            Inline title = new Inline.EntryTitle(List.of(new Inline.Text(s.substring(from + 3, close))));
            int rest = close + 3;
            if (rest == to) return new Block.Paragraph(List.of(title));
            // the space after the title is syntax (and needed: without it ** would not close)
            if (s.charAt(rest) != ' ' || !plainText(s, rest + 1, to)) return null;
            return new Block.Paragraph(List.of(title, new Inline.Text(s.substring(rest + 1, to))));
        }
        if (!plainText(s, from, to) || startsBlock(s, from, to)) return null;
        return new Block.Paragraph(List.of(new Inline.Text(s.substring(from, to))));
    }

    /** An ordered-list marker ({@code 1.} or {@code 1)} then a space or the end), or {@code -}/{@code +} and the like. */
    private static boolean startsBlock(String s, int from, int to) {
        char c = s.charAt(from);
        if (c == '-' || c == '+' || c == '=') return true;
        int i = from;
        while (i < to && i - from < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i > from && i - from <= 9 && i < to && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
            return i + 1 == to || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t';
        }
        return false;
    }

    /**
     * Text that flexmark keeps as it is: no character that can start inline markup, an escape or an entity,
     * no control character, no space at either end (flexmark strips those) and nothing that looks like a
     * link address.
     */
    static boolean plainText(String s, int from, int to) {
        if (to <= from) return false;
        if (Character.isWhitespace(s.charAt(from)) || Character.isSpaceChar(s.charAt(from))) return false;
        if (Character.isWhitespace(s.charAt(to - 1)) || Character.isSpaceChar(s.charAt(to - 1))) return false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F) return false;
                switch (c) {
                    case '\\', '`', '*', '_', '[', ']', '!', '<', '>', '&', '^', '~', '{', '}', '|', '#', '@' -> {
                        return false;
                    }
                    case ':' -> {
                        if (s.startsWith("//", i + 1)) return false;
                    }
                    default -> {
                    }
                }
            } else if (c == '\uFFFD' || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return false;
            }
        }
        int www = s.indexOf("www.", from);
        return www < 0 || www + 4 > to;
    }
}
