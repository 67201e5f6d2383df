package org.annalist.doc;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 修订建议: pending tracked changes kept in the text as spans, as pandoc's {@code --track-changes=all} does:
 * {@code [新文字]{.insertion author="张三" date="2024-05-01T10:00:00Z"}} and {@code [旧文字]{.deletion …}}.
 * A move is a deletion where the text was and an insertion where it went, both with the same {@code move}
 * attribute. Nothing here decides: the editor accepts or rejects, and until then both texts are kept.
 *
 * <p>Bracketed constructs cannot nest in the dialect, so what the changed text is besides changed travels on the
 * suggestion itself: further classes (a {@code .underline}) and a {@code link} address; once the text is kept,
 * they become a span and a link around it again: {@code [网站]{.insertion .underline author="张三" link="https://…"}}.
 *
 * <p>A change made inside another author's change the other way (李四 deleting words 张三 had inserted or moved
 * there) carries the outer change as {@code within="insertion"} (or "deletion") and {@code within-author}: its
 * text stays only if both changes are kept, so it goes on accepting all and on rejecting all, as in Word.
 */
public final class Suggestions {
    public static final String INSERTION = "insertion";
    public static final String DELETION = "deletion";
    public static final String WITHIN = "within";

    private Suggestions() {
    }

    /** What a suggestion does. */
    public enum Kind {
        INSERTION("suggestion.insertion"), DELETION("suggestion.deletion");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** "插入", "删除" in the language of messages. */
        public String label() {
            return Texts.get(key);
        }
    }

    /**
     * One pending suggestion as the editor sees it: kind, author, date (as the source wrote it, may be null),
     * {@code move} (the move's name when the change is half of a move, else null), its plain text and the kind of
     * the other-way change it is nested in (null when none).
     */
    public record Suggestion(Kind kind, String author, String date, String move, String text, Kind within) {
        public Suggestion(Kind kind, String author, String date, String move, String text) {
            this(kind, author, date, move, text, null);
        }

        /** "插入", "删除", "移出", "移入"; a nested one says so: "删除（在插入的文字中）" (in the language of messages). */
        public String label() {
            String label = move == null ? kind.label() : Texts.get(kind == Kind.DELETION ? "suggestion.moveFrom" : "suggestion.moveTo");
            return within == null ? label : Texts.get("suggestion.within", label, within.label());
        }
    }

    /**
     * Pending suggestions counted as the import report counts Word's changes: insertions, deletions, and moves
     * once each (a move's two halves, and the pieces of one move, are one move).
     */
    public record Tally(int insertions, int deletions, int moves) {
        public int total() {
            return insertions + deletions + moves;
        }

        /** "插入 1 处、删除 2 处、移动 1 处" (in the language of messages). */
        public String text() {
            return Texts.get("suggestion.tally", insertions, deletions, moves);
        }
    }

    /** The suggestions counted: moves once by name, the rest each. */
    public static Tally tally(List<Suggestion> suggestions) {
        int ins = 0, del = 0;
        java.util.Set<String> moves = new java.util.HashSet<>();
        for (Suggestion s : suggestions) {
            if (s.move() != null) moves.add(s.move());
            else if (s.kind() == Kind.INSERTION) ins++;
            else del++;
        }
        return new Tally(ins, del, moves.size());
    }

    /** The suggestion marked as made inside another author's change of kind {@code outer}. */
    public static Inline.Span within(Inline.Span suggestion, Kind outer, String outerAuthor) {
        Map<String, String> values = new LinkedHashMap<>(suggestion.attr().values());
        values.put(WITHIN, outer == Kind.INSERTION ? INSERTION : DELETION);
        if (outerAuthor != null && !outerAuthor.isBlank()) values.put(WITHIN + "-author", outerAuthor.strip());
        return new Inline.Span(new Attr(suggestion.attr().classes(), values), suggestion.content());
    }

    /** The kind of change a suggestion is nested in, or null. */
    private static Kind withinOf(Inline.Span s) {
        String w = s.attr().values().get(WITHIN);
        return INSERTION.equals(w) ? Kind.INSERTION : DELETION.equals(w) ? Kind.DELETION : null;
    }

    /** A suggestion span; null or blank author, date and move are left out. */
    public static Inline.Span span(Kind kind, String author, String date, String move, List<Inline> content) {
        return span(kind, author, date, move, List.of(), null, content);
    }

    /**
     * A suggestion span whose text also has the span classes {@code classes} (e.g. "underline") and, when not
     * null, is a link to {@code link}.
     */
    public static Inline.Span span(Kind kind, String author, String date, String move, List<String> classes, String link,
                                   List<Inline> content) {
        Map<String, String> values = new LinkedHashMap<>();
        if (author != null && !author.isBlank()) values.put("author", author.strip());
        if (date != null && !date.isBlank()) values.put("date", date.strip());
        if (move != null && !move.isBlank()) values.put("move", move.strip());
        if (link != null) values.put("link", link);
        List<String> all = new ArrayList<>();
        all.add(kind == Kind.INSERTION ? INSERTION : DELETION);
        all.addAll(classes);
        return new Inline.Span(new Attr(all, values), content);
    }

    /** The kind of a suggestion span (its first class is insertion or deletion), or null for any other inline. */
    public static Kind kindOf(Inline in) {
        if (!(in instanceof Inline.Span s) || s.attr().classes().isEmpty()) return null;
        return switch (s.attr().classes().get(0)) {
            case INSERTION -> Kind.INSERTION;
            case DELETION -> Kind.DELETION;
            default -> null;
        };
    }

