package org.annalist.doc;

import java.util.List;

/** A block-level element of the document tree. */
public sealed interface Block {

    /**
     * The block's attributes: id, classes, key–values (pandoc's {@code Attr}). Headings, paragraphs and article
     * heads carry their own; the other blocks have none yet.
     */
    default Attr attr() {
        return Attr.EMPTY;
    }

    /** A heading; level 1 is the highest level inside the item body (一、 in Chinese numbering). */
    record Heading(int level, List<Inline> content, Attr attr) implements Block {
        public Heading {
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
            content = List.copyOf(content);
            if (attr == null) attr = Attr.EMPTY;
        }

        public Heading(int level, List<Inline> content) {
            this(level, content, Attr.EMPTY);
        }

        /** The same heading (level, attributes) with other content. */
        public Heading withContent(List<Inline> newContent) {
            return new Heading(level, newContent, attr);
        }
    }

    /**
     * A paragraph; in Chinese text it is printed with a 2-em first-line indent (R11). A Word paragraph style the
     * tree has no record for is kept as {@link Attr#CUSTOM_STYLE} in {@code attr}.
     */
    record Paragraph(List<Inline> content, Attr attr) implements Block {
        public Paragraph {
            content = List.copyOf(content);
            if (attr == null) attr = Attr.EMPTY;
        }

        public Paragraph(List<Inline> content) {
            this(content, Attr.EMPTY);
        }

        /** The same paragraph (attributes) with other content. */
        public Paragraph withContent(List<Inline> newContent) {
            return new Paragraph(newContent, attr);
        }
    }

    /**
     * The head of an article (篇): its title (篇名), subtitle (副题, written with its dash: "——副题") or byline (署名).
     * A title's {@code level} is its place in the 目录 and the outline, one below its section's heading
     * (0: not given); a subtitle's and a byline's level is 0.
     */
    record ArticleHead(Part part, int level, List<Inline> content, Attr attr) implements Block {
        public ArticleHead {
            if (part == null) throw new IllegalArgumentException("article head without part");
            if (level < 0 || level > 6 || (part != Part.TITLE && level != 0)) {
                throw new IllegalArgumentException(part + " level " + level);
            }
            content = List.copyOf(content);
            if (attr == null) attr = Attr.EMPTY;
        }

        /** 篇名 at {@code level}. */
        public static ArticleHead title(int level, List<Inline> content) {
            return new ArticleHead(Part.TITLE, level, content, Attr.EMPTY);
        }

        /** 副题. */
        public static ArticleHead subtitle(List<Inline> content) {
            return new ArticleHead(Part.SUBTITLE, 0, content, Attr.EMPTY);
        }

        /** 署名. */
        public static ArticleHead byline(List<Inline> content) {
            return new ArticleHead(Part.BYLINE, 0, content, Attr.EMPTY);
        }

        /** The same head with other content. */
        public ArticleHead withContent(List<Inline> newContent) {
            return new ArticleHead(part, level, newContent, attr);
        }

        /** The same head with other attributes. */
        public ArticleHead withAttr(Attr newAttr) {
            return new ArticleHead(part, level, content, newAttr);
        }

        /** What an article head is. */
        public enum Part {
            /** 篇名. */
            TITLE,
            /** 副题. */
            SUBTITLE,
            /** 署名. */
            BYLINE
        }
    }

    /** A quotation (引文), usually set in 楷体. */
    record BlockQuote(List<Block> content) implements Block {
        public BlockQuote {
            content = List.copyOf(content);
        }
    }

    /** A bullet list; each item is a list of blocks. */
    record BulletList(List<List<Block>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * An ordered list starting at {@code start}, its numbers printed as {@code numbering} says (1. a) (i) …); each
     * item is a list of blocks, possibly none (Word's empty numbered paragraph: a bare number).
     */
    record OrderedList(int start, ListNumbering numbering, List<List<Block>> items) implements Block {
        public OrderedList {
            if (numbering == null) numbering = ListNumbering.DECIMAL;
            items = items.stream().map(List::copyOf).toList();
        }

        /** A list numbered 1. 2. 3. from {@code start}. */
        public OrderedList(int start, List<List<Block>> items) {
            this(start, ListNumbering.DECIMAL, items);
        }

        /** The printed number of the item at {@code index} (0-based): "3.", "c)", "(iii)". */
        public String marker(int index) {
            return numbering.marker(start + index);
        }

        /** The same list (start, numbering) with other items. */
        public OrderedList withItems(List<List<Block>> newItems) {
            return new OrderedList(start, numbering, newItems);
        }
    }

    /**
     * A table. {@code rows} holds the header rows first ({@code headerRows} of them). A cell covered by
     * another cell's span is not listed, as in HTML. {@code columns} gives each grid column's alignment.
     */
    record Table(List<Align> columns, int headerRows, List<Row> rows, List<Inline> caption) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            caption = List.copyOf(caption);
            if (headerRows < 0 || headerRows > rows.size()) throw new IllegalArgumentException("headerRows " + headerRows);
        }
    }

    /**
     * An image stored as an attachment ({@code source} like {@code attachment:12}) with its caption (图注);
     * {@code spanning}: set across all columns of a two-column page (通栏) rather than one column wide;
     * {@code place}: where the editor asked for it. A spanning figure is never {@link Place#HERE}: it
     * floats to a page top unless asked for at the bottom.
     */
    record Figure(String source, List<Inline> caption, boolean spanning, Place place) implements Block {
        public Figure {
            caption = List.copyOf(caption);
            if (place == null || (spanning && place == Place.HERE)) place = spanning ? Place.TOP : Place.HERE;
        }

        public Figure(String source, List<Inline> caption, boolean spanning) {
            this(source, caption, spanning, spanning ? Place.TOP : Place.HERE);
        }

        public Figure(String source, List<Inline> caption) {
            this(source, caption, false);
        }

        /** Where a figure goes: where it is referenced, or at the top or bottom of a column (or page, 通栏). */
        public enum Place { HERE, TOP, BOTTOM }
    }

    /** A horizontal rule / section break. */
    record Rule() implements Block {
    }

    /** Column alignment in a table. */
    enum Align { DEFAULT, LEFT, CENTER, RIGHT }

    /** A table row. */
    record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A table cell spanning {@code colSpan} columns and {@code rowSpan} rows (both at least 1). */
    record Cell(List<Inline> content, int colSpan, int rowSpan) {
        public Cell {
            content = List.copyOf(content);
            if (colSpan < 1 || rowSpan < 1) throw new IllegalArgumentException("span " + colSpan + "x" + rowSpan);
        }

        public static Cell of(List<Inline> content) {
            return new Cell(content, 1, 1);
        }
    }
}
