package org.annalist.importer.docx;

import java.util.ArrayList;
import java.util.List;

import org.annalist.importer.docx.WordModel.Chars;
import org.annalist.importer.docx.WordModel.Element;
import org.annalist.importer.docx.WordModel.NoteRef;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.Piece;
import org.annalist.importer.docx.WordModel.TCell;
import org.annalist.importer.docx.WordModel.TRow;
import org.annalist.importer.docx.WordModel.Tbl;

/**
 * Accepting or rejecting every tracked change of the faithful parse, when the editor chose so at import: done
 * before the mapping, so headings, titles and captions are recognised from the text that stays.
 */
final class TrackedChanges {
    private TrackedChanges() {
    }

    static List<Element> resolve(List<Element> elements, boolean accept) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) out.add(e instanceof Para p ? para(p, accept) : table((Tbl) e, accept));
        return out;
    }

    private static Tbl table(Tbl t, boolean accept) {
        List<TRow> rows = new ArrayList<>();
        for (TRow r : t.rows()) {
            List<TCell> cells = new ArrayList<>();
            for (TCell c : r.cells()) cells.add(new TCell(c.gridSpan(), c.vMerge(), resolve(c.content(), accept)));
            rows.add(new TRow(r.header(), cells));
        }
        return new Tbl(rows, t.firstRowLook());
    }

    private static Para para(Para p, boolean accept) {
        List<Piece> pieces = new ArrayList<>();
        for (Piece piece : p.pieces()) {
            if (piece instanceof Chars c && c.change() != null) {
                if (c.change().kept(accept)) pieces.add(new Chars(c.text(), c.fmt(), c.link()));
            } else if (piece instanceof WordModel.Sym s && s.change() != null) {
                if (s.change().kept(accept)) pieces.add(new WordModel.Sym(s.font(), s.code(), s.fmt(), s.link(), null));
            } else if (piece instanceof NoteRef n) {
                List<Para> content = new ArrayList<>();
                for (Para np : n.content()) content.add(para(np, accept));
                pieces.add(new NoteRef(n.endnote(), content));
            } else {
                pieces.add(piece);
            }
        }
        List<Para> boxes = new ArrayList<>();
        for (Para b : p.textBoxes()) boxes.add(para(b, accept));
        return new Para(p.index(), p.styleId(), p.styleName(), p.outlineLevel(), p.numId(), p.numLevel(), p.numFormat(),
                p.numText(), p.align(), p.firstLine(), p.firstLineChars(), p.left(), pieces, boxes, p.numValue(), p.numList());
    }

    /** Whether any text of the paragraph is a pending change (for titles, which are plain text). */
    static boolean has(Para p) {
        for (Piece piece : p.pieces()) {
            if (piece instanceof Chars c && c.change() != null || piece instanceof WordModel.Sym s && s.change() != null) return true;
        }
        return false;
    }
}
