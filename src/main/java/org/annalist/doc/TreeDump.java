package org.annalist.doc;

import java.util.List;
import java.util.Map;

/**
 * An indented, one-node-a-line dump of a tree for golden tests and debugging, for example
 * <pre>
 * Document
 *   Heading 1
 *     Text "一、坚持党的领导"
 * </pre>
 * Strings are quoted with Java escapes so that spaces and line breaks are visible.
 */
public final class TreeDump {
    private final StringBuilder out = new StringBuilder();

    private TreeDump() {
    }

    public static String dump(Document document) {
        TreeDump d = new TreeDump();
        d.line(0, "Document");
        d.meta(document.meta());
        d.blocks(document.blocks(), 1);
        return d.out.toString();
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private void blocks(List<Block> blocks, int depth) {
        for (Block b : blocks) block(b, depth);
    }

    private void block(Block block, int depth) {
        if (block instanceof Block.Heading h) {
            line(depth, "Heading " + h.level() + attr(h.attr()));
            inlines(h.content(), depth + 1);
        } else if (block instanceof Block.Paragraph p) {
            line(depth, "Paragraph" + attr(p.attr()));
            inlines(p.content(), depth + 1);
        } else if (block instanceof Block.ArticleHead a) {
            line(depth, "ArticleHead " + a.part().name().toLowerCase(java.util.Locale.ROOT)
                    + (a.level() == 0 ? "" : " level=" + a.level()) + attr(a.attr()));
            inlines(a.content(), depth + 1);
        } else if (block instanceof Block.BlockQuote q) {
            line(depth, "BlockQuote");
            blocks(q.content(), depth + 1);
        } else if (block instanceof Block.BulletList l) {
            line(depth, "BulletList");
            items(l.items(), depth + 1);
        } else if (block instanceof Block.OrderedList l) {
            line(depth, "OrderedList start=" + l.start()
                    + (l.numbering().equals(ListNumbering.DECIMAL) ? "" : " numbering=" + l.numbering()));
            items(l.items(), depth + 1);
        } else if (block instanceof Block.Table t) {
            line(depth, "Table columns=" + t.columns() + " headerRows=" + t.headerRows());
            for (Block.Row row : t.rows()) {
                line(depth + 1, "Row");
                for (Block.Cell cell : row.cells()) {
                    String span = cell.colSpan() == 1 && cell.rowSpan() == 1 ? ""
                            : " colSpan=" + cell.colSpan() + " rowSpan=" + cell.rowSpan();
                    line(depth + 2, "Cell" + span);
                    inlines(cell.content(), depth + 3);
                }
            }
            if (!t.caption().isEmpty()) {
                line(depth + 1, "Caption");
                inlines(t.caption(), depth + 2);
            }
        } else if (block instanceof Block.Figure f) {
            line(depth, "Figure " + quote(f.source()) + (f.spanning() ? " spanning" : "")
                    + (f.place() == Block.Figure.Place.HERE || (f.spanning() && f.place() == Block.Figure.Place.TOP) ? ""
                    : " " + f.place().name().toLowerCase(java.util.Locale.ROOT)));
            inlines(f.caption(), depth + 1);
        } else if (block instanceof Block.Rule) {
            line(depth, "Rule");
        }
    }

    /** The metadata, when there is any: title, subtitle, the 版权页 fields set, the structure. */
    private void meta(Meta meta) {
        if (meta.equals(Meta.EMPTY)) return;
        line(1, "Meta");
        if (!meta.title().isEmpty()) line(2, "title " + quote(meta.title()));
        if (!meta.subtitle().isEmpty()) line(2, "subtitle " + quote(meta.subtitle()));
        for (Map.Entry<String, String> e : meta.imprint().values().entrySet()) {
            line(2, "imprint " + e.getKey() + "=" + quote(e.getValue()));
        }
        parts(meta.structure(), 2);
    }

    private void parts(List<Meta.Part> parts, int depth) {
        for (Meta.Part p : parts) {
            line(depth, "Part #" + p.id() + " " + p.kind() + " depth=" + p.depth() + " " + quote(p.title())
                    + (p.items().isEmpty() ? "" : " items=" + String.join(",", p.items())));
            parts(p.children(), depth + 1);
        }
    }

    private void items(List<List<Block>> items, int depth) {
        for (List<Block> item : items) {
            line(depth, "Item");
            blocks(item, depth + 1);
        }
    }

    private void inlines(List<Inline> inlines, int depth) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                line(depth, "Text " + quote(t.text()));
            } else if (inline instanceof Inline.Emph e) {
                container("Emph", e.content(), depth);
            } else if (inline instanceof Inline.Strong s) {
                container("Strong", s.content(), depth);
            } else if (inline instanceof Inline.Superscript s) {
                container("Superscript", s.content(), depth);
            } else if (inline instanceof Inline.Subscript s) {
                container("Subscript", s.content(), depth);
            } else if (inline instanceof Inline.LineBreak) {
                line(depth, "LineBreak");
            } else if (inline instanceof Inline.Link l) {
                container("Link " + quote(l.target()), l.content(), depth);
            } else if (inline instanceof Inline.Note n) {
                line(depth, n.endnote() ? "Note endnote" : "Note");
                blocks(n.content(), depth + 1);
            } else if (inline instanceof Inline.IndexTerm t) {
                String head = "IndexTerm" + (t.entry() == null ? "" : " entry=" + quote(t.entry()))
                        + (t.reading() == null ? "" : " reading=" + quote(t.reading()));
                container(head, t.content(), depth);
            } else if (inline instanceof Inline.EntryTitle t) {
                container("EntryTitle", t.content(), depth);
            } else if (inline instanceof Inline.Span s) {
                container("Span" + attr(s.attr()), s.content(), depth);
            }
        }
    }

    private void container(String head, List<Inline> content, int depth) {
        line(depth, head);
        inlines(content, depth + 1);
    }

    private static String attr(Attr attr) {
        StringBuilder sb = new StringBuilder();
        if (!attr.id().isEmpty()) sb.append(" #").append(attr.id());
        for (String cls : attr.classes()) sb.append(" .").append(cls);
        for (Map.Entry<String, String> e : attr.values().entrySet()) {
            sb.append(' ').append(e.getKey()).append('=').append(quote(e.getValue()));
        }
        return sb.toString();
    }

    /** A string in the dump's quoted form (escapes for quotes, backslashes and control characters). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
