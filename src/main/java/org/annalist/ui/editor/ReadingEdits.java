package org.annalist.ui.editor;

import org.annalist.doc.Inline;
import org.annalist.doc.Block;
import org.annalist.doc.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editing in the reading view, where markup is hidden: what a keystroke, a deletion or a typed text becomes in
 * the Markdown text so that the markup stays whole. Typed characters that are markup in the dialect are escaped;
 * a deletion removes the shown characters and keeps the markup of what it only partly covers (a suggestion whose
 * last character goes leaves no empty brackets); joining two paragraphs takes the second one's block markup away
 * (a heading joined to the paragraph above becomes its text, as in Word); the caret steps over hidden markup so
 * that each arrow key moves by one character a reader sees. Pure: the view gives it the text and which
 * characters are hidden.
 */
public final class ReadingEdits {

    /** Which characters of the text are hidden markup. */
    @FunctionalInterface
    public interface Hidden {
        boolean at(int index);
    }

    /** Replace {@code [start, end)} of the text with {@code text}, then put the caret at {@code caret}. */
    public record Change(int start, int end, String text, int caret) {
        public String applyTo(String all) {
            return all.substring(0, start) + text + all.substring(end);
        }
    }

    private static final String ESCAPED = "\\*_[]`^~<>|";

    private ReadingEdits() {
    }

