package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.List;

import org.annalist.doc.Attr;
import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Suggestions;
import org.annalist.importer.docx.WordModel.Break;
import org.annalist.importer.docx.WordModel.Chars;
import org.annalist.importer.docx.WordModel.Fmt;
import org.annalist.importer.docx.WordModel.Image;
import org.annalist.importer.docx.WordModel.NoteRef;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.Piece;

/**
 * Maps a paragraph's pieces to inlines. Runs with the same formatting and link are joined first (Word splits
 * text into runs for spell-checking and revision ids, which means nothing). Leading indentation typed as
 * spaces is dropped (the typesetter indents every paragraph); a soft line break next to Chinese text is
 * dropped (it is a line end copied from a PDF or a typed wrap, not a break the author meant); elsewhere it
 * stays a {@link Inline.LineBreak}. Images become figures after the paragraph.
 */
final class RunMapper {

    /** The inlines of one paragraph and the figures (and their attachments) it holds. */
    record Out(List<Inline> inlines, List<Image> images) {
    }

    private final MapContext ctx;

    RunMapper(MapContext ctx) {
        this.ctx = ctx;
    }

    Out map(Para para, String prefix) {
        List<Piece> pieces = new ArrayList<>();
        if (prefix != null && !prefix.isEmpty()) pieces.add(new Chars(prefix, Fmt.PLAIN, null));
        for (Piece p : para.pieces()) {
            // An equation is kept as its linear text (the report names the paragraph).
            if (p instanceof WordModel.Equation e) pieces.add(new Chars(e.text(), Fmt.PLAIN, null));
            else if (p instanceof WordModel.Sym s) pieces.add(symbol(s, para.index()));
            else if (p instanceof Chars c && c.fmt().symbolFont() != null) pieces.add(symbolText(c, para.index()));
            else pieces.add(p);
        }
        pieces = stripIndent(pieces, para.index());
        List<Inline> out = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        java.util.Deque<Integer> termStarts = new java.util.ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        Chars current = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p instanceof Chars c) {
                if (current != null && (!current.fmt().equals(c.fmt()) || !java.util.Objects.equals(current.link(), c.link())
                        || !java.util.Objects.equals(current.change(), c.change()))) {
                    out.add(wrap(current, text.toString()));
                    text.setLength(0);
                }
                current = c;
                text.append(c.text());
                continue;
            }
            if (p instanceof Break b) {
                if (b.page()) {
                    ctx.pageBreaks++;
                    continue;
                }
                char before = text.isEmpty() ? lastChar(out) : text.charAt(text.length() - 1);
                char after = nextChar(pieces, i + 1);
                if (isCjk(before) || isCjk(after) || after == 0) {
                    ctx.softBreaksRemoved++;
                    continue;
                }
            }
            if (current != null && !text.isEmpty()) out.add(wrap(current, text.toString()));
            text.setLength(0);
            current = null;
            if (p instanceof Break) {
                out.add(new Inline.LineBreak());
            } else if (p instanceof NoteRef n) {
                out.add(note(n));
            } else if (p instanceof WordModel.IndexMark mark) {
                if (mark.start()) {
                    termStarts.push(out.size());
                } else if (!termStarts.isEmpty()) {
                    int from = termStarts.pop();
                    List<Inline> content = mergeText(new ArrayList<>(out.subList(from, out.size())));
                    out.subList(from, out.size()).clear();
                    if (mark.entry() == null || content.isEmpty()) {
                        out.addAll(content);
                    } else {
                        String entry = mark.entry().equals(plain(content)) ? null : mark.entry();
                        out.add(new Inline.IndexTerm(content, entry, mark.reading() == null || mark.reading().isBlank() ? null : mark.reading()));
                    }
                }
            } else if (p instanceof Image img) {
                images.add(img);
            }
        }
        if (current != null && !text.isEmpty()) out.add(wrap(current, text.toString()));
        return new Out(mergeText(out), images);
    }

    /** A w:sym as Unicode text; one without a known Unicode character is kept as 〓 and reported. */
    private Chars symbol(WordModel.Sym s, int paragraph) {
        return new Chars(symbol(s.font(), s.code(), SymbolFonts.stored(s.code()), paragraph), s.fmt(), s.link(), s.change());
    }

    /** Text typed in a symbol font (Wingdings "ü" shows ✓): its symbol codes as the Unicode characters they show. */
    private Chars symbolText(Chars c, int paragraph) {
        StringBuilder sb = new StringBuilder();
        c.text().codePoints().forEach(cp -> {
            if (SymbolFonts.isSymbolCode(cp)) sb.append(symbol(c.fmt().symbolFont(), Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT),
                    Character.toString(cp), paragraph));
            else sb.appendCodePoint(cp);
        });
        return new Chars(sb.toString(), c.fmt().withoutSymbolFont(), c.link(), c.change());
    }

    private String symbol(String font, String code, String stored, int paragraph) {
        SymbolFonts.Mapping m = SymbolFonts.unicode(font, code);
        // Named with the character as the file stores it (other programs show that character).
        String what = (font == null ? Texts.get("report.symbol.noFont") : font) + " " + (code == null ? "?" : code) + "「" + stored + "」";
        if (!m.known()) {
            ctx.report.warning(paragraph, Texts.get("report.symbol.unknown", what, SymbolFonts.MISSING));
        } else if (!m.text().equals(stored)) {
            ctx.symbols.putIfAbsent(what, m.text());
        }
        return m.text();
    }

    /**
     * Joins neighbouring plain texts (runs that differed only in font or size, which the tree does not keep), and
     * neighbouring suggestions of one change (an inserted phrase with a bold word in it is one suggestion).
     */
    static List<Inline> mergeText(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            Inline prevIn = out.isEmpty() ? null : out.get(out.size() - 1);
            if (i instanceof Inline.Text t && prevIn instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else if (Suggestions.kindOf(i) != null && prevIn instanceof Inline.Span prev && Suggestions.kindOf(prev) != null
                    && prev.attr().equals(((Inline.Span) i).attr())) {
                List<Inline> joined = new ArrayList<>(prev.content());
                joined.addAll(((Inline.Span) i).content());
                out.set(out.size() - 1, new Inline.Span(prev.attr(), mergeText(joined)));
            } else if (i instanceof Inline.Link l && prevIn instanceof Inline.Link prev && prev.target().equals(l.target())) {
                // one w:hyperlink with a run per look (emphasis inside the link): one link, not one per run
                out.set(out.size() - 1, new Inline.Link(mergeText(concat(prev.content(), l.content())), prev.target()));
            } else if (i instanceof Inline.Strong s && prevIn instanceof Inline.Strong prev) {
                // bold runs side by side (a 【条目】 title with emphasis inside): one strong emphasis
                out.set(out.size() - 1, new Inline.Strong(mergeText(concat(prev.content(), s.content()))));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Inline> concat(List<Inline> a, List<Inline> b) {
        List<Inline> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Drops blank characters at the start of the paragraph (U+3000, spaces, tabs), counting it once. */
    private List<Piece> stripIndent(List<Piece> pieces, int index) {
        List<Piece> out = new ArrayList<>(pieces);
        boolean stripped = false;
        while (!out.isEmpty() && out.get(0) instanceof Chars c) {
            String s = c.text();
            int k = 0;
            while (k < s.length() && isBlank(s.charAt(k))) k++;
            if (k > 0) stripped = true;
            if (k < s.length()) {
                if (k > 0) out.set(0, c.withText(s.substring(k)));
                break;
            }
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Chars c && c.text().strip().isEmpty()
                && !c.text().isEmpty() && c.text().chars().allMatch(ch -> isBlank((char) ch))) {
            out.remove(out.size() - 1);
        }
        if (stripped) ctx.indentsRemoved++;
        return out;
    }

    private Inline note(NoteRef n) {
        ctx.notes++;
        List<Block> blocks = new ArrayList<>();
        // The space Word puts after the note mark is not a paragraph indent: not counted as one.
        int indents = ctx.indentsRemoved;
        for (Para p : n.content()) {
            Out o = map(p, null);
            if (!o.inlines().isEmpty()) blocks.add(new Block.Paragraph(o.inlines()));
            for (Para box : p.textBoxes()) { // a text box in a note: rare, kept as a paragraph of the note
                Out b = map(box, null);
                if (!b.inlines().isEmpty()) blocks.add(new Block.Paragraph(b.inlines()));
            }
        }
        ctx.indentsRemoved = indents;
        if (n.endnote()) ctx.endnotes++;
        return new Inline.Note(blocks, n.endnote());
    }

    /**
     * Text with its formatting and link; a tracked change becomes a suggestion around it all, carrying the
     * underline and the link itself (bracketed constructs cannot nest in the dialect).
     */
    private static Inline wrap(Chars c, String text) {
        Fmt f = c.fmt();
        String link = c.link();
        WordModel.Change ch = c.change();
        Inline in = new Inline.Text(text);
        boolean underline = f.underline() && link == null;
        if (underline && ch == null) in = new Inline.Span(Attr.ofClass("underline"), List.of(in));
        if (f.superscript()) in = new Inline.Superscript(List.of(in));
        if (f.subscript()) in = new Inline.Subscript(List.of(in));
        if (f.italic()) in = new Inline.Emph(List.of(in));
        if (f.bold()) in = new Inline.Strong(List.of(in));
        if (ch == null) return link != null ? new Inline.Link(List.of(in), link) : in;
        Inline.Span span = Suggestions.span(ch.deletion() ? Suggestions.Kind.DELETION : Suggestions.Kind.INSERTION, ch.author(),
                ch.date(), ch.move(), underline ? List.of("underline") : List.of(), link, List.of(in));
        // Nested in a change the other way (a deletion of another author's insertion or moved text): the text
        // goes both when all is accepted and when all is rejected, which the suggestion says.
        WordModel.Change outer = ch.within();
        while (outer != null && outer.deletion() == ch.deletion()) outer = outer.within();
        return outer == null ? span : Suggestions.within(span, outer.deletion() ? Suggestions.Kind.DELETION
                : Suggestions.Kind.INSERTION, outer.author());
    }

    private static char lastChar(List<Inline> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            String s = plain(out.get(i));
            if (!s.isEmpty()) return s.charAt(s.length() - 1);
            if (out.get(i) instanceof Inline.LineBreak) return '\n';
        }
        return 0;
    }

    private static char nextChar(List<Piece> pieces, int from) {
        for (int i = from; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Chars c && !c.text().isEmpty()) return c.text().charAt(0);
            if (pieces.get(i) instanceof Break) return '\n';
        }
        return 0;
    }

    static String plain(Inline in) {
        if (in instanceof Inline.Text t) return t.text();
        if (in instanceof Inline.Strong s) return plain(s.content());
        if (in instanceof Inline.Emph e) return plain(e.content());
        if (in instanceof Inline.Superscript s) return plain(s.content());
        if (in instanceof Inline.Subscript s) return plain(s.content());
        if (in instanceof Inline.Span s) return plain(s.content());
        if (in instanceof Inline.Link l) return plain(l.content());
        return "";
    }

    static String plain(List<Inline> ins) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : ins) sb.append(plain(i));
        return sb.toString();
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Han characters and CJK/full-width punctuation. */
    static boolean isCjk(char c) {
        if (c == 0) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
    }
}
