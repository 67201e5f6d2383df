package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Imprint;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.doc.Meta;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.Publication;
import org.annalist.service.ArchiveTree.PublicationNode;
import org.annalist.service.ArchiveTree.SectionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A publication of the archive (or one section, or one item for the preview) as one document tree, the one
 * thing the typesetter and {@code export-md} both start from: {@link Meta} with the book's title, 版权页 and
 * section structure; blocks with a heading per section ({@code #} 类目, {@code ##} 分目 …, id {@code section-12}),
 * each item after its section's heading — a 条目's 【标题】 run into its first paragraph, an article's 篇名, 副题
 * and 署名 as {@link Block.ArticleHead}s with its own headings shifted below — the item's first block with id
 * {@code item-34}. Each item's body is parsed once.
 */
public final class BookAssembler {
    /** The block id of a section's heading. */
    public static final String SECTION_ID = "section-";
    /** The block id of an item's first block. */
    public static final String ITEM_ID = "item-";

    private BookAssembler() {
    }

    /** A publication with its 版权页 data from the archive (the volume filled in from the year or 辑 when missing). */
    public static Document publication(AnnalistSession session, PublicationNode node) {
        Publication p = node.publication();
        Imprint imprint = session.queries().imprint(p.id())
                .withVolumeIfMissing(p.year() != null ? p.year().toString() : p.volumeNumber() != null ? "第" + p.volumeNumber() + "辑" : null);
        return publication(node, imprint);
    }

    /** A publication titled "书名 2022" (年鉴) or "书名 第3辑" (文史). */
    public static Document publication(PublicationNode node, Imprint imprint) {
        List<Block> blocks = new ArrayList<>();
        List<Meta.Part> structure = new ArrayList<>();
        for (SectionNode s : node.sections()) structure.add(section(s, 1, blocks));
        return new Document(new Meta(bookTitle(node), "", imprint, structure), blocks);
    }

    /**
     * A publication as one Markdown book file ({@code annalist export-md}): {@link Markdown#write} of {@link
     * #publication}. Its 版权页 and structure are not part of the text; its block ids are not written either.
     */
    public static String markdown(PublicationNode node) {
        return Markdown.write(publication(node, Imprint.NONE));
    }

    /** One 类目 (or any section) of a publication on its own, titled "书名 · 类目", without a 版权页. */
    public static Document section(PublicationNode pub, SectionNode node) {
        List<Block> blocks = new ArrayList<>();
        Meta.Part part = section(node, 1, blocks);
        String title = pub.publication().title() + " · " + node.section().title();
        return new Document(new Meta(title, "", Imprint.NONE, List.of(part)), blocks);
    }

    /** The book's title as its title page and running heads print it: "书名 2022" (年鉴) or "书名 第3辑" (文史). */
    public static String bookTitle(PublicationNode pub) {
        Publication p = pub.publication();
        StringBuilder title = new StringBuilder(p.title());
        if (p.year() != null) title.append(' ').append(p.year());
        if (p.volumeNumber() != null) title.append(" 第").append(p.volumeNumber()).append("辑");
        return title.toString();
    }

    /**
     * One piece of a section as it stands in its book: a section's heading, or one item's blocks. {@code item} is
     * the item as set (null for a heading), {@code level} its depth; together with {@code blocks} they say whether
     * a piece kept from an earlier run is still the same.
     */
    public record Piece(String id, Item item, String heading, int level, List<Block> blocks) {
        public Piece {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A section as it stands in its book, for the preview, in pieces (its heading, each item, then its subsections'),
     * in order; each item as {@code edit} gives it (the one being edited with the editor's unsaved text). Their blocks
     * together are the blocks {@link #section} gives.
     */
    public static List<Piece> piecesInBook(SectionNode node, UnaryOperator<Item> edit) {
        List<Piece> out = new ArrayList<>();
        pieces(node, 1, edit, out);
        return out;
    }

    private static void pieces(SectionNode s, int level, UnaryOperator<Item> edit, List<Piece> out) {
        out.add(new Piece(SECTION_ID + s.section().id(), null, s.section().title(), level, List.of(heading(s, level))));
        for (Item item : s.items()) {
            Item set = edit.apply(item);
            List<Block> blocks = new ArrayList<>();
            String itemId = item(set, level + 1, blocks);
            out.add(new Piece(itemId, set, null, level + 1, blocks));
        }
        for (SectionNode c : s.children()) pieces(c, level + 1, edit, out);
    }

    /** One item alone (the preview while it is edited), at {@code level}: 1 in a 类目, 2 in a 分目 …; titled by the item. */
    public static Document item(Item item, int level) {
        List<Block> blocks = new ArrayList<>();
        item(item, level, blocks);
        return new Document(Meta.titled(item.title()), blocks);
    }

    private static Meta.Part section(SectionNode s, int level, List<Block> out) {
        out.add(heading(s, level));
        List<String> items = new ArrayList<>();
        for (Item item : s.items()) items.add(item(item, level + 1, out));
        List<Meta.Part> children = new ArrayList<>();
        for (SectionNode c : s.children()) children.add(section(c, level + 1, out));
        return new Meta.Part(SECTION_ID + s.section().id(), s.section().level().label(), level, s.section().title(), items, children);
    }

    /** A section's heading at its depth, with the section's id. */
    private static Block.Heading heading(SectionNode s, int level) {
        return new Block.Heading(Math.min(level, 6), List.of(new Inline.Text(s.section().title())),
                org.annalist.doc.Attr.ofId(SECTION_ID + s.section().id()));
    }

    /**
     * The source key of the first character of an item's body: its id in the high 32 bits, so the characters of
     * different items in one book never share a key, and the offset in the body below.
     */
    public static long origin(Item item) {
        return item.id() << 32;
    }

    /**
     * Where the keys of an item's title begin, counted from its {@link #origin}: past any body offset, so a title's
     * characters lead back to the item (its pages can be found when its body prints nothing) but never to a place
     * in the body.
     */
    public static final long TITLE_KEYS = 1L << 31;

    private static Inline.Text title(Item item, String text) {
        return new Inline.Text(text, org.annalist.doc.SourceMap.at(origin(item) + TITLE_KEYS));
    }

    /** Adds the item's blocks; its id. */
    private static String item(Item item, int level, List<Block> out) {
        String id = ITEM_ID + item.id();
        List<Block> body = Markdown.parseBody(item.body(), origin(item)).blocks();
        if (item.kind() == ItemKind.ENTRY) {
            entry(item, id, body, level, out);
            return id;
        }
        // an article's title is a 篇名 whatever its depth, its level (for the 目录) one below its section's
        out.add(new Block.ArticleHead(Block.ArticleHead.Part.TITLE, Math.min(level, 6),
                List.of(title(item, item.title().isBlank() ? "（无标题）" : item.title())), org.annalist.doc.Attr.ofId(id)));
        if (item.subtitle() != null && !item.subtitle().isBlank()) {
            out.add(Block.ArticleHead.subtitle(List.of(new Inline.Text("——" + item.subtitle()))));
        }
        String byline = item.metadata().credits().stream().map(BookAssembler::byline).collect(Collectors.joining("　"));
        if (!byline.isEmpty()) out.add(Block.ArticleHead.byline(List.of(new Inline.Text(byline))));
        for (Block b : body) out.add(shift(b, level));
        return id;
    }

    /** 条目: the title runs into the first paragraph, as the yearbook prints it. */
    private static void entry(Item item, String id, List<Block> body, int level, List<Block> out) {
        Inline title = new Inline.EntryTitle(List.of(title(item, item.title())));
        if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph p) {
            List<Inline> first = new ArrayList<>();
            first.add(title);
            first.addAll(p.content());
            out.add(new Block.Paragraph(first, p.attr().withId(id)));
            body = body.subList(1, body.size());
        } else {
            out.add(new Block.Paragraph(List.of(title), org.annalist.doc.Attr.ofId(id)));
        }
        for (Block b : body) out.add(shift(b, level));
    }

    private static String byline(Credit c) {
        String role = switch (c.role()) {
            case AUTHOR -> "";
            case NARRATOR -> "口述　";
            case COMPILER -> "整理　";
            case PHOTOGRAPHER -> "摄影　";
        };
        return (c.affiliation() == null ? "" : c.affiliation() + "　") + role + c.name();
    }

    private static Block shift(Block b, int by) {
        return b instanceof Block.Heading h ? new Block.Heading(Math.min(h.level() + by, 6), h.content(), h.attr()) : b;
    }
}