    /**
     * The Markdown for text typed or pasted as plain text: dialect characters escaped, a line break a new
     * paragraph, a line start that would read as a heading or list marker escaped.
     */
    public static String escape(String typed, boolean atLineStart) {
        StringBuilder sb = new StringBuilder(typed.length() + 8);
        boolean lineStart = atLineStart;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '\r') continue;
            if (c == '\n') {
                sb.append("\n\n");
                lineStart = true;
                continue;
            }
            if (ESCAPED.indexOf(c) >= 0) {
                sb.append('\\');
            } else if (lineStart && (c == '#' || ((c == '-' || c == '+') && (i + 1 >= typed.length() || typed.charAt(i + 1) == ' ')))) {
                sb.append('\\');
            }
            sb.append(c);
            if (c != ' ' && c != '\t') lineStart = false;
        }
        return sb.toString();
    }

    /**
     * What replacing {@code [start, end)} with the typed {@code inserted} becomes: the deletion keeps hidden markup
     * that belongs to what stays, the insertion is escaped and moved out of the middle of hidden markup, and
     * markup left empty by the deletion goes too.
     */
    public static Change replace(String all, Hidden hidden, int start, int end, String inserted) {
        int n = all.length();
        if (start == end && !inserted.isEmpty()) start = end = insertionPoint(all, hidden, start);
        // a deleted line break takes the next line's block markup (## , > , - ) with it
        int lineOfEnd = all.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        if (end > start && lineOfEnd > start && lineOfEnd <= end) {
            int runEnd = lineOfEnd;
            while (runEnd < n && all.charAt(runEnd) != '\n' && hidden.at(runEnd)) runEnd++;
            if (end < runEnd) end = runEnd;
        }
        StringBuilder kept = new StringBuilder();
        int i = start;
        while (i < end) {
            if (i > start && all.charAt(i - 1) == '\n') {
                // the hidden block markup at the start of a line whose break is deleted goes with the break
                int j = i;
                while (j < end && all.charAt(j) != '\n' && hidden.at(j)) j++;
                if (j > i) {
                    i = j;
                    continue;
                }
            }
            char c = all.charAt(i);
            if (c != '\n' && hidden.at(i)) {
                boolean escapeOfDeleted = c == '\\' && i + 1 < end && !hidden.at(i + 1);
                if (!escapeOfDeleted) kept.append(c);
            }
            i++;
        }
        int lineStart = all.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) lineStart = 0;
        boolean atLineStart = true;
        for (int k = lineStart; k < start; k++) {
            if (!hidden.at(k) && all.charAt(k) != ' ') {
                atLineStart = false;
                break;
            }
        }
        String typed = escape(inserted, atLineStart);
        String before = "";
        String after = "";
        if (!typed.isEmpty() && blankLine(all, start)) {
            // typing on the blank line between two paragraphs makes a paragraph of its own, not a line of theirs
            if (start >= 2 && all.charAt(start - 2) != '\n') before = "\n";
            if (start < n && start + 1 < n && all.charAt(start + 1) != '\n') after = "\n";
        }
        String replacement = before + typed + kept + after;
        int caret = start + before.length() + typed.length();
        return tidy(all, new Change(start, end, replacement, caret));
    }

    private static boolean blankLine(String all, int at) {
        boolean startOfLine = at == 0 || all.charAt(at - 1) == '\n';
        boolean endOfLine = at == all.length() || all.charAt(at) == '\n';
        return startOfLine && endOfLine && at > 0 && at < all.length();
    }

    /**
     * Where typed text goes when the caret stands in hidden markup: after a line's block markup ({@code ## }), or
     * else at the start of the hidden run (with the text before it, inside its formatting, as Word continues
     * the formatting of the character before the caret).
     */
    public static int insertionPoint(String all, Hidden hidden, int at) {
        int n = all.length();
        int lineStart = at == 0 ? 0 : all.lastIndexOf('\n', at - 1) + 1;
        int prefixEnd = lineStart;
        while (prefixEnd < n && all.charAt(prefixEnd) != '\n' && hidden.at(prefixEnd)) prefixEnd++;
        if (at >= lineStart && at < prefixEnd) return prefixEnd;
        if (at > 0 && at < n && hidden.at(at - 1) && hidden.at(at) && all.charAt(at) != '\n') {
            int s = at;
            while (s > lineStart && hidden.at(s - 1)) s--;
            return s;
        }
        return at;
    }

    private static final Pattern EMPTY_MARKUP = Pattern.compile(
            "\\[\\]\\{[^}\\n]*\\}|\\[\\]\\([^)\\n]*\\)|(?<![*\\\\])\\*\\*\\*\\*(?!\\*)|\\*\\*【】\\*\\*|\\^\\^|~~");

    /** The change widened over markup it left empty ({@code []{.insertion …}}, {@code ****}). */
    static Change tidy(String all, Change c) {
        int lineStart = c.start() == 0 ? 0 : all.lastIndexOf('\n', c.start() - 1) + 1;
        int lineEnd = all.indexOf('\n', c.end());
        if (lineEnd < 0) lineEnd = all.length();
        String region = all.substring(lineStart, c.start()) + c.text() + all.substring(c.end(), lineEnd);
        int editFrom = c.start() - lineStart;
        int editTo = editFrom + c.text().length();
        Matcher m = EMPTY_MARKUP.matcher(region);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int caret = c.caret() - lineStart;
        boolean any = false;
        while (m.find()) {
            if (m.end() < editFrom || m.start() > editTo) continue;
            out.append(region, last, m.start());
            if (caret >= m.end()) caret -= m.end() - m.start();
            else if (caret > m.start()) caret = m.start();
            last = m.end();
            any = true;
        }
        if (!any) return c;
        out.append(region.substring(last));
        return new Change(lineStart, lineEnd, out.toString(), lineStart + caret);
    }

    /** The caret one shown character to the left (hidden markup stepped over). */
    public static int left(String all, Hidden hidden, int caret) {
        int i = caret;
        while (i > 0 && hidden.at(i - 1)) i--;
        if (i > 0) {
            i--;
            if (i > 0 && Character.isLowSurrogate(all.charAt(i)) && Character.isHighSurrogate(all.charAt(i - 1))) i--;
        }
        return i;
    }

    /** The caret one shown character to the right. */
    public static int right(String all, Hidden hidden, int caret) {
        int n = all.length();
        int i = caret;
        while (i < n && hidden.at(i)) i++;
        if (i < n) {
            i++;
            if (i < n && Character.isLowSurrogate(all.charAt(i)) && Character.isHighSurrogate(all.charAt(i - 1))) i++;
        }
        return i;
    }

    /**
     * Backspace: the shown character before the caret goes (with its escape); at a paragraph's start the break
     * to the paragraph above goes, blank lines and all, so the two paragraphs join. Null when nothing is before.
     */
    public static Change backspace(String all, Hidden hidden, int caret) {
        int at = left(all, hidden, caret);
        if (at >= caret || hidden.at(at)) return null;
        if (all.charAt(at) == '\n') {
            int from = at;
            while (from > 0 && all.charAt(from - 1) == '\n') from--;
            int to = at + 1;
            while (to < all.length() && all.charAt(to) == '\n') to++;
            return replace(all, hidden, from, to, "");
        }
        return replace(all, hidden, at, right(all, hidden, at), "");
    }

    /** Delete: the shown character after the caret goes; at a paragraph's end the next paragraph joins. */
    public static Change delete(String all, Hidden hidden, int caret) {
        int n = all.length();
        int at = caret;
        while (at < n && hidden.at(at)) at++;
        if (at >= n) return null;
        if (all.charAt(at) == '\n') {
            int to = at;
            while (to < n && all.charAt(to) == '\n') to++;
            return replace(all, hidden, at, to, "");
        }
        return replace(all, hidden, at, right(all, hidden, at), "");
    }

    /**
     * Enter: a new paragraph at the caret. Inline markup around the caret (a suggestion, bold, an index term) is
     * closed before the break and opened again after it, so both halves keep it; in a table a new row, in a list
     * a new item.
     */
    public static Change newParagraph(String all, Hidden hidden, int caret) {
        int at = insertionPoint(all, hidden, caret);
        int lineStart = at == 0 ? 0 : all.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = all.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = all.length();
        String line = all.substring(lineStart, lineEnd);
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("|") && trimmed.length() > 1) {
            int cols = 0;
            for (int i = 0; i < trimmed.length(); i++) {
                if (trimmed.charAt(i) == '|' && (i == 0 || trimmed.charAt(i - 1) != '\\')) cols++;
            }
            String row = "\n|" + "  |".repeat(Math.max(1, cols - 1));
            return new Change(lineEnd, lineEnd, row, lineEnd + 2);
        }
        Matcher list = Pattern.compile("^([ \\t]*)([-*+]|(\\d{1,4})([.)]))[ \\t]").matcher(line);
        if (list.find() && at > lineStart + list.end() - 1) {
            String marker = list.group(3) != null ? (Integer.parseInt(list.group(3)) + 1) + list.group(4) : list.group(2);
            String text = "\n" + list.group(1) + marker + " ";
            return new Change(at, at, text, at + text.length());
        }
        List<Construct> around = new ArrayList<>();
        for (Construct c : constructs(all, lineStart, lineEnd)) {
            if (c.contentStart() < at && at < c.contentEnd()) around.add(c);
        }
        // innermost first when closing: the constructs come outermost first
        StringBuilder close = new StringBuilder();
        StringBuilder open = new StringBuilder();
        for (int k = around.size() - 1; k >= 0; k--) close.append(around.get(k).close());
        for (Construct c : around) open.append(c.open());
        String text = close + "\n\n" + open;
        return new Change(at, at, text, at + text.length());
    }

    /**
     * An inline construct of one line: its opening markup {@code [openStart, contentStart)}, its shown content and
     * its closing markup {@code [contentEnd, closeEnd)} (absolute offsets), outermost first.
     */
    public record Construct(int openStart, int contentStart, int contentEnd, int closeEnd, String open, String close, String kind) {
    }

    /** The bold, emphasis, span, index and link constructs of the line {@code [lineStart, lineEnd)} of the text. */
    public static List<Construct> constructs(String all, int lineStart, int lineEnd) {
        List<Construct> out = new ArrayList<>();
        String line = all.substring(lineStart, lineEnd);
        List<Block> blocks;
        try {
            blocks = Markdown.parseBody(line, lineStart).blocks();
        } catch (RuntimeException e) {
            return out;
        }
        for (Block b : blocks) {
            List<Inline> content = b instanceof Block.Paragraph p ? p.content() : b instanceof Block.Heading h ? h.content()
                    : b instanceof Block.ArticleHead a ? a.content() : List.of();
            collect(all, content, out);
        }
        return out;
    }

    private static void collect(String all, List<Inline> inlines, List<Construct> out) {
        for (Inline in : inlines) {
            List<Inline> content;
            String kind;
            if (in instanceof Inline.Strong s) {
                content = s.content();
                kind = "strong";
            } else if (in instanceof Inline.Emph e) {
                content = e.content();
                kind = "emph";
            } else if (in instanceof Inline.Span s) {
                content = s.content();
                kind = "span";
            } else if (in instanceof Inline.IndexTerm t) {
                content = t.content();
                kind = "index";
            } else if (in instanceof Inline.Link l) {
                content = l.content();
                kind = "link";
            } else if (in instanceof Inline.Superscript s) {
                content = s.content();
                kind = "sup";
            } else if (in instanceof Inline.Subscript s) {
                content = s.content();
                kind = "sub";
            } else {
                continue;
            }
            int[] extent = extent(content);
            if (extent[1] < 0) continue;
            int cs = extent[0];
            int ce = extent[1] + 1;
            Construct c = around(all, cs, ce, kind);
            if (c != null) out.add(c);
            collect(all, content, out);
        }
    }

    /** The markup around the content {@code [cs, ce)}, read from the text itself. */
    private static Construct around(String all, int cs, int ce, String kind) {
        int openEnd = cs;
        if (openEnd > 0 && all.charAt(openEnd - 1) == '\\') openEnd--; // the content starts with an escaped character
        if (ce < all.length() && all.charAt(ce) == ']') {
            // [content]{attributes} or [content](target)
            int closeEnd;
            if (ce + 1 < all.length() && all.charAt(ce + 1) == '{') closeEnd = all.indexOf('}', ce + 1) + 1;
            else if (ce + 1 < all.length() && all.charAt(ce + 1) == '(') closeEnd = all.indexOf(')', ce + 1) + 1;
            else return null;
            if (closeEnd <= 0 || openEnd < 1 || all.charAt(openEnd - 1) != '[') return null;
            return new Construct(openEnd - 1, cs, ce, closeEnd, "[", all.substring(ce, closeEnd), kind);
        }
        int d = 0;
        while (ce + d < all.length() && d < 3 && (all.charAt(ce + d) == '*' || all.charAt(ce + d) == '_'
                || all.charAt(ce + d) == '^' || all.charAt(ce + d) == '~')) d++;
        if (d == 0 || openEnd - d < 0) return null;
        String delimiter = all.substring(ce, ce + d);
        if (!all.startsWith(delimiter, openEnd - d)) return null;
        return new Construct(openEnd - d, cs, ce, ce + d, delimiter, delimiter, kind);
    }

    private static int[] extent(List<Inline> inlines) {
        int[] e = {Integer.MAX_VALUE, -1};
        extent(inlines, e);
        return e;
    }

    private static void extent(List<Inline> inlines, int[] e) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                long[] pairs = t.source().pairs();
                for (int p = 0; p < pairs.length; p += 2) {
                    if (pairs[p + 1] < 0) continue;
                    int from = (int) pairs[p];
                    int to = p + 2 < pairs.length ? (int) pairs[p + 2] : t.text().length();
                    if (to <= from) continue;
                    e[0] = (int) Math.min(e[0], pairs[p + 1]);
                    e[1] = (int) Math.max(e[1], pairs[p + 1] + (to - from) - 1);
                }
            } else if (in instanceof Inline.Strong s) {
                extent(s.content(), e);
            } else if (in instanceof Inline.Emph x) {
                extent(x.content(), e);
            } else if (in instanceof Inline.Span s) {
                extent(s.content(), e);
            } else if (in instanceof Inline.IndexTerm t) {
                extent(t.content(), e);
            } else if (in instanceof Inline.Link l) {
                extent(l.content(), e);
            } else if (in instanceof Inline.EntryTitle t) {
                extent(t.content(), e);
            } else if (in instanceof Inline.Superscript s) {
                extent(s.content(), e);
            } else if (in instanceof Inline.Subscript s) {
                extent(s.content(), e);
            }
        }
    }

    /**
     * Ctrl+B / Ctrl+I on the shown characters {@code [start, end)}: when they are exactly the content of a bold
     * (emphasis) construct, its markup goes; otherwise they are wrapped — in {@code **…**} where CommonMark reads
     * that, else in the dialect's span form {@code […]{.strong}} (needed next to Chinese punctuation). Null when
     * nothing is selected.
     */
    public static Change toggle(String all, Hidden hidden, int start, int end, boolean strong) {
        while (start < end && hidden.at(start)) start++;
        while (end > start && hidden.at(end - 1)) end--;
        if (start >= end || all.substring(start, end).contains("\n")) return null;
        int lineStart = start == 0 ? 0 : all.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = all.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = all.length();
        String kind = strong ? "strong" : "emph";
        for (Construct c : constructs(all, lineStart, lineEnd)) {
            boolean same = c.kind().equals(kind) || (c.kind().equals("span") && c.close().contains("." + kind));
            if (same && c.contentStart() == start && c.contentEnd() == end) {
                String inner = all.substring(c.contentStart(), c.contentEnd());
                if (c.openStart() < c.contentStart() && all.charAt(c.contentStart() - 1) == '\\') inner = "\\" + inner;
                return new Change(c.openStart(), c.closeEnd(), inner, c.openStart() + inner.length());
            }
        }
        String inner = all.substring(start, end);
        boolean flanked = !punctuation(inner.codePointAt(0)) && !punctuation(inner.codePointBefore(inner.length()));
        String text = flanked ? (strong ? "**" + inner + "**" : "*" + inner + "*") : "[" + inner + "]{." + kind + "}";
        return new Change(start, end, text, start + text.length());
    }

    private static boolean punctuation(int cp) {
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION || Character.isWhitespace(cp);
    }

    private static final Pattern NOTE_LABEL = Pattern.compile("\\[\\^(e?)(\\d+)\\]");

    /**
     * Pasting blocks (Markdown of the importers) at the caret: the caret's paragraph is split there (its inline
     * markup closed and reopened), the blocks go between the halves, and their notes are numbered after the
     * item's own and their definitions put at the end of the text, where the item's notes are.
     */
    public static Change insertBlocks(String all, Hidden hidden, int caret, String blocks) {
        int max = 0;
        Matcher existing = NOTE_LABEL.matcher(all);
        while (existing.find()) max = Math.max(max, Integer.parseInt(existing.group(2)));
        int offset = max;
        Matcher m = NOTE_LABEL.matcher(blocks);
        StringBuilder relabelled = new StringBuilder();
        while (m.find()) m.appendReplacement(relabelled, Matcher.quoteReplacement("[^" + m.group(1) + (Integer.parseInt(m.group(2)) + offset) + "]"));
        m.appendTail(relabelled);
        StringBuilder body = new StringBuilder();
        StringBuilder defs = new StringBuilder();
        boolean inDef = false;
        for (String line : relabelled.toString().split("\n", -1)) {
            if (line.startsWith("[^") && line.contains("]:")) inDef = true;
            else if (!line.isEmpty() && !line.startsWith(" ")) inDef = false;
            (inDef ? defs : body).append(line).append('\n');
        }
        String fragment = body.toString().strip();
        String notes = defs.toString().strip();
        boolean oneParagraph = !fragment.contains("\n");
        int at = insertionPoint(all, hidden, caret);
        String text;
        int caretInText;
        if (oneParagraph) {
            text = fragment;
            caretInText = text.length();
        } else {
            Change split = newParagraph(all, hidden, at);
            at = split.start();
            String[] halves = split.text().split("\n\n", 2);
            int lineStart = at == 0 ? 0 : all.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = all.indexOf('\n', at);
            if (lineEnd < 0) lineEnd = all.length();
            boolean atStart = all.substring(lineStart, at).chars().allMatch(c -> c == ' ') || hiddenUpTo(hidden, lineStart, at);
            boolean atEnd = all.substring(at, lineEnd).isBlank() || hiddenUpTo(hidden, at, lineEnd);
            String head = atStart ? "" : halves[0] + "\n\n";
            String tail = atEnd ? "" : "\n\n" + (halves.length > 1 ? halves[1] : "");
            text = head + fragment + tail;
            caretInText = head.length() + fragment.length();
        }
        if (notes.isEmpty()) return new Change(at, at, text, at + caretInText);
        String rest = all.substring(at);
        String end = (rest.endsWith("\n") || (rest.isEmpty() && all.endsWith("\n")) ? "\n" : "\n\n") + notes;
        return new Change(at, all.length(), text + rest + end, at + caretInText);
    }

    private static boolean hiddenUpTo(Hidden hidden, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!hidden.at(i)) return false;
        }
        return true;
    }

    private static final Pattern SUGGESTION_ATTR = Pattern.compile("^\\]\\{\\.(insertion|deletion)\\b[^}]*\\}$");
    private static final Pattern AUTHOR = Pattern.compile("\\bauthor=\"([^\"]*)\"");

    /** A pending suggestion of the text: its whole markup {@code [start, end)}, kind, author and shown content. */
    public record Pending(int start, int end, int contentStart, int contentEnd, boolean insertion, String author) {
    }

    /** The pending suggestions of the line {@code [lineStart, lineEnd)}, outermost first. */
    static List<Pending> pending(String all, int lineStart, int lineEnd) {
        List<Pending> out = new ArrayList<>();
        for (Construct c : constructs(all, lineStart, lineEnd)) {
            Matcher m = SUGGESTION_ATTR.matcher(c.close());
            if (!c.kind().equals("span") || !m.matches()) continue;
            Matcher a = AUTHOR.matcher(c.close());
            out.add(new Pending(c.openStart(), c.closeEnd(), c.contentStart(), c.contentEnd(), m.group(1).equals("insertion"),
                    a.find() ? a.group(1) : ""));
        }
        return out;
    }

    /** The innermost pending suggestion at {@code at} (its content or markup), or null. */
    public static Pending pendingAt(String all, int at) {
        int lineStart = at == 0 ? 0 : all.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = all.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = all.length();
        Pending best = null;
        for (Pending p : pending(all, lineStart, lineEnd)) {
            if (p.start() <= at && at <= p.end() && (best == null || p.end() - p.start() < best.end() - best.start())) best = p;
        }
        return best;
    }

    /**
     * Accepting or rejecting one suggestion, as Word does: an accepted insertion (a rejected deletion) becomes
     * plain text, an accepted deletion (a rejected insertion) goes.
     */
    public static Change resolve(String all, Pending p, boolean accept) {
        boolean keep = p.insertion() == accept;
        String inner = all.substring(p.contentStart(), p.contentEnd());
        if (p.contentStart() > p.start() + 1 && all.charAt(p.contentStart() - 1) == '\\') inner = "\\" + inner;
        String text = keep ? inner : "";
        return new Change(p.start(), p.end(), text, p.start() + text.length());
    }

    /** Every suggestion of one reviewer accepted or rejected: the whole text's change (null when they have none). */
    public static Change resolveAll(String all, String author, boolean accept) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        int lineStart = 0;
        boolean any = false;
        while (lineStart <= all.length()) {
            int lineEnd = all.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = all.length();
            if (all.substring(lineStart, lineEnd).contains("{.")) {
                // outermost first; a suggestion inside another one is resolved with it
                int covered = -1;
                for (Pending p : pending(all, lineStart, lineEnd)) {
                    if (p.start() < covered || !p.author().equals(author)) continue;
                    Change c = resolve(all, p, accept);
                    out.append(all, last, p.start()).append(c.text());
                    last = p.end();
                    covered = p.end();
                    any = true;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (!any) return null;
        out.append(all.substring(last));
        return new Change(0, all.length(), out.toString(), 0);
    }

    /** The authors of the text's pending suggestions, in order of appearance. */
    public static List<String> suggestionAuthors(String all) {
        java.util.LinkedHashSet<String> authors = new java.util.LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{\\.(?:insertion|deletion)\\b[^}\\n]*\\}").matcher(all);
        while (m.find()) {
            Matcher a = AUTHOR.matcher(m.group());
            authors.add(a.find() ? a.group(1) : "");
        }
        return new ArrayList<>(authors);
    }

    /**
     * The text as it reads (the shown characters) with each shown character's place in the Markdown, so that find
     * and replace in the reading view match what the editor sees ({@code 约有} across a suggestion's hidden markup).
     */
    public record Shown(String text, int[] source) {
        public static Shown of(String all, Hidden hidden) {
            StringBuilder sb = new StringBuilder(all.length());
            int[] src = new int[all.length()];
            int n = 0;
            for (int i = 0; i < all.length(); i++) {
                if (hidden.at(i)) continue;
                sb.append(all.charAt(i));
                src[n++] = i;
            }
            return new Shown(sb.toString(), java.util.Arrays.copyOf(src, n));
        }

        /** The shown index of the first shown character at or after the Markdown offset {@code at}. */
        public int shownAt(int at) {
            int k = java.util.Arrays.binarySearch(source, at);
            return k >= 0 ? k : -k - 1;
        }

        /** The Markdown range of the shown characters {@code [from, to)}. */
        public int[] sourceRange(int from, int to) {
            if (from >= to) {
                int at = from < source.length ? source[from] : (source.length == 0 ? 0 : source[source.length - 1] + 1);
                return new int[]{at, at};
            }
            return new int[]{source[from], source[to - 1] + 1};
        }
    }

    /**
     * Replace all in the reading view: every match of {@code query} in the shown text replaced by the typed
     * {@code replacement}, each as {@link #replace} makes it (markup kept, the replacement escaped); null if none.
     * The change's {@code caret} is the number of replacements.
     */
    public static Change replaceAll(String all, Hidden hidden, String query, String replacement, boolean ignoreCase) {
        if (query.isEmpty()) return null;
        Shown shown = Shown.of(all, hidden);
        String hay = ignoreCase ? shown.text().toLowerCase(java.util.Locale.ROOT) : shown.text();
        String needle = ignoreCase ? query.toLowerCase(java.util.Locale.ROOT) : query;
        List<int[]> matches = new ArrayList<>();
        int at = hay.indexOf(needle);
        while (at >= 0) {
            matches.add(shown.sourceRange(at, at + needle.length()));
            at = hay.indexOf(needle, at + needle.length());
        }
        if (matches.isEmpty()) return null;
        String text = all;
        // from the last to the first: the places before a replacement, and which of them are hidden, stay as they were
        for (int k = matches.size() - 1; k >= 0; k--) {
            int[] m = matches.get(k);
            text = replace(text, hidden, m[0], m[1], replacement).applyTo(text);
        }
        return new Change(0, all.length(), text, matches.size());
    }
}