    /** Every pending suggestion of the document in reading order, notes and tables included. */
    public static List<Suggestion> list(Document doc) {
        List<Suggestion> out = new ArrayList<>();
        new Resolver(null, out).blocks(doc.blocks());
        return out;
    }

    /** How many suggestions the blocks hold. */
    public static int count(List<Block> blocks) {
        List<Suggestion> out = new ArrayList<>();
        new Resolver(null, out).blocks(blocks);
        return out.size();
    }

    /** The document with every suggestion accepted: insertions become plain text, deletions go. */
    public static Document acceptAll(Document doc) {
        return doc.withBlocks(new Resolver(true, null).blocks(doc.blocks()));
    }

    /** The document with every suggestion rejected: deletions become plain text again, insertions go. */
    public static Document rejectAll(Document doc) {
        return doc.withBlocks(new Resolver(false, null).blocks(doc.blocks()));
    }

    /** The inlines with every suggestion accepted (true) or rejected (false). */
    public static List<Inline> resolve(List<Inline> inlines, boolean accept) {
        return new Resolver(accept, null).inlines(inlines);
    }

    /**
     * One walk for listing ({@code accept} null: the tree is rebuilt but unchanged) and resolving. A block that
     * held suggestions and has no text left once they are resolved (a whole deleted paragraph) is dropped.
     */
    private static final class Resolver {
        private final Boolean accept;
        private final List<Suggestion> found;
        private int seen;

        Resolver(Boolean accept, List<Suggestion> found) {
            this.accept = accept;
            this.found = found;
        }

        List<Block> blocks(List<Block> in) {
            List<Block> out = new ArrayList<>();
            for (Block b : in) {
                int before = seen;
                Block r = block(b);
                if (r != null && !(seen > before && accept != null && empty(r))) out.add(r);
            }
            return out;
        }

        private static boolean empty(Block b) {
            return (b instanceof Block.Paragraph p && p.content().isEmpty()) || (b instanceof Block.Heading h && h.content().isEmpty())
                    || (b instanceof Block.ArticleHead a && a.content().isEmpty());
        }

        private Block block(Block b) {
            return Blocks.mapContent(b, this::inlines, this::blocks);
        }

        List<Inline> inlines(List<Inline> in) {
            List<Inline> out = new ArrayList<>();
            for (Inline i : in) {
                Kind kind = kindOf(i);
                if (kind != null) {
                    seen++;
                    Inline.Span s = (Inline.Span) i;
                    if (found != null) {
                        Map<String, String> v = s.attr().values();
                        found.add(new Suggestion(kind, v.get("author"), v.get("date"), v.get("move"),
                                Inlines.plainText(s.content()), withinOf(s)));
                    }
                    Kind within = withinOf(s);
                    if (accept == null) {
                        out.add(new Inline.Span(s.attr(), inlines(s.content())));
                    } else if (accept == (kind == Kind.INSERTION) && (within == null || accept == (within == Kind.INSERTION))) {
                        out.addAll(kept(s, inlines(s.content())));
                    }
                    continue;
                }
                Inline r = inline(i);
                if (r != null) out.add(r);
            }
            return merged(out);
        }

        /** The text of a suggestion that stays, with the span classes and link it carried for it. */
        private static List<Inline> kept(Inline.Span s, List<Inline> content) {
            if (content.isEmpty()) return content;
            List<String> classes = s.attr().classes().subList(1, s.attr().classes().size());
            Inline in = null;
            if (!classes.isEmpty()) in = new Inline.Span(new Attr(classes, Map.of()), content);
            String link = s.attr().values().get("link");
            if (link != null) in = new Inline.Link(in == null ? content : List.of(in), link);
            return in == null ? content : List.of(in);
        }

        /** A container left empty by resolving goes too (a bold run that was all deleted). */
        private Inline inline(Inline i) {
            if (i instanceof Inline.Note n) return new Inline.Note(blocks(n.content()), n.endnote());
            List<Inline> children = Inlines.children(i);
            if (children.isEmpty()) return i;
            List<Inline> c = inlines(children);
            if (c.isEmpty() && accept != null) return null;
            if (i instanceof Inline.Emph) return new Inline.Emph(c);
            if (i instanceof Inline.Strong) return new Inline.Strong(c);
            if (i instanceof Inline.Superscript) return new Inline.Superscript(c);
            if (i instanceof Inline.Subscript) return new Inline.Subscript(c);
            if (i instanceof Inline.Link l) return new Inline.Link(c, l.target());
            if (i instanceof Inline.IndexTerm t) return t.withContent(c);
            if (i instanceof Inline.EntryTitle) return new Inline.EntryTitle(c);
            if (i instanceof Inline.Span s) return new Inline.Span(s.attr(), c);
            return i;
        }

        /** Neighbouring texts joined, as the Markdown reader joins them, so a resolved tree round-trips. */
        private static List<Inline> merged(List<Inline> in) {
            List<Inline> out = new ArrayList<>();
            for (Inline i : in) {
                if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                    out.set(out.size() - 1, new Inline.Text(prev.text() + t.text(),
                            prev.source().append(prev.text().length(), t.source())));
                } else if (!(i instanceof Inline.Text t && t.text().isEmpty())) {
                    out.add(i);
                }
            }
            return out;
        }
    }
}
