package org.annalist.importer.docx;

import java.util.ArrayList;
import java.util.List;

import org.annalist.importer.docx.WordModel.Break;
import org.annalist.importer.docx.WordModel.Chars;
import org.annalist.importer.docx.WordModel.Element;
import org.annalist.importer.docx.WordModel.Fmt;
import org.annalist.importer.docx.WordModel.Image;
import org.annalist.importer.docx.WordModel.NoteRef;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.Piece;
import org.annalist.importer.docx.WordModel.TCell;
import org.annalist.importer.docx.WordModel.TRow;
import org.annalist.importer.docx.WordModel.Tbl;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The faithful parse: walks the body in order (paragraphs, tables, content controls) and records what Word
 * stores, resolving only what Word itself resolves for display: style names, outline levels inherited through
 * the style chain, and the printed numbers of numbered paragraphs. No decision about meaning is made here.
 */
final class DocxReader {
    private final XWPFDocument doc;
    private final ListCounter counter = new ListCounter();
    private final WordNumbering numbering;
    private final ReviewMarks review = new ReviewMarks();
    private int paragraphs;

    private DocxReader(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = new WordNumbering(doc);
    }

    /** The body in order, and the review marks met on the way (tracked changes, comment ranges, equations). */
    record Result(List<Element> elements, ReviewMarks review) {
    }

    static Result read(XWPFDocument doc) {
        DocxReader r = new DocxReader(doc);
        return new Result(r.elements(doc.getBodyElements()), r.review);
    }

    private List<Element> elements(List<IBodyElement> body) {
        List<Element> out = new ArrayList<>();
        for (IBodyElement e : body) {
            if (e instanceof XWPFParagraph p) out.add(paragraph(p));
            else if (e instanceof XWPFTable t) out.add(table(t));
            else if (e instanceof XWPFSDT sdt) {
                // A block content control: keep its text as one plain paragraph, as Word shows it.
                for (String line : sdt.getContent().getText().split("\n")) {
                    out.add(plain(line));
                }
            }
        }
        return out;
    }

    private Para plain(String text) {
        return new Para(++paragraphs, null, null, -1, null, 0, null, null, null, 0, 0, 0,
                List.of(new Chars(text, Fmt.PLAIN, null)), List.of());
    }

