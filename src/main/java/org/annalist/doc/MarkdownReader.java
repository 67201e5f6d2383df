package org.annalist.doc;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** Converts a flexmark document to the neutral tree, block by block. */
final class MarkdownReader {
    private final InlineReader inlines;
    /** Fancy list markers ({@code a.}, {@code (iv)}) as written, by offset: flexmark saw digits there. */
    private final java.util.Map<Integer, String> fancy;

    private MarkdownReader(com.vladsch.flexmark.util.ast.Document document, java.util.Map<Integer, String> fancy,
                           java.util.function.IntToLongFunction keys) {
        this.inlines = new InlineReader(this, document, keys);
        this.fancy = fancy;
    }

    static Document read(com.vladsch.flexmark.util.ast.Document document) {
        return read(document, java.util.Map.of(), offset -> offset);
    }

    /** {@code keys}: an offset in the parsed text → its source key (see {@link SourceMap}). */
    static Document read(com.vladsch.flexmark.util.ast.Document document, java.util.Map<Integer, String> fancy,
                         java.util.function.IntToLongFunction keys) {
        return new Document(new MarkdownReader(document, fancy, keys).blocks(document));
    }

    List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, out);
        return out;
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof Paragraph p) {
            Block b = paragraph(p);
            if (b != null) out.add(b);
        } else if (n instanceof Heading h) {
            out.add(new Block.Heading(h.getLevel(), inlines.read(h)));
        } else if (n instanceof BlockQuote) {
            out.add(new Block.BlockQuote(blocks(n)));
        } else if (n instanceof BulletList) {
            out.add(new Block.BulletList(items(n)));
        } else if (n instanceof OrderedList) {
            ordered(n, out);
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.Rule());
        } else if (n instanceof TableBlock t) {
            out.add(TableReader.read(t, inlines));
        } else if (n instanceof FencedCodeBlock code) {
            code(code.getContentChars().toString(), out);
        } else if (n instanceof IndentedCodeBlock code) {
            code(code.getContentChars().toString(), out);
        } else if (n instanceof HtmlBlock) {
            String html = n.getChars().toString().strip();
            if (!html.isEmpty()) out.add(new Block.Paragraph(List.of(new Inline.Text(html))));
        } else if (n instanceof HtmlCommentBlock || n instanceof Reference || n instanceof FootnoteBlock) {
            // Definitions are resolved where they are referenced; comments are not content.
        } else if (n.hasChildren()) {
            out.addAll(blocks(n));
        }
    }

    private List<List<Block>> items(Node list) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) items.add(blocks(item));
        return items;
    }

    /**
     * An ordered list, split where the numbering changes (pandoc's rule: "a." after "1." opens a new list), which
     * flexmark cannot see: it was shown digits for fancy markers.
     */
    private void ordered(Node list, List<Block> out) {
        ListNumbering numbering = null;
        int start = 1;
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = marker(item);
            if (numbering == null || FancyLists.value(marker, numbering) < 0) {
                if (numbering != null) out.add(new Block.OrderedList(start, numbering, items));
                numbering = FancyLists.numbering(marker);
                start = Math.max(0, FancyLists.value(marker, numbering));
                items = new ArrayList<>();
            }
            items.add(blocks(item));
        }
        if (numbering != null) out.add(new Block.OrderedList(start, numbering, items));
    }

    private String marker(Node item) {
        if (!(item instanceof OrderedListItem li)) return "1.";
        String written = fancy.get(li.getOpeningMarker().getStartOffset());
        return written != null ? written : li.getOpeningMarker().toString();
    }

    /** The tree has no code; code blocks keep their lines as a paragraph with line breaks. */
    private static void code(String content, List<Block> out) {
        String[] lines = content.stripTrailing().split("\r?\n", -1);
        InlineBuffer buf = new InlineBuffer();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) buf.add(new Inline.LineBreak());
            buf.text(lines[i]);
        }
        List<Inline> content2 = buf.build();
        if (!content2.isEmpty()) out.add(new Block.Paragraph(content2));
    }

    /**
     * Image titles that ask for a placement: {@code ![图注](图.jpg "通栏")} across all columns at a page top,
     * "通栏下" at a page bottom, "上"/"下" at the top/bottom of a column. Any other title is dropped.
     */
    static final String SPANNING_TITLE = "通栏";

    /** The image title for a figure's placement, "" for one set where it is referenced. */
    static String placementTitle(Block.Figure f) {
        String where = switch (f.place()) {
            case HERE -> "";
            case TOP -> f.spanning() ? "" : "上";
            case BOTTOM -> "下";
        };
        return f.spanning() ? SPANNING_TITLE + where : where;
    }

    private static Block.Figure figure(String source, List<Inline> caption, String title) {
        boolean spanning = title.startsWith(SPANNING_TITLE);
        String where = spanning ? title.substring(SPANNING_TITLE.length()).strip() : title;
        Block.Figure.Place place = switch (where) {
            case "上" -> Block.Figure.Place.TOP;
            case "下" -> Block.Figure.Place.BOTTOM;
            default -> Block.Figure.Place.HERE;
        };
        if (spanning && !where.isEmpty() && place == Block.Figure.Place.HERE) spanning = false; // "通栏图" etc.: not a request
        return new Block.Figure(source, caption, spanning, place);
    }

    /** A paragraph: a figure, an article head (篇名, 副题, 署名: {@link ArticleHeads}) or text. */
    private Block paragraph(Paragraph p) {
        Node first = p.getFirstChild();
        if (first instanceof Image image && image.getNext() == null) {
            String title = image.getTitle().unescape().strip();
            return figure(image.getUrl().unescape(), inlines.read(image), title);
        }
        Attr attr = trailingAttr(p);
        first = p.getFirstChild();
        InlineBuffer buf = new InlineBuffer();
        Node rest = first;
        boolean entry = false;
        if (first instanceof StrongEmphasis strong) {
            List<Inline> content = inlines.read(strong);
            if (InlineWriter.looksLikeEntryTitle(content)) {
                buf.add(new Inline.EntryTitle(stripBrackets(content)));
                rest = strong.getNext();
                entry = true;
            }
        }
        inlines.readSiblings(rest, buf);
        List<Inline> content = buf.build();
        if (entry && content.size() > 1 && content.get(1) instanceof Inline.Text t && t.text().startsWith(" ")) {
            // The single space that separates 【title】 from the text is syntax, not content.
            List<Inline> trimmed = new ArrayList<>(content);
            if (t.text().length() == 1) trimmed.remove(1);
            else trimmed.set(1, t.slice(1, t.text().length()));
            content = trimmed;
        }
        if (content.isEmpty()) return null;
        Block.ArticleHead head = entry || !attr.isEmpty() ? null : ArticleHeads.read(content);
        return head != null ? head : new Block.Paragraph(content, attr);
    }

    /**
     * A paragraph's attributes, written on a line of their own after its text ({@code {custom-style="名称"}}, see
     * docs/markup.md): read, and their line taken off the paragraph (with the soft break before it) so that the
     * text is read as if it were not there. {@link Attr#EMPTY} when the last line is not such a block.
     */
    private static Attr trailingAttr(Paragraph p) {
        Node brk = p.getLastChild();
        while (brk != null && !(brk instanceof SoftLineBreak)) brk = brk.getPrevious();
        if (brk == null || brk.getNext() == null || !(brk.getNext() instanceof com.vladsch.flexmark.ast.Text)) return Attr.EMPTY;
        com.vladsch.flexmark.util.sequence.BasedSequence source = p.getChars().getBaseSequence();
        int start = brk.getNext().getStartOffset();
        AttrSyntax.Parsed parsed = AttrSyntax.parse(source, start);
        if (parsed == null || parsed.attr().isEmpty()) return Attr.EMPTY;
        int end = parsed.end();
        while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t' || source.charAt(end) == '\r')) end++;
        if (end < source.length() && source.charAt(end) != '\n') return Attr.EMPTY;
        for (Node n = brk.getNext(); n != null; n = n.getNext()) {
            if (n.getEndOffset() > parsed.end() && n.getStartOffset() < end) {
                if (!source.subSequence(Math.max(n.getStartOffset(), parsed.end()), n.getEndOffset()).isBlank()) return Attr.EMPTY;
            }
        }
        Node n = brk;
        while (n != null) {
            Node next = n.getNext();
            n.unlink();
            n = next;
        }
        return parsed.attr();
    }

    private static List<Inline> stripBrackets(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        Inline.Text first = (Inline.Text) out.get(0);
        out.set(0, first.slice(1, first.text().length()));
        int last = out.size() - 1;
        Inline.Text lastText = (Inline.Text) out.get(last);
        out.set(last, lastText.slice(0, lastText.text().length() - 1));
        out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return out;
    }
}
