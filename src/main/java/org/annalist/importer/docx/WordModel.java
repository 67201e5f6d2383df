package org.annalist.importer.docx;

import java.util.List;

/**
 * The faithful parse of a Word document: what the file says, before any decision about what it means.
 * Kept separate from the mapping so the rules in {@link DocxMapper} can be read and tested on their own.
 */
final class WordModel {

    private WordModel() {
    }

    /** A body element in document order. */
    sealed interface Element permits Para, Tbl {
    }

    /**
     * A paragraph. {@code outlineLevel} is 0-based as in Word (0 = level 1) from the paragraph or its style chain,
     * -1 if none; {@code numId} is null when the paragraph is not numbered; {@code numText} is the printed
     * number Word would show ("一、", "1."), {@code numFormat} the w:numFmt ("decimal", "chineseCounting", "bullet").
     * Indentation is in twips; {@code firstLineChars} in hundredths of a character. {@code numValue} is the value of
     * the paragraph's own counter (3 for "c." or "1.3"), -1 when not known; {@code numList} names the counters the
     * number belongs to (paragraphs of one list share them, a restarted list has its own), null when not known.
     */
    record Para(int index, String styleId, String styleName, int outlineLevel, String numId, int numLevel,
                String numFormat, String numText, String align, int firstLine, int firstLineChars, int left,
                List<Piece> pieces, List<Para> textBoxes, int numValue, String numList) implements Element {
        Para {
            pieces = List.copyOf(pieces);
            textBoxes = List.copyOf(textBoxes);
        }

        /** A paragraph whose list counters are not known (the binary .doc reader's). */
        Para(int index, String styleId, String styleName, int outlineLevel, String numId, int numLevel,
             String numFormat, String numText, String align, int firstLine, int firstLineChars, int left,
             List<Piece> pieces, List<Para> textBoxes) {
            this(index, styleId, styleName, outlineLevel, numId, numLevel, numFormat, numText, align, firstLine,
                    firstLineChars, left, pieces, textBoxes, -1, null);
        }

        /**
         * The paragraph's visible text (soft breaks as \n, notes and images left out), tracked changes as if
         * accepted: what the author now means, which is what headings and captions are recognised by.
         */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                if (p instanceof Chars c && (c.change() == null || c.change().kept(true))) sb.append(c.text());
                else if (p instanceof Sym s && (s.change() == null || s.change().kept(true))) sb.append(s.text());
                else if (p instanceof Equation e) sb.append(e.text());
                else if (p instanceof Break b && !b.page()) sb.append('\n');
            }
            return sb.toString();
        }
    }

    /**
     * A table: rows of cells; {@code header} marks rows repeated as table header (w:tblHeader);
     * {@code firstRowLook}: w:tblLook asks for the table style's first-row formatting (w:firstRow or bit 0x0020
     * of w:val).
     */
    record Tbl(List<TRow> rows, boolean firstRowLook) implements Element {
        Tbl {
            rows = List.copyOf(rows);
        }

        Tbl(List<TRow> rows) {
            this(rows, false);
        }
    }

    record TRow(boolean header, List<TCell> cells) {
        TRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: {@code gridSpan} columns wide; {@code vMerge} is "restart", "continue" or null (w:vMerge without a
     * value means continue). {@code content} holds its paragraphs and nested tables.
     */
    record TCell(int gridSpan, String vMerge, List<Element> content) {
        TCell {
            content = List.copyOf(content);
        }
    }

    /**
     * Run formatting: the run's own properties with its character style resolved by POI; {@code symbolFont} is the
     * run's Latin font when it is a symbol font (Symbol, Wingdings…), whose characters mean other characters.
     */
    record Fmt(boolean bold, boolean italic, boolean underline, boolean superscript, boolean subscript,
               String eastAsiaFont, double sizePt, String symbolFont) {
        static final Fmt PLAIN = new Fmt(false, false, false, false, false, null, -1);

        Fmt(boolean bold, boolean italic, boolean underline, boolean superscript, boolean subscript,
            String eastAsiaFont, double sizePt) {
            this(bold, italic, underline, superscript, subscript, eastAsiaFont, sizePt, null);
        }

        Fmt withoutSymbolFont() {
            return new Fmt(bold, italic, underline, superscript, subscript, eastAsiaFont, sizePt, null);
        }
    }

    /** A piece of paragraph content. */
    sealed interface Piece permits Chars, Sym, Break, NoteRef, Image, Equation, IndexMark {
    }

    /**
     * Text with its formatting; {@code link} is the hyperlink target or null; {@code change} the tracked change
     * (w:ins, w:del, w:moveFrom, w:moveTo) it stands in, or null for settled text.
     */
    record Chars(String text, Fmt fmt, String link, Change change) implements Piece {
        Chars(String text, Fmt fmt, String link) {
            this(text, fmt, link, null);
        }

        boolean deleted() {
            return change != null && change.deletion();
        }

        Chars withText(String t) {
            return new Chars(t, fmt, link, change);
        }
    }

    /**
     * A tracked change: a deletion (w:del, w:moveFrom) or an insertion (w:ins, w:moveTo), its author and date as
     * Word wrote them (either may be null) and, for a move, the name pairing its two halves. {@code within} is the
     * change this one is nested in (a deletion inside another author's insertion or move), or null.
     */
    record Change(boolean deletion, String author, String date, String move, Change within) {
        Change(boolean deletion, String author, String date, String move) {
            this(deletion, author, date, move, null);
        }

        /** Whether the text stays when every change is accepted (true) or rejected (false), nesting included. */
        boolean kept(boolean accept) {
            for (Change c = this; c != null; c = c.within()) if (c.deletion() == accept) return false;
            return true;
        }
    }

    /**
     * A w:sym: character {@code code} (hex as written, e.g. "F0FC") of the symbol font {@code font} (Symbol,
     * Wingdings); what it shows in Unicode is decided by {@link SymbolFonts}.
     */
    record Sym(String font, String code, Fmt fmt, String link, Change change) implements Piece {
        String text() {
            return SymbolFonts.unicode(font, code).text();
        }

        Chars chars() {
            return new Chars(text(), fmt, link, change);
        }
    }

    /**
     * Where an index term our Word output marked begins and ends: its text lies in a bookmark {@code _Idx…} that also
     * holds the term's XE field; the end carries the field's entry and reading ({@code XE "entry" \y "reading"}),
     * the start none.
     */
    record IndexMark(boolean start, String entry, String reading) implements Piece {
    }

    /** An equation (m:oMath) as its linear text, as Word's "linear" view shows it: a/b, x^2, √(x). */
    record Equation(String text) implements Piece {
    }

    /** A w:br: {@code page} for page and column breaks, else a soft line break (Shift+Enter). */
    record Break(boolean page) implements Piece {
    }

    /** A footnote or endnote reference; its content is parsed already. */
    record NoteRef(boolean endnote, List<Para> content) implements Piece {
        NoteRef {
            content = List.copyOf(content);
        }
    }

    /**
     * An embedded picture: bytes, the file name inside the package, its media type, its size in EMU
     * (914400 a inch) and the description (alt text) and title Word keeps for it, possibly empty.
     */
    record Image(String name, String mediaType, byte[] bytes, long widthEmu, long heightEmu, String description,
                 String title) implements Piece {
        Image(String name, String mediaType, byte[] bytes, long widthEmu, long heightEmu, String description) {
            this(name, mediaType, bytes, widthEmu, heightEmu, description, "");
        }
    }
}
