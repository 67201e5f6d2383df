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

    public static Document parse(String markdown) {
        return MarkdownReader.read(PARSER.parse(markdown));
    }

    /** One line per paragraph, one blank line between blocks, footnote definitions at the end. */
    public static String write(Document document) {
        return MarkdownWriter.write(document);
    }
}
