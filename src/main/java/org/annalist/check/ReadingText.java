package org.annalist.check;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an item as a reader reads it, cut into {@link Unit}s, from the document tree: never the markup, so
 * attribute syntax, link targets and footnote labels are never checked; each character keeps its place in the
 * Markdown from the tree's source map.
 */
final class ReadingText {
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)[^\\s\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’\\u4E00-\\u9FFF]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|gov|edu)(?:\\.cn)?(?:/[^\\s\\u3000-\\u303F\\uFF00-\\uFFEF\\u4E00-\\u9FFF]*)?");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?!`)(.+?)(?<!`)\\1(?!`)", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```+|~~~+).*$");

    private final String markdown;
    private final long origin;
    private final Set<String> exceptions;
    private final List<Unit> units = new ArrayList<>();
    private BitSet code;

    private ReadingText(String markdown, long origin, Set<String> exceptions) {
        this.markdown = markdown;
        this.origin = origin;
        this.exceptions = exceptions;
    }

    /** The units of {@code body}, parsed from {@code markdown} with source keys starting at {@code origin}. */
    static List<Unit> of(Document body, String markdown, long origin, Set<String> exceptions) {
        ReadingText r = new ReadingText(markdown, origin, exceptions);
        r.blocks(body.blocks());
        for (int k = 0; k + 1 < r.units.size(); k++) {
            Unit next = r.units.get(k + 1);
            r.units.get(k).nextOpensQuote = next.length() > 0 && next.text.charAt(0) == '“';
        }
        return r.units;
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) block(b);
    }

    private void block(Block b) {
        if (b instanceof Block.Heading h) {
            unit(Unit.Kind.HEADING, h.content());
        } else if (b instanceof Block.Paragraph p) {
            List<Inline> content = p.content();
            if (!content.isEmpty() && content.get(0) instanceof Inline.EntryTitle t) {
                unit(Unit.Kind.ENTRY_TITLE, t.content());
                content = content.subList(1, content.size());
            }
            unit(Unit.Kind.BODY, content);
        } else if (b instanceof Block.ArticleHead a) {
            unit(a.part() == Block.ArticleHead.Part.TITLE ? Unit.Kind.HEADING : Unit.Kind.BODY, a.content());
        } else if (b instanceof Block.BlockQuote q) {
            blocks(q.content());
        } else if (b instanceof Block.BulletList l) {
            for (List<Block> item : l.items()) blocks(item);
        } else if (b instanceof Block.OrderedList l) {
            for (List<Block> item : l.items()) blocks(item);
        } else if (b instanceof Block.Table t) {
            for (Block.Row row : t.rows()) for (Block.Cell cell : row.cells()) unit(Unit.Kind.BODY, cell.content());
            unit(Unit.Kind.BODY, t.caption());
        } else if (b instanceof Block.Figure f) {
            unit(Unit.Kind.BODY, f.caption());
        }
    }

    /** Collects one unit; notes met in it become units of their own after it. */
    private void unit(Unit.Kind kind, List<Inline> content) {
        if (content.isEmpty()) return;
        Builder b = new Builder();
        List<List<Block>> notes = new ArrayList<>();
        inlines(content, b, false, notes);
        if (b.text.length() > 0) units.add(finish(kind, b));
        for (List<Block> note : notes) blocks(note);
    }

    private void inlines(List<Inline> content, Builder b, boolean noFix, List<List<Block>> notes) {
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                b.text(t, noFix);
            } else if (in instanceof Inline.LineBreak) {
                b.object('\n');
            } else if (in instanceof Inline.Emph e) {
                inlines(e.content(), b, noFix, notes);
            } else if (in instanceof Inline.Strong s) {
                inlines(s.content(), b, noFix, notes);
            } else if (in instanceof Inline.Superscript s) {
                inlines(s.content(), b, noFix, notes);
            } else if (in instanceof Inline.Subscript s) {
                inlines(s.content(), b, noFix, notes);
            } else if (in instanceof Inline.Link l) {
                inlines(l.content(), b, true, notes);
            } else if (in instanceof Inline.IndexTerm t) {
                inlines(t.content(), b, true, notes);
            } else if (in instanceof Inline.EntryTitle t) {
                inlines(t.content(), b, noFix, notes);
            } else if (in instanceof Inline.Note n) {
                b.object(Unit.OBJECT);
                notes.add(n.content());
            } else if (in instanceof Inline.Span s) {
                List<String> classes = s.attr().classes();
                if (classes.contains(Suggestions.DELETION) || classes.contains("image")) b.object(Unit.OBJECT);
                else inlines(s.content(), b, true, notes);
            }
        }
    }

    private Unit finish(Unit.Kind kind, Builder b) {
        String text = b.text.toString();
        int[] source = Arrays.copyOf(b.source, text.length());
        BitSet quiet = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            int s = source[i];
            if (s < 0) continue;
            if (s > 0 && s <= markdown.length() && markdown.charAt(s - 1) == '\\' && text.charAt(i) != '\\') quiet.set(i);
            else if (inCode(s)) quiet.set(i);
        }
        mark(URL, text, quiet);
        mark(EMAIL, text, quiet);
        mark(DOMAIN, text, quiet);
        for (String w : exceptions) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) quiet.set(at, at + w.length());
        }
        latinSentences(text, quiet);
        return new Unit(kind, text, source, quiet, b.noFix);
    }

    private static void mark(Pattern p, String text, BitSet quiet) {
        if (p == URL && text.indexOf("://") < 0 && text.indexOf("www.") < 0 && text.indexOf("WWW.") < 0) return;
        if (p == EMAIL && text.indexOf('@') < 0) return;
        if (p == DOMAIN && text.indexOf('.') < 0) return;
        Matcher m = p.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) end--; // sentence marks after a URL
            quiet.set(m.start(), end);
        }
    }

    /**
     * A Latin sentence — a run without Chinese holding three or more Latin words — is quiet from its first letter
     * to its end: its commas, quotes and stops are English ones.
     */
    private static void latinSentences(String text, BitSet quiet) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && (Chars.isChinese(text.charAt(i)) || !Chars.isLatinLetter(text.charAt(i)))) i++;
            int start = i;
            int words = 0;
            boolean inWord = false;
            while (i < n && !Chars.isChinese(text.charAt(i)) && text.charAt(i) != Unit.OBJECT) {
                char c = text.charAt(i);
                boolean letter = Chars.isLatinLetter(c);
                // a word starts after a space: rmzk001@people.cn or www.gov.cn is one word, not a sentence
                if (letter && !inWord && (i == start || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '"')) words++;
                inWord = letter || !Character.isWhitespace(c) && c != '"';
                i++;
            }
            if (words >= 3) quiet.set(start, i);
        }
    }

    /** Whether the Markdown offset lies in a code span or fenced code block. */
    private boolean inCode(int offset) {
        if (code == null) {
            code = new BitSet();
            if (markdown.indexOf('`') >= 0 || markdown.contains("~~~")) {
                Matcher f = FENCE.matcher(markdown);
                int open = -1;
                String fence = null;
                while (f.find()) {
                    if (open < 0) {
                        open = f.start();
                        fence = f.group(1);
                    } else if (f.group().strip().startsWith(fence)) {
                        code.set(open, f.end());
                        open = -1;
                    }
                }
                Matcher m = INLINE_CODE.matcher(markdown);
                while (m.find()) code.set(m.start(), m.end());
            }
        }
        return code.get(offset);
    }

    /** The characters of one unit being collected. */
    private final class Builder {
        final StringBuilder text = new StringBuilder();
        int[] source = new int[64];
        final BitSet noFix = new BitSet();

        void text(Inline.Text t, boolean fixless) {
            String s = t.text();
            int start = text.length();
            ensure(start + s.length());
            long[] pairs = t.source().pairs();
            int p = 0;
            for (int i = 0; i < s.length(); i++) {
                while (p + 2 < pairs.length && pairs[p + 2] <= i) p += 2;
                long key = pairs.length == 0 || pairs[p] > i || pairs[p + 1] < 0 ? -1 : pairs[p + 1] + (i - pairs[p]) - origin;
                source[start + i] = key < 0 || key >= markdown.length() ? -1 : (int) key;
            }
            text.append(s);
            if (fixless) noFix.set(start, text.length());
        }

        void object(char c) {
            ensure(text.length() + 1);
            source[text.length()] = -1;
            text.append(c);
        }

        private void ensure(int size) {
            if (size > source.length) source = Arrays.copyOf(source, Math.max(size, source.length * 2));
        }
    }
}
