package org.annalist.doc.diff;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a revision as a reader reads it, from the document tree: headings, paragraphs, list items, table
 * cells and captions, each a paragraph ending in {@code \n}; a footnote's paragraphs after the paragraph that
 * calls it. Markup — emphasis marks, attributes, link targets, footnote labels — is not in it; a pending
 * deletion (修订建议) is not either, its insertion is. Each character keeps its offset in the Markdown it was
 * read from ({@link #markdownOffset}, -1 for what the program added: the paragraph ends, a space joining lines).
 */
public final class Reading {
    /** Stands for a picture or a note mark in the text. */
    public static final char OBJECT = '\uFFFC';

    private final String markdown;
    private final String text;
    private final int[] source;
    private final int[] paragraphEnds;

    private Reading(String markdown, String text, int[] source, int[] paragraphEnds) {
        this.markdown = markdown;
        this.text = text;
        this.source = source;
        this.paragraphEnds = paragraphEnds;
    }

    /** An item's body: parsed as {@link Markdown#parseBody}. */
    public static Reading of(String markdown) {
        String md = markdown == null ? "" : markdown;
        return of(Markdown.parseBody(md), md);
    }

    /** {@code body} as parsed from {@code markdown} with origin 0. */
    public static Reading of(Document body, String markdown) {
        Builder b = new Builder(markdown);
        b.blocks(body.blocks());
        return b.build();
    }

    /** A plain text (a title): its lines are its paragraphs, each character its own offset. */
    public static Reading plain(String text) {
        String t = text == null ? "" : text;
        Builder b = new Builder(t);
        int start = 0;
        for (String line : t.split("\n", -1)) {
            if (!line.isEmpty()) {
                b.ensure(b.text.length() + line.length());
                for (int i = 0; i < line.length(); i++) b.source[b.text.length() + i] = start + i;
                b.text.append(line);
                b.endParagraph();
            }
            start += line.length() + 1;
        }
        return b.build();
    }

    /** The Markdown this was read from. */
    public String markdown() {
        return markdown;
    }

    /** The text: each paragraph followed by {@code \n}. */
    public String text() {
        return text;
    }

    /** The offset in the Markdown of the text's character at {@code index}, or -1. */
    public int markdownOffset(int index) {
        return index < 0 || index >= source.length ? -1 : source[index];
    }

    /**
     * The Markdown range {from, to} holding the text {@code [from, to)}: from the first character of it that was in
     * the Markdown to just after the last; for an empty range or one of added characters only, the empty range
     * where the text stands (after the nearest character before it that was in the Markdown).
     */
    public int[] markdownRange(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (source[i] >= 0) {
                if (first < 0) first = source[i];
                last = source[i];
            }
        }
        if (first >= 0) {
            int end = last + 1;
            // a surrogate pair's second half is in the Markdown right after its first
            if (end < markdown.length() && Character.isLowSurrogate(markdown.charAt(end))) end++;
            return new int[]{first, end};
        }
        int at = 0;
        for (int i = Math.min(from, source.length) - 1; i >= 0; i--) {
            if (source[i] >= 0) {
                at = source[i] + 1;
                break;
            }
        }
        return new int[]{at, at};
    }

    /** Where each paragraph ends in the text (just after its {@code \n}). */
    int[] paragraphEnds() {
        return paragraphEnds.clone();
    }

    /** The paragraphs, each with its {@code \n}. */
    public List<String> paragraphs() {
        List<String> out = new ArrayList<>(paragraphEnds.length);
        int start = 0;
        for (int end : paragraphEnds) {
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    /** Collects the text of a tree. */
    private static final class Builder {
        final String markdown;
        final StringBuilder text = new StringBuilder();
        int[] source = new int[256];
        int[] ends = new int[32];
        int paragraphs;

        Builder(String markdown) {
            this.markdown = markdown;
        }

        void blocks(List<Block> blocks) {
            for (Block b : blocks) block(b);
        }

        void block(Block b) {
            if (b instanceof Block.Heading h) {
                paragraph(h.content());
            } else if (b instanceof Block.Paragraph p) {
                paragraph(p.content());
            } else if (b instanceof Block.ArticleHead a) {
                paragraph(a.content());
            } else if (b instanceof Block.BlockQuote q) {
                blocks(q.content());
            } else if (b instanceof Block.BulletList l) {
                for (List<Block> item : l.items()) blocks(item);
            } else if (b instanceof Block.OrderedList l) {
                for (List<Block> item : l.items()) blocks(item);
            } else if (b instanceof Block.Table t) {
                for (Block.Row row : t.rows()) for (Block.Cell cell : row.cells()) paragraph(cell.content());
                paragraph(t.caption());
            } else if (b instanceof Block.Figure f) {
                List<List<Block>> notes = new ArrayList<>();
                object();
                inlines(f.caption(), notes);
                endParagraph();
                for (List<Block> note : notes) blocks(note);
            } else if (b instanceof Block.Rule) {
                object();
                endParagraph();
            }
        }

        /** One paragraph; the notes it calls follow it as paragraphs of their own. */
        void paragraph(List<Inline> content) {
            List<List<Block>> notes = new ArrayList<>();
            int start = text.length();
            inlines(content, notes);
            if (text.length() > start) endParagraph();
            for (List<Block> note : notes) blocks(note);
        }

        void inlines(List<Inline> content, List<List<Block>> notes) {
            for (Inline in : content) {
                if (in instanceof Inline.Text t) {
                    text(t);
                } else if (in instanceof Inline.LineBreak) {
                    added(' ');
                } else if (in instanceof Inline.Emph e) {
                    inlines(e.content(), notes);
                } else if (in instanceof Inline.Strong s) {
                    inlines(s.content(), notes);
                } else if (in instanceof Inline.Superscript s) {
                    inlines(s.content(), notes);
                } else if (in instanceof Inline.Subscript s) {
                    inlines(s.content(), notes);
                } else if (in instanceof Inline.Link l) {
                    inlines(l.content(), notes);
                } else if (in instanceof Inline.IndexTerm t) {
                    inlines(t.content(), notes);
                } else if (in instanceof Inline.EntryTitle t) {
                    inlines(t.content(), notes);
                } else if (in instanceof Inline.Note n) {
                    object();
                    notes.add(n.content());
                } else if (in instanceof Inline.Span s) {
                    if (Suggestions.kindOf(s) == Suggestions.Kind.DELETION) continue;
                    if (s.attr().classes().contains("image")) object();
                    else inlines(s.content(), notes);
                }
            }
        }

        void text(Inline.Text t) {
            String s = t.text();
            int start = text.length();
            ensure(start + s.length());
            long[] pairs = t.source().pairs();
            int p = 0;
            for (int i = 0; i < s.length(); i++) {
                while (p + 2 < pairs.length && pairs[p + 2] <= i) p += 2;
                long key = pairs.length == 0 || pairs[p] > i || pairs[p + 1] < 0 ? -1 : pairs[p + 1] + (i - pairs[p]);
                source[start + i] = key < 0 || key >= markdown.length() ? -1 : (int) key;
            }
            text.append(s.indexOf('\n') < 0 ? s : s.replace('\n', ' '));
        }

        void object() {
            added(OBJECT);
        }

        void added(char c) {
            ensure(text.length() + 1);
            source[text.length()] = -1;
            text.append(c);
        }

        void endParagraph() {
            added('\n');
            if (paragraphs == ends.length) ends = Arrays.copyOf(ends, paragraphs * 2);
            ends[paragraphs++] = text.length();
        }

        void ensure(int size) {
            if (size > source.length) source = Arrays.copyOf(source, Math.max(size, source.length * 2));
        }

        Reading build() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') endParagraph();
            return new Reading(markdown, text.toString(), Arrays.copyOf(source, text.length()), Arrays.copyOf(ends, paragraphs));
        }
    }
}
