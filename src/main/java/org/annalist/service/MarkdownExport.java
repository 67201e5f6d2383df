package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.service.ArchiveTree.PublicationNode;
import org.annalist.service.ArchiveTree.SectionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A whole publication as one Markdown file in the book dialect the typesetter reads: {@code % 书名},
 * {@code #} 类目, {@code ##} 分目, 条目 as {@code **【标题】** 正文}, articles as a heading one level below
 * their section with subtitle and byline, their own headings shifted below that.
 */
public final class MarkdownExport {
    private MarkdownExport() {
    }

    public static String publication(PublicationNode node) {
        StringBuilder sb = new StringBuilder();
        sb.append("% ").append(node.publication().title());
        if (node.publication().year() != null) sb.append(' ').append(node.publication().year());
        if (node.publication().volumeNumber() != null) sb.append(" 第").append(node.publication().volumeNumber()).append("辑");
        sb.append("\n\n");
        List<Block> blocks = new ArrayList<>();
        for (SectionNode s : node.sections()) section(s, 1, blocks);
        sb.append(Markdown.write(new Document(blocks)));
        return sb.toString();
    }

    /** One 类目 (or any section) of a publication on its own, titled "书名 · 类目". */
    public static String section(PublicationNode pub, SectionNode node) {
        StringBuilder sb = new StringBuilder();
        sb.append("% ").append(pub.publication().title()).append(" · ").append(node.section().title()).append("\n\n");
        List<Block> blocks = new ArrayList<>();
        section(node, 1, blocks);
        sb.append(Markdown.write(new Document(blocks)));
        return sb.toString();
    }

    private static void section(SectionNode s, int level, List<Block> out) {
        out.add(new Block.Heading(Math.min(level, 6), List.of(new Inline.Text(s.section().title()))));
        for (Item item : s.items()) item(item, level + 1, out);
        for (SectionNode c : s.children()) section(c, level + 1, out);
    }

    /**
     * The source key of the first character of an item's body: its id in the high 32 bits, so the characters of
     * different items in one book never share a key, and the offset in the body below.
     */
    public static long origin(Item item) {
        return item.id() << 32;
    }

    static void item(Item item, int level, List<Block> out) {
        List<Block> body = Markdown.parse(item.body(), origin(item)).blocks();
        if (item.kind() == ItemKind.ENTRY) {
            entry(item, body, level, out);
            return;
        }
        // an article's title is a 篇名 whatever its depth: a span the typesetter recognises, level for the 目录
        out.add(new Block.Paragraph(List.of(new Inline.Span(
                new org.annalist.doc.Attr(List.of("title"), java.util.Map.of("level", Integer.toString(Math.min(level, 6)))),
                List.of(new Inline.Text(item.title().isBlank() ? "（无标题）" : item.title()))))));
        if (item.subtitle() != null && !item.subtitle().isBlank()) {
            out.add(new Block.Paragraph(List.of(new Inline.Span(org.annalist.doc.Attr.ofClass("subtitle"),
                    List.of(new Inline.Text("——" + item.subtitle()))))));
        }
        String byline = item.metadata().credits().stream().map(MarkdownExport::byline).collect(Collectors.joining("　"));
        if (!byline.isEmpty()) {
            out.add(new Block.Paragraph(List.of(new Inline.Span(org.annalist.doc.Attr.ofClass("byline"),
                    List.of(new Inline.Text(byline))))));
        }
        for (Block b : body) out.add(shift(b, level));
    }

    /** 条目: the title runs into the first paragraph, as the yearbook prints it. */
    private static void entry(Item item, List<Block> body, int level, List<Block> out) {
        Inline title = new Inline.EntryTitle(List.of(new Inline.Text(item.title())));
        if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph p) {
            List<Inline> first = new ArrayList<>();
            first.add(title);
            first.addAll(p.content());
            out.add(new Block.Paragraph(first));
            body = body.subList(1, body.size());
        } else {
            out.add(new Block.Paragraph(List.of(title)));
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
        return b instanceof Block.Heading h ? new Block.Heading(Math.min(h.level() + by, 6), h.content()) : b;
    }
}
