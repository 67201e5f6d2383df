package org.annalist.doc;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The Markdown form of the document tree (the dialect is described in docs/markup.md). {@link #write} followed
 * by {@link #parse} gives back an equal tree.
 */
public final class Markdown {
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                    SuperscriptExtension.create(), StrikethroughSubscriptExtension.create()))
            .set(Parser.SPACE_IN_LINK_URLS, true)
            .set(TablesExtension.WITH_CAPTION, true)
            .set(TablesExtension.COLUMN_SPANS, true)
            .set(TablesExtension.MIN_HEADER_ROWS, 0)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, false)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, false)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private Markdown() {
    }

    /**
     * The tree of a Markdown text. A book file's title block — a first line {@code % 书名}, optionally a second
     * {@code % 副题} — goes into {@link Document#meta()} (pandoc's title block, its second line read as the
     * subtitle); the body follows.
     */
    public static Document parse(String markdown) {
        return parse(markdown, 0);
    }

    /**
     * As {@link #parse(String)}, each text traced to its characters' offsets in {@code markdown} plus {@code origin}
     * ({@link Inline.Text#source()}).
     */
    public static Document parse(String markdown, long origin) {
        TitleBlock head = TitleBlock.read(markdown);
        return head.apply(parseBody(markdown.substring(head.end()), origin + head.end()));
    }

    /**
     * An item's body: as {@link #parse}, but a body has no title block — a first line starting with {@code %} is
     * text (bodies stored before the writer escaped it may have one).
     */
    public static Document parseBody(String markdown) {
        return parseBody(markdown, 0);
    }

    /**
     * An item's body, each text traced to its characters' offsets in it plus {@code origin}: an item's body is
     * parsed with an origin of its own, so that a printed character leads back to the item and the place in its
     * text.
     */
    public static Document parseBody(String markdown, long origin) {
        if (!PlainBlocks.splittable(markdown)) return flexmark(markdown, offset -> origin + offset);
        return splittable(markdown, origin);
    }

    /** {@link #parse} of a text known to be {@link PlainBlocks#splittable}. */
    private static Document splittable(String markdown, long origin) {
        return new Document(PlainBlocks.read(markdown, origin, (piece, keys) -> flexmark(piece, keys).blocks()));
    }

    /** The whole text through flexmark: what {@link #parse} gives, slower (kept for comparison in tests). */
    static Document flexmark(String markdown) {
        return flexmark(markdown, offset -> offset);
    }

    /** {@code keys}: an offset in {@code markdown} → the source key of that character. */
    static Document flexmark(String markdown, java.util.function.IntToLongFunction keys) {
        FancyLists.Prepared prepared = FancyLists.prepare(markdown);
        while (true) {
            com.vladsch.flexmark.util.ast.Document parsed = PARSER.parse(prepared.text());
            if (prepared.markers().isEmpty()) return MarkdownReader.read(parsed, prepared.markers(), keys);
            java.util.Set<Integer> items = new java.util.HashSet<>();
            for (com.vladsch.flexmark.util.ast.Node n : parsed.getDescendants()) {
                if (n instanceof com.vladsch.flexmark.ast.OrderedListItem item) items.add(item.getOpeningMarker().getStartOffset());
            }
            java.util.Set<Integer> stray = new java.util.HashSet<>(prepared.markers().keySet());
            stray.removeAll(items);
            if (stray.isEmpty()) return MarkdownReader.read(parsed, prepared.markers(), keys);
            // a marker flexmark read as text (in code, continuing a paragraph): its own characters go back
            prepared = prepared.without(stray, markdown);
        }
    }

    /** Below this size a book is parsed in one piece: splitting would not pay. */
    private static final int PARALLEL_MIN_CHARS = 200_000;

    /**
     * The same tree as {@link #parse}, faster for a whole book: the text is cut before its level-1 headings
     * ({@code # 类目}) and the pieces are parsed concurrently. Only done when nothing can refer across pieces
     * (no footnotes, link reference definitions or fenced code, which could hide a "# " line); otherwise,
     * and for short texts, it is {@link #parse}.
     */
    public static Document parseParallel(String markdown) {
        if (markdown.length() < PARALLEL_MIN_CHARS || !PlainBlocks.splittable(markdown)) {
            return parse(markdown);
        }
        TitleBlock head = TitleBlock.read(markdown);
        return head.apply(parseBodyParallel(markdown.substring(head.end()), head.end()));
    }

    /** A book's body (after its title block, which starts {@code origin} characters into the file) in pieces. */
    private static Document parseBodyParallel(String markdown, long origin) {
        if (markdown.length() < PARALLEL_MIN_CHARS || !PlainBlocks.splittable(markdown)) {
            return parseBody(markdown, origin);
        }
        List<String> pieces = new java.util.ArrayList<>();
        List<Integer> starts = new java.util.ArrayList<>();
        int start = 0;
        int at = markdown.indexOf("\n# ");
        while (at >= 0) {
            if (at + 1 - start > PARALLEL_MIN_CHARS / 4) {
                pieces.add(markdown.substring(start, at + 1));
                starts.add(start);
                start = at + 1;
            }
            at = markdown.indexOf("\n# ", at + 1);
        }
        pieces.add(markdown.substring(start));
        starts.add(start);
        if (pieces.size() == 1) return splittable(markdown, origin);
        // each piece of a splittable text is splittable
        List<Document> parsed = java.util.stream.IntStream.range(0, pieces.size()).parallel()
                .mapToObj(k -> splittable(pieces.get(k), origin + starts.get(k))).toList();
        List<Block> blocks = new java.util.ArrayList<>();
        for (Document d : parsed) blocks.addAll(d.blocks());
        return new Document(blocks);
    }

    /**
     * One line per paragraph, one blank line between blocks, footnote definitions at the end; a title (and
     * subtitle) in the metadata first as {@code % 书名} lines. The rest of the metadata (版权页, structure, block ids)
     * is not part of the text.
     */
    public static String write(Document document) {
        return MarkdownWriter.write(document);
    }
}
