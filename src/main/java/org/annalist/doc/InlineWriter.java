package org.annalist.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes inlines as Markdown. Escaping is decided from the text already written ({@code out}) and a guess at
 * what follows, because CommonMark's rules for delimiters ({@code *}, {@code ^}, {@code ~}) depend on the
 * characters on both sides. Where a delimiter would not be recognised on reading — typically
 * {@code **“重要”**的}, whose closing {@code **} sits between punctuation and a Han character — the element is
 * written as a bracketed span with a reserved class instead ({@code [“重要”]{.strong}}).
 */
final class InlineWriter {

    /** A paragraph may span lines; headings, table cells and captions must stay on one line. */
    enum Mode { BLOCK, LINE }

    /** Footnotes in document order; they are numbered by position, so a discarded attempt can be undone. */
    static final class Notes {
        private final List<Inline.Note> notes = new ArrayList<>();

        int add(Inline.Note note) {
            notes.add(note);
            return notes.size();
        }

        int size() {
            return notes.size();
        }

        Inline.Note get(int index) {
            return notes.get(index);
        }

        void truncate(int size) {
            notes.subList(size, notes.size()).clear();
        }
    }

    static final String EMPH_CLASS = "emph";
    static final String STRONG_CLASS = "strong";
    static final String SUP_CLASS = "sup";
    static final String SUB_CLASS = "sub";
    static final String ENTRY_TITLE_CLASS = "entry-title";
    static final String INDEX_CLASS = "index";
    /** Endnotes are labelled "e" and their number ({@code [^e3]}); footnotes by the number alone. */
    static final String ENDNOTE_LABEL = "e";

    private static final String ALWAYS_ESCAPED = "\\*_[]`^~<>|";

    private final Mode mode;
    private final Notes notes;
    private final char before;
    private final char after;
    private final StringBuilder out = new StringBuilder();

    private InlineWriter(Mode mode, Notes notes, char before, char after) {
        this.mode = mode;
        this.notes = notes;
        this.before = before;
        this.after = after;
    }

    /** A paragraph's content, with the 条目 title form {@code **【…】** } allowed at its start. */
    static String paragraph(List<Inline> inlines, Notes notes) {
        InlineWriter w = new InlineWriter(Mode.BLOCK, notes, Chars.NONE, Chars.NONE);
        w.writeAll(inlines, true);
        return w.finish();
    }

    static String line(List<Inline> inlines, Notes notes) {
        InlineWriter w = new InlineWriter(Mode.LINE, notes, Chars.NONE, Chars.NONE);
        w.writeAll(inlines, false);
        return w.finish();
    }

    /** The reader turns a leading strong run of this shape into an {@link Inline.EntryTitle}. */
    static boolean looksLikeEntryTitle(List<Inline> content) {
        if (content.isEmpty()) return false;
        if (!(content.get(0) instanceof Inline.Text first) || !(content.get(content.size() - 1) instanceof Inline.Text last)) {
            return false;
        }
        if (content.size() == 1 && first.text().length() < 2) return false;
        return first.text().startsWith("【") && last.text().endsWith("】");
    }

    private String finish() {
        int last = out.length() - 1;
        if (last >= 0 && (out.charAt(last) == ' ')) {
            // Trailing spaces are stripped by the parser (and trimmed in cells and headings).
            out.replace(last, last + 1, "&#32;");
        }
        return out.toString();
    }

