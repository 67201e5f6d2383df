package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Serialises the tree block by block: one line per paragraph, one blank line between blocks, footnote
 * definitions collected at the end and numbered in order of their references.
 */
final class MarkdownWriter {
    private final InlineWriter.Notes notes = new InlineWriter.Notes();

    private MarkdownWriter() {
    }

    static String write(Document document) {
        MarkdownWriter w = new MarkdownWriter();
        List<String> parts = new ArrayList<>();
        String body = w.blocks(document.blocks());
        // a body that opens with % would read back as a title block
        if (body.startsWith("%")) body = "\\" + body;
        if (!body.isEmpty()) parts.add(body);
        // Writing a definition may reveal notes inside notes; they are appended and written in turn.
        for (int i = 0; i < w.notes.size(); i++) {
            Inline.Note note = w.notes.get(i);
            String content = w.blocks(note.content());
            parts.add(prefix("[^" + (note.endnote() ? InlineWriter.ENDNOTE_LABEL : "") + (i + 1) + "]: ", "    ", content));
        }
        String head = TitleBlock.write(document.meta());
        String text = parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
        return head.isEmpty() ? text : head + "\n" + text;
    }

    private String blocks(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        Block previous = null;
        boolean alternate = false;
        for (Block b : blocks) {
            // Two bullet lists in a row would merge into one unless the second uses a different marker.
            alternate = previous instanceof Block.BulletList && b instanceof Block.BulletList && !alternate;
            // An ordered list's marker says how it is numbered, so one that would continue the list above is set
            // apart by an empty HTML comment (as pandoc does).
            if (previous instanceof Block.OrderedList above && b instanceof Block.OrderedList l && !l.items().isEmpty()
                    && FancyLists.value(l.marker(0), above.numbering()) >= 0) {
                parts.add(LIST_SEPARATOR);
            }
            parts.add(block(b, alternate));
            previous = b;
        }
        return String.join("\n\n", parts);
    }

    private String block(Block block, boolean alternateMarker) {
        if (block instanceof Block.Heading h) {
            String content = InlineWriter.line(h.content(), notes);
            return "#".repeat(h.level()) + (content.isEmpty() ? "" : " " + content);
        } else if (block instanceof Block.Paragraph p) {
            String text = InlineWriter.paragraph(p.content(), notes);
            // classes and values (a Word style's name) on a line of their own after the text; ids are not written
            if (p.attr().classes().isEmpty() && p.attr().values().isEmpty()) return text;
            return text + "\n" + AttrSyntax.format(new Attr(p.attr().classes(), p.attr().values()));
        } else if (block instanceof Block.ArticleHead h) {
            return InlineWriter.paragraph(ArticleHeads.write(h), notes);
        } else if (block instanceof Block.BlockQuote q) {
            return prefix("> ", "> ", blocks(q.content()));
        } else if (block instanceof Block.BulletList l) {
            String marker = alternateMarker ? "* " : "- ";
            List<String> items = new ArrayList<>();
            for (List<Block> item : l.items()) items.add(prefix(marker, "  ", blocks(item)));
            return String.join(loose(l.items()) ? "\n\n" : "\n", items);
        } else if (block instanceof Block.OrderedList l) {
            // "B. Russell" is a sentence: a capital with a period needs two spaces to be a list marker
            String space = l.numbering().delimiter() == ListNumbering.Delimiter.PERIOD
                    && (l.numbering().numeral() == ListNumbering.Numeral.UPPER_ALPHA
                    || l.numbering().numeral() == ListNumbering.Numeral.UPPER_ROMAN) ? "  " : " ";
            List<String> items = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                String marker = l.marker(i) + space;
                items.add(prefix(marker, " ".repeat(marker.length()), blocks(l.items().get(i))));
            }
            return String.join(loose(l.items()) ? "\n\n" : "\n", items);
        } else if (block instanceof Block.Table t) {
            return TableWriter.write(t, notes);
        } else if (block instanceof Block.Figure f) {
            return "![" + InlineWriter.line(f.caption(), notes) + "](" + InlineWriter.destination(f.source())
                    + (MarkdownReader.placementTitle(f).isEmpty() ? "" : " \"" + MarkdownReader.placementTitle(f) + "\"") + ")";
        } else if (block instanceof Block.Rule) {
            return "---";
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    /** Ends an ordered list before another that would otherwise continue it. */
    static final String LIST_SEPARATOR = "<!-- -->";

    private static boolean loose(List<List<Block>> items) {
        return items.stream().anyMatch(item -> item.size() > 1);
    }

    /** Prefixes the first line with {@code first} and every later non-blank line with {@code rest}. */
    static String prefix(String first, String rest, String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) sb.append('\n');
            if (i == 0) sb.append(lines[i].isEmpty() ? first.stripTrailing() : first + lines[i]);
            else if (!lines[i].isEmpty()) sb.append(rest).append(lines[i]);
            else if (!rest.isBlank()) sb.append(rest.stripTrailing());
        }
        return sb.toString();
    }
}