    private Tbl table(XWPFTable t) {
        List<TRow> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            review.rowProperties(Dom.child(row.getCtRow().getDomNode(), "trPr"));
            List<TCell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                org.w3c.dom.Element tcPr = Dom.child(cell.getCTTc().getDomNode(), "tcPr");
                String spanVal = Dom.val(tcPr, "gridSpan");
                int span = 1;
                try {
                    if (spanVal != null && !spanVal.isEmpty()) span = Math.max(1, Integer.parseInt(spanVal));
                } catch (NumberFormatException ignored) {
                    // A damaged span counts as one column, as Word does.
                }
                String vm = Dom.val(tcPr, "vMerge");
                String vMerge = vm == null ? null : vm.equals("restart") ? "restart" : "continue";
                cells.add(new TCell(span, vMerge, elements(cell.getBodyElements())));
            }
            rows.add(new TRow(row.isRepeatHeader(), cells));
        }
        return new Tbl(rows);
    }

    Para paragraph(XWPFParagraph p) {
        org.w3c.dom.Element pPr = Dom.child(p.getCTP().getDomNode(), "pPr");
        String styleId = p.getStyleID();
        XWPFStyle style = styleId == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        String styleName = style == null ? null : style.getName();
        int outline = outlineLevel(pPr, styleId);
        String align = Dom.val(pPr, "jc");
        if (align == null) align = styleValue(styleId, "jc");
        org.w3c.dom.Element ind = Dom.child(pPr, "ind");
        int firstLine = Dom.intAttr(ind, "firstLine", 0) - Dom.intAttr(ind, "hanging", 0);
        int firstLineChars = Dom.intAttr(ind, "firstLineChars", 0);
        int left = Math.max(Dom.intAttr(ind, "left", 0), Dom.intAttr(ind, "start", 0));

        String numId = null, numFmt = null, numText = null, numList = null;
        int numLevel = 0, numValue = -1;
        NumRef ref = numbering(pPr, styleId);
        WordNumbering.ListDef list = ref == null ? null : numbering.list(ref.numId());
        if (list != null) {
            // w:ilvl absent, not a number or out of Word's range 0–8: level 0, as LibreOffice reads it
            numLevel = ref.ilvl();
            if (numLevel < 0 || numLevel > 8) numLevel = 0;
            ListCounter.Number n = counter.next(list, numLevel);
            String fmt = list.levels()[numLevel].format();
            // a level that shows nothing (w:numFmt "none", no level text) counts but leaves the paragraph unnumbered
            if ("bullet".equals(fmt) || !n.text().isBlank()) {
                numId = ref.numId().strip();
                numFmt = fmt;
                numText = n.text();
                numValue = n.value();
                numList = list.key();
            }
        }
        List<Piece> pieces = new ArrayList<>();
        List<Para> boxes = new ArrayList<>();
        int index = ++paragraphs;
        review.paragraphMark(pPr);
        inline(p.getCTP().getDomNode(), new Context(null, null, styleRunProps(styleId), index), pieces, boxes);
        review.paragraphEnd();
        return new Para(index, styleId, styleName, outline, numId, numLevel, numFmt, numText, align,
                firstLine, firstLineChars, left, pieces, boxes, numValue, numList);
    }

    /** Where a run stands: inside which hyperlink and which tracked change, under which paragraph style. */
    private record Context(String link, WordModel.Change change, List<org.w3c.dom.Element> paraProps, int paragraph) {
        Context withLink(String l) {
            return new Context(l, change, paraProps, paragraph);
        }

        Context withChange(WordModel.Change c) {
            return new Context(link, c, paraProps, paragraph);
        }
    }

    /**
     * The paragraph's content in document order, read from the XML itself rather than POI's run list, so that
     * each run is known with the tracked change it stands in (w:ins, w:del, w:moveFrom, w:moveTo), comment ranges
     * are followed, and equations are seen. Containers that only group runs (fields, smart tags, content
     * controls, custom XML, bidi) are read through.
     */
    private void inline(org.w3c.dom.Node parent, Context cx, List<Piece> pieces, List<Para> boxes) {
        for (org.w3c.dom.Element c : Dom.children(parent)) {
            switch (c.getLocalName()) {
                case "r" -> run(c, cx, pieces, boxes);
                case "hyperlink" -> inline(c, cx.withLink(hyperlink(c)), pieces, boxes);
                case "ins", "del", "moveFrom", "moveTo" -> inline(c, cx.withChange(review.change(c)), pieces, boxes);
                case "moveFromRangeStart", "moveToRangeStart", "moveFromRangeEnd", "moveToRangeEnd" -> review.moveRange(c);
                case "commentRangeStart" -> review.rangeStart(Dom.attr(c, "id"), cx.paragraph());
                case "commentRangeEnd" -> review.rangeEnd(Dom.attr(c, "id"));
                case "oMathPara", "oMath" -> {
                    String text = OfficeMath.linear(c);
                    pieces.add(new WordModel.Equation(text));
                    review.equation(cx.paragraph(), text);
                }
                case "fldSimple", "smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo" -> inline(c, cx, pieces, boxes);
                default -> { } // properties, bookmarks, proofing marks
            }
        }
    }

    /** A w:hyperlink's target: the external address of its relationship, or "#" and its bookmark. */
    private String hyperlink(org.w3c.dom.Element h) {
        String rel = h.getAttributeNS(Dom.R, "id");
        if (rel != null && !rel.isEmpty()) {
            XWPFHyperlink hl = doc.getHyperlinkByID(rel);
            if (hl != null) return hl.getURL();
        }
        String anchor = Dom.attr(h, "anchor");
        return anchor == null || anchor.isEmpty() ? null : "#" + anchor;
    }

    private void run(org.w3c.dom.Element r, Context cx, List<Piece> pieces, List<Para> boxes) {
        org.w3c.dom.Element rPr = Dom.child(r, "rPr");
        review.runProperties(rPr);
        // Properties apply in Word's order: direct formatting, then the character style, then the paragraph style.
        List<org.w3c.dom.Element> chain = new ArrayList<>();
        if (rPr != null) chain.add(rPr);
        chain.addAll(styleRunProps(Dom.val(rPr, "rStyle")));
        chain.addAll(cx.paraProps());
        if (Boolean.TRUE.equals(first(chain, "vanish"))) return; // hidden text is not part of the printed text
        int from = pieces.size();
        content(r, fmt(chain), cx.link(), pieces, boxes);
        for (int i = from; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Chars ch) {
                if (cx.change() != null) pieces.set(i, new Chars(ch.text(), ch.fmt(), ch.link(), cx.change()));
                review.text(ch.text(), cx.change());
            }
        }
    }

    /** The w:rPr of a style and the styles it is based on, nearest first. */
    private List<org.w3c.dom.Element> styleRunProps(String styleId) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (int guard = 0; styleId != null && !styleId.isEmpty() && doc.getStyles() != null && guard < 10; guard++) {
            XWPFStyle s = doc.getStyles().getStyle(styleId);
            if (s == null) break;
            org.w3c.dom.Element rPr = Dom.child(s.getCTStyle().getDomNode(), "rPr");
            if (rPr != null) out.add(rPr);
            styleId = s.getBasisStyleID();
        }
        return out;
    }

    private static Boolean first(List<org.w3c.dom.Element> chain, String name) {
        for (org.w3c.dom.Element e : chain) {
            Boolean v = Dom.onOff(e, name);
            if (v != null) return v;
        }
        return null;
    }

    private static String firstVal(List<org.w3c.dom.Element> chain, String name) {
        for (org.w3c.dom.Element e : chain) {
            String v = Dom.val(e, name);
            if (v != null) return v;
        }
        return null;
    }

    /** The run's children in order; mc:AlternateContent is read once (its first choice), so text boxes appear once. */
    private void content(org.w3c.dom.Node r, Fmt fmt, String link, List<Piece> pieces, List<Para> boxes) {
        for (org.w3c.dom.Element c : Dom.children(r)) {
            switch (c.getLocalName()) {
                case "t", "delText" -> pieces.add(new Chars(Dom.content(c), fmt, link));
                case "tab", "ptab" -> pieces.add(new Chars("\t", fmt, link));
                case "noBreakHyphen" -> pieces.add(new Chars("-", fmt, link));
                case "br" -> {
                    String type = Dom.attr(c, "type");
                    pieces.add(new Break(type != null && !type.equals("textWrapping")));
                }
                case "cr" -> pieces.add(new Break(false));
                case "footnoteReference", "endnoteReference" -> note(c, pieces);
                case "AlternateContent" -> {
                    org.w3c.dom.Element choice = Dom.child(c, "Choice");
                    content(choice != null ? choice : Dom.child(c, "Fallback"), fmt, link, pieces, boxes);
                }
                case "drawing", "pict", "object" -> drawing(c, pieces, boxes);
                default -> { } // properties, field codes (w:instrText, w:fldChar): the field's result text is kept
            }
        }
    }

    private void note(org.w3c.dom.Element ref, List<Piece> pieces) {
        boolean endnote = ref.getLocalName().startsWith("endnote");
        int id = Dom.intAttr(ref, "id", -1);
        XWPFAbstractFootnoteEndnote note = endnote ? doc.getEndnoteByID(id) : doc.getFootnoteByID(id);
        List<Para> content = new ArrayList<>();
        if (note != null) for (XWPFParagraph np : note.getParagraphs()) content.add(paragraph(np));
        pieces.add(new NoteRef(endnote, content));
    }

    private void drawing(org.w3c.dom.Element d, List<Piece> pieces, List<Para> boxes) {
        for (org.w3c.dom.Element box : Dom.descendants(d, "txbxContent", new ArrayList<>())) {
            for (org.w3c.dom.Element bp : Dom.descendants(box, "p", new ArrayList<>())) {
                String t = Dom.text(bp);
                if (!t.isBlank()) boxes.add(plain(t));
            }
        }
        org.w3c.dom.Element blip = Dom.descendant(d, "blip");
        String rel = blip != null ? blip.getAttributeNS(Dom.R, "embed") : null;
        if (rel == null || rel.isEmpty()) {
            org.w3c.dom.Element vml = Dom.descendant(d, "imagedata");
            rel = vml != null ? vml.getAttributeNS(Dom.R, "id") : null;
        }
        if (rel == null || rel.isEmpty()) return;
        XWPFPictureData data = doc.getPictureDataByID(rel);
        if (data == null) return;
        org.w3c.dom.Element extent = Dom.descendant(d, "extent");
        long cx = extent == null ? 0 : parseLong(extent.getAttribute("cx"));
        long cy = extent == null ? 0 : parseLong(extent.getAttribute("cy"));
        org.w3c.dom.Element docPr = Dom.descendant(d, "docPr");
        String descr = docPr == null ? "" : docPr.getAttribute("descr");
        pieces.add(new Image(data.getFileName(), data.getPackagePart().getContentType(), data.getData(), cx, cy, descr));
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Run formatting resolved over the property chain; sizes are half-points in the file. */
    private static Fmt fmt(List<org.w3c.dom.Element> chain) {
        if (chain.isEmpty()) return Fmt.PLAIN;
        String u = firstVal(chain, "u");
        String va = firstVal(chain, "vertAlign");
        String ea = null;
        for (org.w3c.dom.Element e : chain) {
            org.w3c.dom.Element fonts = Dom.child(e, "rFonts");
            ea = fonts == null ? null : Dom.attr(fonts, "eastAsia");
            if (ea != null) break;
        }
        String sz = firstVal(chain, "sz");
        double size = -1;
        try {
            if (sz != null && !sz.isEmpty()) size = Double.parseDouble(sz) / 2;
        } catch (NumberFormatException ignored) {
            // Unknown size: treated as body size.
        }
        return new Fmt(Boolean.TRUE.equals(first(chain, "b")), Boolean.TRUE.equals(first(chain, "i")),
                u != null && !u.equals("none"), "superscript".equals(va), "subscript".equals(va), ea, size);
    }

    /** w:outlineLvl of the paragraph, else of its style chain; 9 means body text in Word. */
    private int outlineLevel(org.w3c.dom.Element pPr, String styleId) {
        String v = Dom.val(pPr, "outlineLvl");
        if (v == null) v = styleValue(styleId, "outlineLvl");
        try {
            int lv = v == null ? -1 : Integer.parseInt(v);
            return lv >= 0 && lv < 9 ? lv : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A w:pPr value from the style or the styles it is based on. */
    private String styleValue(String styleId, String name) {
        for (int guard = 0; styleId != null && doc.getStyles() != null && guard < 10; guard++) {
            XWPFStyle s = doc.getStyles().getStyle(styleId);
            if (s == null) return null;
            String v = Dom.val(Dom.child(s.getCTStyle().getDomNode(), "pPr"), name);
            if (v != null) return v;
            styleId = s.getBasisStyleID();
        }
        return null;
    }

    /** A paragraph's w:numId and w:ilvl (0 when absent or not a number). */
    private record NumRef(String numId, int ilvl) {
    }

    /**
     * The paragraph's w:numPr, else its style chain's (Word's "List Number" style numbers its paragraphs); a
     * paragraph's own w:numId wins even when it is 0, "no number", and its own w:ilvl picks the style list's level.
     */
    private NumRef numbering(org.w3c.dom.Element pPr, String styleId) {
        org.w3c.dom.Element own = Dom.child(pPr, "numPr");
        org.w3c.dom.Element ownLevel = Dom.child(own, "ilvl");
        if (own != null && Dom.val(own, "numId") != null) {
            return new NumRef(Dom.val(own, "numId"), Dom.intAttr(ownLevel, "val", 0));
        }
        for (int guard = 0; styleId != null && doc.getStyles() != null && guard < 10; guard++) {
            XWPFStyle s = doc.getStyles().getStyle(styleId);
            if (s == null) return null;
            org.w3c.dom.Element numPr = Dom.child(Dom.child(s.getCTStyle().getDomNode(), "pPr"), "numPr");
            if (numPr != null && Dom.val(numPr, "numId") != null) {
                org.w3c.dom.Element level = ownLevel != null ? ownLevel : Dom.child(numPr, "ilvl");
                return new NumRef(Dom.val(numPr, "numId"), Dom.intAttr(level, "val", 0));
            }
            styleId = s.getBasisStyleID();
        }
        return null;
    }
}