    private void writeAll(List<Inline> inlines, boolean paragraphStart) {
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            boolean first = paragraphStart && i == 0;
            char next = nextChar(inlines, i);
            if (inline instanceof Inline.Text t) {
                text(t.text());
            } else if (inline instanceof Inline.Emph e) {
                delimited('*', 1, e.content(), EMPH_CLASS, next, false);
            } else if (inline instanceof Inline.Strong s) {
                delimited('*', 2, s.content(), STRONG_CLASS, next, first && looksLikeEntryTitle(s.content()));
            } else if (inline instanceof Inline.Superscript s) {
                delimited('^', 1, s.content(), SUP_CLASS, next, false);
            } else if (inline instanceof Inline.Subscript s) {
                delimited('~', 1, s.content(), SUB_CLASS, next, false);
            } else if (inline instanceof Inline.LineBreak) {
                lineBreak(i == inlines.size() - 1);
            } else if (inline instanceof Inline.Link l) {
                bracketed(l.content());
                out.append('(').append(destination(l.target())).append(')');
            } else if (inline instanceof Inline.Note n) {
                openBracket();
                out.append('^').append(n.endnote() ? ENDNOTE_LABEL : "").append(notes.add(n)).append(']');
            } else if (inline instanceof Inline.IndexTerm t) {
                Map<String, String> values = new LinkedHashMap<>();
                if (t.entry() != null) values.put("entry", t.entry());
                if (t.reading() != null) values.put("reading", t.reading());
                span(new Attr(List.of(INDEX_CLASS), values), t.content());
            } else if (inline instanceof Inline.EntryTitle t) {
                if (first) entryTitle(t.content(), inlines.size() > 1);
                else span(Attr.ofClass(ENTRY_TITLE_CLASS), t.content());
            } else if (inline instanceof Inline.Span s) {
                span(s.attr(), s.content());
            }
        }
    }

    private void entryTitle(List<Inline> content, boolean more) {
        out.append("**【").append(nested(content, '【', '】')).append("】**");
        if (more) out.append(' ');
    }

    private void delimited(char delim, int count, List<Inline> content, String fallbackClass, char next, boolean forceSpan) {
        char prev = lastChar();
        int mark = notes.size();
        String inner = nested(content, delim, delim);
        boolean ok = !forceSpan && !inner.isEmpty() && prev != delim
                && inner.charAt(0) != delim && inner.charAt(inner.length() - 1) != delim
                && canOpen(prev, inner.charAt(0)) && canClose(inner.charAt(inner.length() - 1), next);
        if (ok) {
            String run = String.valueOf(delim).repeat(count);
            out.append(run).append(inner).append(run);
        } else {
            notes.truncate(mark);
            span(Attr.ofClass(fallbackClass), content);
        }
    }

    /** CommonMark's left-flanking test, erring towards "cannot open" where 0.29 and 0.31 disagree. */
    private static boolean canOpen(char prev, char first) {
        if (Chars.isWhitespace(first)) return false;
        return !Chars.isPunctuationOrSymbol(first) || Chars.isWhitespace(prev) || Chars.isPunctuation(prev);
    }

    private static boolean canClose(char last, char next) {
        if (Chars.isWhitespace(last)) return false;
        return !Chars.isPunctuationOrSymbol(last) || Chars.isWhitespace(next) || Chars.isPunctuation(next);
    }

    private void span(Attr attr, List<Inline> content) {
        bracketed(content);
        out.append(AttrSyntax.format(attr));
    }

    private void bracketed(List<Inline> content) {
        openBracket();
        String inner = nested(content, '[', ']');
        // flexmark trims the text of a bracketed span.
        if (inner.startsWith(" ")) inner = "&#32;" + inner.substring(1);
        if (inner.endsWith(" ")) inner = inner.substring(0, inner.length() - 1) + "&#32;";
        out.append(inner).append(']');
    }

    private String nested(List<Inline> content, char open, char close) {
        InlineWriter w = new InlineWriter(mode, notes, open, close);
        w.writeAll(content, false);
        return w.out.toString();
    }

    /** {@code ![} would start an image. */
    private void openBracket() {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == '!') {
            int backslashes = 0;
            for (int i = n - 2; i >= 0 && out.charAt(i) == '\\'; i--) backslashes++;
            if (backslashes % 2 == 0) out.insert(n - 1, '\\');
        }
        out.append('[');
    }

    private void lineBreak(boolean last) {
        // A backslash at the very end of a paragraph is literal, and headings and cells are single lines.
        if (mode == Mode.BLOCK && !last) out.append("\\\n");
        else out.append("<br>");
    }

    private char lastChar() {
        return out.isEmpty() ? before : out.charAt(out.length() - 1);
    }

    private boolean atLineStart() {
        if (out.isEmpty()) return before == Chars.NONE;
        return mode == Mode.BLOCK && out.charAt(out.length() - 1) == '\n';
    }

    /** The first character the next inline will be written with, as far as delimiter rules care. */
    private char nextChar(List<Inline> inlines, int i) {
        if (i + 1 >= inlines.size()) return after;
        if (inlines.get(i + 1) instanceof Inline.Text t && !t.text().isEmpty()) {
            char c = t.text().charAt(0);
            return ALWAYS_ESCAPED.indexOf(c) >= 0 ? '\\' : c;
        }
        return '[';
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineStart = atLineStart();
            if (lineStart && (c == ' ' || c == '\t')) {
                out.append(c == ' ' ? "&#32;" : "&#9;");
                continue;
            }
            if (lineStart && mode == Mode.BLOCK && Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && j - i < 10 && Character.isDigit(s.charAt(j))) j++;
                if (j - i <= 9 && j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')
                        && (j + 1 == s.length() || s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                    out.append(s, i, j).append('\\').append(s.charAt(j));
                    i = j;
                    continue;
                }
            }
            if (lineStart && mode == Mode.BLOCK) {
                String fancy = FancyLists.marker(s, i, s.length());
                if (fancy != null) {
                    // "a\. text", "\(1) text": a fancy list marker written as text
                    if (fancy.startsWith("(")) out.append('\\').append(fancy);
                    else out.append(fancy, 0, fancy.length() - 1).append('\\').append(fancy.charAt(fancy.length() - 1));
                    i += fancy.length() - 1;
                    continue;
                }
            }
            switch (c) {
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (needsEscape(s, i, lineStart)) out.append('\\');
                    out.append(c);
                }
            }
        }
    }

    private boolean needsEscape(String s, int i, boolean lineStart) {
        char c = s.charAt(i);
        if (ALWAYS_ESCAPED.indexOf(c) >= 0) return true;
        if (c == '#') return lineStart || mode == Mode.LINE;
        if (lineStart && mode == Mode.BLOCK && "-+=>".indexOf(c) >= 0) return true;
        if (c == '&') {
            // Only what could start an entity reference (&amp; &#32;).
            return i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#');
        }
        // After a closing bracket these would turn it into a span, a link or a footnote definition.
        return i == 0 && "{(:".indexOf(c) >= 0 && !out.isEmpty() && out.charAt(out.length() - 1) == ']';
    }

    static String destination(String url) {
        boolean angle = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\n' || c == '\r') throw new IllegalArgumentException("line break in link target: " + url);
            if (c == ' ' || c == '<' || c == '>' || Character.isISOControl(c)) angle = true;
        }
        StringBuilder sb = new StringBuilder();
        if (angle) sb.append('<');
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\\' || (angle ? c == '<' || c == '>' : c == '(' || c == ')')) sb.append('\\');
            sb.append(c);
        }
        if (angle) sb.append('>');
        return sb.toString();
    }
}
