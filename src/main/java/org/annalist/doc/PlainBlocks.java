package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link Markdown#parse}: most of a book is one-line paragraphs of plain text, {@code #}
 * headings and {@code **【条目】** text} paragraphs, which the dialect's parser (flexmark) reads at a few
 * megabytes a second. Those lines are read here directly, into the very blocks flexmark gives; everything
 * else (tables, pictures, lists, marked-up paragraphs) goes to flexmark in one call.
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

    /**
     * Whether the text has nothing that a blank line fails to end (see the class comment): no fence
     * ({@code ```}, {@code ~~~}), footnote ({@code [^}), HTML comment, declaration or processing
     * instruction ({@code <!}, {@code <?}), raw HTML block ({@code <pre>} and the like) or link reference
     * definition. One pass over the text, looking closer only at the four characters that can start one.
     */
    static boolean splittable(String markdown) {
        int n = markdown.length();
        for (int i = 0; i < n; i++) {
            switch (markdown.charAt(i)) {
                case '`' -> {
                    if (markdown.startsWith("```", i)) return false;
                }
                case '~' -> {
                    if (markdown.startsWith("~~~", i)) return false;
                }
                case '[' -> {
                    if (i + 1 < n && markdown.charAt(i + 1) == '^') return false;
                }
                case '<' -> {
                    if (i + 1 < n && (markdown.charAt(i + 1) == '!' || markdown.charAt(i + 1) == '?')) return false;
                    for (String tag : HTML_RAW) {
                        if (markdown.regionMatches(true, i + 1, tag, 0, tag.length())) return false;
                    }
                }
                default -> {
                }
            }
        }
        return !hasReferenceDefinition(markdown);
    }

    /**
     * A link reference definition's start: {@code [label]:} at a line start, after at most three spaces (the
     * label may run over lines, as in CommonMark).
     */
    static boolean hasReferenceDefinition(String s) {
        for (int open = s.indexOf('['); open >= 0; open = s.indexOf('[', open + 1)) {
            int spaces = 0;
            while (spaces < 4 && open - spaces > 0 && s.charAt(open - spaces - 1) == ' ') spaces++;
            int lineStart = open - spaces;
            if (spaces > 3 || lineStart > 0 && s.charAt(lineStart - 1) != '\n') continue;
            int close = s.indexOf(']', open + 1);
            if (close > open + 1 && close + 1 < s.length() && s.charAt(close + 1) == ':') return true;
        }
        return false;
    }

    /** HTML blocks that a blank line does not end (CommonMark's type 1). */
    private static final String[] HTML_RAW = {"pre", "script", "style", "textarea"};


    /**
     * The blocks of a splittable text: plain lines read here, the rest by {@code parser}, which is called
     * once: the other pieces go to it together, each after a marker paragraph that ends whatever block came
     * before (as the plain line it stands for did), and its blocks are dealt back between the plain ones.
     */
    static List<Block> read(String markdown, long origin,
                            java.util.function.BiFunction<String, java.util.function.IntToLongFunction, List<Block>> parser) {
        String marker = marker(markdown);
        // where each piece stands in the text given to the parser and in the markdown: the parser's offsets go back
        List<int[]> placed = new ArrayList<>();
        List<Object> slots = new ArrayList<>(); // a Block, or an Integer: the number of a piece
        StringBuilder pieces = new StringBuilder();
        int count = 0;
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
            // a Windows line end (\r\n) ends the line as \n does
            int lineEnd = end > pos && markdown.charAt(end - 1) == '\r' ? end - 1 : end;
            Block plain = blankAbove && blankBelow ? plain(markdown, pos, lineEnd, origin) : null;
            if (plain != null) {
                if (pendingStart >= 0) {
                    count = piece(pieces, marker, markdown, pendingStart, pos, slots, count, placed);
                    pendingStart = -1;
                }
                slots.add(plain);
            } else if (pendingStart < 0 && !isBlank(markdown, pos, end)) {
                pendingStart = pos;
            }
            pos = end + 1;
        }
        if (pendingStart >= 0) count = piece(pieces, marker, markdown, pendingStart, n, slots, count, placed);
        java.util.function.IntToLongFunction keys = offset -> {
            int lo = 0;
            int hi = placed.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (placed.get(mid)[0] <= offset) lo = mid;
                else hi = mid - 1;
            }
            int[] p = placed.get(lo);
            return offset >= p[0] && offset < p[0] + p[2] ? origin + p[1] + (offset - p[0]) : -1;
        };
        List<List<Block>> parsed = count == 0 ? List.of() : split(parser.apply(pieces.toString(), keys), marker, count);
        List<Block> out = new ArrayList<>();
        for (Object slot : slots) {
            if (slot instanceof Block b) out.add(b);
            else out.addAll(parsed.get((Integer) slot));
        }
        return out;
    }

    private static int piece(StringBuilder pieces, String marker, String markdown, int from, int to,
                             List<Object> slots, int count, List<int[]> placed) {
        if (count > 0) pieces.append("\n\n").append(marker).append("\n\n");
        placed.add(new int[]{pieces.length(), from, to - from});
        pieces.append(markdown, from, to);
        slots.add(count);
        return count + 1;
    }

    /** A paragraph the text does not hold, to stand between pieces. */
    private static String marker(String markdown) {
        String marker = "ANNALIST-PIECE-BREAK";
        for (int i = 0; markdown.contains(marker); i++) marker = "ANNALIST-PIECE-BREAK-" + i;
        return marker;
    }

    private static List<List<Block>> split(List<Block> blocks, String marker, int count) {
        Block separator = new Block.Paragraph(List.of(new Inline.Text(marker)));
        List<List<Block>> out = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block b : blocks) {
            if (b.equals(separator)) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(b);
            }
        }
        out.add(current);
        if (out.size() != count) throw new IllegalStateException("pieces " + out.size() + " != " + count);
        return out;
    }

    private static int previousLineStart(String s, int lineEnd) {
        int i = s.lastIndexOf('\n', lineEnd - 1);
        return i + 1;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && !(c == '\r' && i == to - 1)) return false;
        }
        return true;
    }

    /** The line {@code [from, to)} as the block flexmark would make of it alone, or null if it is not plain. */
    static Block plain(String s, int from, int to, long origin) {
        if (to <= from) return null;
        char first = s.charAt(from);
        if (first == '#') {
            int level = 0;
            while (from + level < to && s.charAt(from + level) == '#') level++;
            if (level > 6 || from + level + 1 >= to || s.charAt(from + level) != ' ') return null;
            int start = from + level + 1;
            if (!plainText(s, start, to)) return null;
            return new Block.Heading(level, List.of(text(s, start, to, origin)));
        }
        if (s.startsWith("**【", from)) {
            int close = s.indexOf("】**", from + 3);
            if (close < 0 || close + 3 > to || close == from + 3) return null;
            if (!plainText(s, from + 3, close)) return null;
            Inline title = new Inline.EntryTitle(List.of(text(s, from + 3, close, origin)));
            int rest = close + 3;
            if (rest == to) return new Block.Paragraph(List.of(title));
            // the space after the title is syntax (and needed: without it ** would not close)
            if (s.charAt(rest) != ' ' || !plainText(s, rest + 1, to)) return null;
            return new Block.Paragraph(List.of(title, text(s, rest + 1, to, origin)));
        }
        if (!plainText(s, from, to) || startsBlock(s, from, to)) return null;
        return new Block.Paragraph(List.of(text(s, from, to, origin)));
    }

    private static Inline.Text text(String s, int from, int to, long origin) {
        return new Inline.Text(s.substring(from, to), SourceMap.at(origin + from));
    }

    /**
     * An ordered-list marker ({@code 1.} or {@code 1)} then a space or the end, or a fancy one: {@code a.}, {@code (iv)}),
     * or {@code -}/{@code +} and the like.
     */
    private static boolean startsBlock(String s, int from, int to) {
        char c = s.charAt(from);
        if (c == '-' || c == '+' || c == '=') return true;
        if (FancyLists.marker(s, from, to) != null) return true;
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
                    case 'w', 'W' -> {
                        if (i + 4 <= to && s.regionMatches(true, i, "www.", 0, 4)) return false;
                    }
                    default -> {
                    }
                }
            } else if (c == '\uFFFD' || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return false;
            }
        }
        return true;
    }
}
