package org.annalist.importer.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.annalist.importer.docx.WordModel.Break;
import org.annalist.importer.docx.WordModel.Chars;
import org.annalist.importer.docx.WordModel.Element;
import org.annalist.importer.docx.WordModel.Fmt;
import org.annalist.importer.docx.WordModel.Image;
import org.annalist.importer.docx.WordModel.NoteRef;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.Piece;
import org.annalist.importer.docx.WordModel.Sym;
import org.annalist.importer.docx.WordModel.TCell;
import org.annalist.importer.docx.WordModel.TRow;
import org.annalist.importer.docx.WordModel.Tbl;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The faithful parse: walks the body in order (paragraphs, tables, content controls) and records what Word
 * stores, resolving only what Word itself resolves for display: style names, outline levels inherited through
 * the style chain, the printed numbers of numbered paragraphs, and the targets of hyperlink fields. No decision
 * about meaning is made here.
 *
 * <p>Body, table, row and cell content is walked in the XML itself rather than through POI's lists, which skip
 * what content controls (w:sdt) and custom XML wrap: a cell inside a content control, a row of them, or a
 * table inside a block content control.
 */
final class DocxReader {
    private final XWPFDocument doc;
    private final ListCounter counter = new ListCounter();
    private final WordNumbering numbering;
    private final ReviewMarks review = new ReviewMarks();
    private final Map<CTP, XWPFParagraph> known = new IdentityHashMap<>();
    private final FieldCodes fields = new FieldCodes();
    /** The bookmark names that mark an index term in our Word output ({@code export.docx.RunWriter}). */
    static final String INDEX_BOOKMARK = "_Idx";
    /** The ids of the index-term bookmarks open in the paragraph being read. */
    private final java.util.Set<String> indexBookmarks = new java.util.HashSet<>();
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
        for (XWPFParagraph p : doc.getParagraphs()) r.known.put(p.getCTP(), p);
        // A document.xml without w:body (a damaged file) has no text: the importer then says so.
        if (doc.getDocument().getBody() == null) return new Result(List.of(), r.review);
        List<Element> elements;
        try (XmlCursor body = doc.getDocument().getBody().newCursor()) {
            elements = r.blocks(body);
        }
        return new Result(elements, r.review);
    }

    /** The paragraphs and tables inside the element at the cursor (the body, a cell, a content control). */
    private List<Element> blocks(XmlCursor at) {
        List<Element> out = new ArrayList<>();
        walk(at, (name, c) -> {
            if (name.equals("p")) out.add(paragraph(paragraphAt(c)));
            else if (name.equals("tbl")) out.add(tableDepth < MAX_TABLE_DEPTH ? table(c) : flatTable(c.getDomNode()));
            else if (name.equals("deep")) out.add(flatTable(c.getDomNode()));
        });
        return out;
    }

    /**
     * Tables nested deeper than this are read as text: the typeset table cannot nest anyway, and a file nesting
     * hundreds of levels (a damaged or hostile one) would otherwise exhaust the stack.
     */
    static final int MAX_TABLE_DEPTH = 20;
    private int tableDepth;

    /**
     * A table nested too deep (or content nested in too many wrappers), as one paragraph: the text of each of its
     * paragraphs on a line, walked without recursion.
     */
    private Para flatTable(org.w3c.dom.Node tbl) {
        List<Piece> pieces = new ArrayList<>();
        Deque<org.w3c.dom.Node> todo = new ArrayDeque<>();
        todo.push(tbl);
        while (!todo.isEmpty()) {
            org.w3c.dom.Node n = todo.pop();
            if (n instanceof org.w3c.dom.Element e && "p".equals(e.getLocalName())) {
                String t = Dom.text(e);
                if (t.isBlank()) continue;
                if (!pieces.isEmpty()) pieces.add(new Break(false));
                pieces.add(new Chars(t, Fmt.PLAIN, null));
                continue;
            }
            List<org.w3c.dom.Element> children = Dom.children(n);
            for (int i = children.size() - 1; i >= 0; i--) todo.push(children.get(i));
        }
        review.deepTable();
        return new Para(++paragraphs, null, null, -1, null, 0, null, null, null, 0, 0, 0, pieces, List.of());
    }

    /**
     * Visits the child elements of the element at the cursor in order, reading through what only wraps them:
     * content controls (w:sdt → w:sdtContent) and custom XML, at any level (body, table, row, cell).
     */
    private static void walk(XmlCursor at, BiConsumer<String, XmlCursor> visit) {
        walk(at, visit, 0);
    }

    /**
     * Wrappers nested deeper than this (content controls in content controls…) are not walked further: what they
     * hold is visited as "deep", read as text without recursion, so a hostile file cannot exhaust the stack.
     */
    private static final int MAX_WRAPPERS = 100;

    private static void walk(XmlCursor at, BiConsumer<String, XmlCursor> visit, int depth) {
        if (depth > MAX_WRAPPERS) {
            visit.accept("deep", at);
            return;
        }
        try (XmlCursor c = at.newCursor()) {
            if (!c.toFirstChild()) return;
            do {
                String name = c.getName().getLocalPart();
                if (name.equals("sdt")) {
                    try (XmlCursor content = c.newCursor()) {
                        if (toChild(content, "sdtContent")) walk(content, visit, depth + 1);
                    }
                } else if (name.equals("customXml")) {
                    walk(c, visit, depth + 1);
                } else if (name.equals("AlternateContent")) {
                    // Read once, as in runs: the first choice, else the fallback.
                    try (XmlCursor alt = c.newCursor()) {
                        boolean found = toChild(alt, "Choice");
                        if (!found) {
                            alt.toCursor(c);
                            found = toChild(alt, "Fallback");
                        }
                        if (found) walk(alt, visit, depth + 1);
                    }
                } else {
                    visit.accept(name, c);
                }
            } while (c.toNextSibling());
        }
    }

    private static boolean toChild(XmlCursor c, String localName) {
        if (!c.toFirstChild()) return false;
        do {
            if (localName.equals(c.getName().getLocalPart())) return true;
        } while (c.toNextSibling());
        return false;
    }

    /** POI's paragraph object for the w:p at the cursor (the body's own, or a new one for cells and controls). */
    private XWPFParagraph paragraphAt(XmlCursor c) {
        XmlObject o = c.getObject();
        CTP ctp;
        if (o instanceof CTP p) {
            ctp = p;
        } else {
            try {
                ctp = CTP.Factory.parse(c.getDomNode());
            } catch (XmlException e) {
                throw new IllegalStateException(e);
            }
        }
        XWPFParagraph p = known.get(ctp);
        return p != null ? p : new XWPFParagraph(ctp, doc);
    }

    private Tbl table(XmlCursor at) {
        org.w3c.dom.Node tbl = at.getDomNode();
        List<TRow> rows = new ArrayList<>();
        tableDepth++;
        walk(at, (name, c) -> {
            if (name.equals("tr")) rows.add(row(c));
        });
        tableDepth--;
        return new Tbl(rows, firstRowLook(Dom.child(Dom.child(tbl, "tblPr"), "tblLook")));
    }

    /** w:tblLook asks for first-row formatting: w:firstRow on, or (older files) bit 0x0020 of the hex w:val. */
    private static boolean firstRowLook(org.w3c.dom.Element look) {
        if (look == null) return false;
        String first = Dom.attr(look, "firstRow");
        if (first != null) return first.equals("1") || first.equals("true") || first.equals("on");
        String val = Dom.attr(look, "val");
        try {
            return val != null && (Integer.parseInt(val.strip(), 16) & 0x0020) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private TRow row(XmlCursor at) {
        org.w3c.dom.Element trPr = Dom.child(at.getDomNode(), "trPr");
        review.rowProperties(trPr);
        List<TCell> cells = new ArrayList<>();
        walk(at, (name, c) -> {
            if (name.equals("tc")) cells.add(cell(c));
        });
        return new TRow(Boolean.TRUE.equals(Dom.onOff(trPr, "tblHeader")), cells);
    }

    private TCell cell(XmlCursor at) {
        org.w3c.dom.Element tcPr = Dom.child(at.getDomNode(), "tcPr");
        String spanVal = Dom.val(tcPr, "gridSpan");
        int span = 1;
        try {
            if (spanVal != null && !spanVal.isEmpty()) span = Math.max(1, Integer.parseInt(spanVal));
        } catch (NumberFormatException ignored) {
            // A damaged span counts as one column, as Word does.
        }
        String vm = Dom.val(tcPr, "vMerge");
        String vMerge = vm == null ? null : vm.equals("restart") ? "restart" : "continue";
        return new TCell(span, vMerge, blocks(at));
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
                // what Word shows after the number (a tab, a space or nothing), so a number is never glued to its text
                numText = "bullet".equals(fmt) ? n.text() : DocReader.withFollower(n.text(), list.levels()[numLevel].follow());
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
                case "ins", "del", "moveFrom", "moveTo" -> inline(c, cx.withChange(nest(review.change(c), cx.change())), pieces, boxes);
                case "moveFromRangeStart", "moveToRangeStart", "moveFromRangeEnd", "moveToRangeEnd" -> review.moveRange(c);
                case "commentRangeStart" -> review.rangeStart(Dom.attr(c, "id"), cx.paragraph());
                case "commentRangeEnd" -> review.rangeEnd(Dom.attr(c, "id"));
                case "bookmarkStart" -> {
                    // an index term our Word output marked: its text and its XE field inside a bookmark _Idx…
                    String name = Dom.attr(c, "name");
                    if (name != null && name.startsWith(INDEX_BOOKMARK) && cx.change() == null) {
                        indexBookmarks.add(Dom.attr(c, "id"));
                        pieces.add(new WordModel.IndexMark(true, null, null));
                    }
                }
                case "bookmarkEnd" -> {
                    if (indexBookmarks.remove(Dom.attr(c, "id"))) {
                        String[] xe = fields.takeIndexEntry();
                        pieces.add(new WordModel.IndexMark(false, xe == null ? null : xe[0], xe == null ? null : xe[1]));
                    }
                }
                case "oMathPara", "oMath" -> {
                    String text = OfficeMath.linear(c);
                    pieces.add(new WordModel.Equation(text));
                    review.equation(cx.paragraph(), text);
                }
                case "fldSimple" -> {
                    String target = cx.link() == null ? FieldCodes.hyperlink(Dom.attr(c, "instr")) : null;
                    inline(c, target == null ? cx : cx.withLink(target), pieces, boxes);
                }
                case "smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo" -> inline(c, cx, pieces, boxes);
                case "AlternateContent" -> inline(choice(c), cx, pieces, boxes);
                default -> { } // properties, bookmarks, proofing marks
            }
        }
    }

    /**
     * A change nested in another (another author's deletion inside an insertion or a move): the inner change,
     * remembering the outer one, and the outer move's name when both go the same way (an insertion inside a
     * move to is still part of the move).
     */
    private static WordModel.Change nest(WordModel.Change inner, WordModel.Change outer) {
        if (outer == null) return inner;
        String move = inner.move() != null || inner.deletion() != outer.deletion() ? inner.move() : outer.move();
        return new WordModel.Change(inner.deletion(), inner.author(), inner.date(), move, outer);
    }

    /** What of an mc:AlternateContent is read: its first choice, else its fallback (once, so text is not doubled). */
    private static org.w3c.dom.Element choice(org.w3c.dom.Element alternate) {
        org.w3c.dom.Element choice = Dom.child(alternate, "Choice");
        return choice != null ? choice : Dom.child(alternate, "Fallback");
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
        if (Boolean.TRUE.equals(first(chain, "vanish"))) {
            // Hidden text is not part of the printed text; it is named in the report, not dropped unseen.
            if (cx.change() == null || cx.change().kept(true)) review.hidden(cx.paragraph(), Dom.text(r));
            return;
        }
        int from = pieces.size();
        Fmt f = fmt(chain);
        if (!f.italic() && emphasisStyle(Dom.val(rPr, "rStyle"))) {
            f = new Fmt(f.bold(), true, f.underline(), f.superscript(), f.subscript(), f.eastAsiaFont(), f.sizePt(), f.symbolFont());
        }
        if (!f.bold() && entryTitleStyle(Dom.val(rPr, "rStyle"))) {
            // our 条目标题 (黑体, not bold) and 条目标题强调: the run-in 【title】 the tree writes as **【…】**
            f = new Fmt(true, f.italic(), f.underline(), f.superscript(), f.subscript(), f.eastAsiaFont(), f.sizePt(), f.symbolFont());
        }
        content(r, f, cx.link(), cx.paragraph(), pieces, boxes);
        for (int i = from; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Chars ch) {
                if (cx.change() != null) pieces.set(i, new Chars(ch.text(), ch.fmt(), ch.link(), cx.change()));
                review.text(ch.text(), cx.change());
            } else if (pieces.get(i) instanceof Sym sym) {
                if (cx.change() != null) pieces.set(i, new Sym(sym.font(), sym.code(), sym.fmt(), sym.link(), cx.change()));
                review.text(sym.text(), cx.change());
            }
        }
    }

    /**
     * Whether a character style is, or is based on, Word's Emphasis (强调): emphasis whatever its look (our Word
     * output sets it upright in 楷体, as Chinese text prints emphasis).
     */
    private boolean emphasisStyle(String styleId) {
        for (int guard = 0; styleId != null && !styleId.isEmpty() && doc.getStyles() != null && guard < 10; guard++) {
            XWPFStyle s = doc.getStyles().getStyle(styleId);
            if (s == null) return false;
            String name = s.getName() == null ? "" : s.getName().strip();
            if (styleId.equals("Emphasis") || name.equalsIgnoreCase("Emphasis") || name.equals("强调")) return true;
            styleId = s.getBasisStyleID();
        }
        return false;
    }

    /** Whether a character style is our Word output's 条目标题 or 条目标题强调 (by name). */
    private boolean entryTitleStyle(String styleId) {
        if (styleId == null || styleId.isEmpty() || doc.getStyles() == null) return false;
        XWPFStyle s = doc.getStyles().getStyle(styleId);
        String name = s == null || s.getName() == null ? "" : s.getName().strip();
        return name.equals("条目标题") || name.equals("条目标题强调");
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
    private void content(org.w3c.dom.Node r, Fmt fmt, String runLink, int paragraph, List<Piece> pieces, List<Para> boxes) {
        for (org.w3c.dom.Element c : Dom.children(r)) {
            String link = runLink != null ? runLink : fields.link();
            switch (c.getLocalName()) {
                case "t", "delText" -> pieces.add(new Chars(Dom.content(c), fmt, link));
                case "tab", "ptab" -> pieces.add(new Chars("\t", fmt, link));
                case "noBreakHyphen" -> pieces.add(new Chars("-", fmt, link));
                case "br" -> {
                    String type = Dom.attr(c, "type");
                    pieces.add(new Break(type != null && !type.equals("textWrapping")));
                }
                case "cr" -> pieces.add(new Break(false));
                case "sym" -> pieces.add(new Sym(Dom.attr(c, "font"), Dom.attr(c, "char"), fmt, link, null));
                case "fldChar", "instrText" -> fields.read(c);
                case "footnoteReference", "endnoteReference" -> note(c, pieces);
                case "AlternateContent" -> content(choice(c), fmt, runLink, paragraph, pieces, boxes);
                case "ruby" -> {
                    // 拼音指南: the base text is the text; the guide above it is kept for the report.
                    int from = pieces.size();
                    for (org.w3c.dom.Element br : Dom.children(Dom.child(c, "rubyBase"))) {
                        if ("r".equals(br.getLocalName())) content(br, fmt, runLink, paragraph, pieces, boxes);
                    }
                    StringBuilder base = new StringBuilder();
                    for (Piece p : pieces.subList(from, pieces.size())) if (p instanceof Chars ch) base.append(ch.text());
                    review.ruby(paragraph, base.toString(), Dom.text(Dom.child(c, "rt")));
                }
                case "drawing", "pict", "object" -> drawing(c, pieces, boxes);
                default -> { } // properties, deleted field codes
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
                if (Dom.text(bp).isBlank() && Dom.descendant(bp, "sym") == null && Dom.descendant(bp, "drawing") == null
                        && Dom.descendant(bp, "pict") == null) continue;
                List<Para> inner = new ArrayList<>();
                boxes.add(boxParagraph(bp, inner));
                boxes.addAll(inner);
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
        String title = docPr == null ? "" : docPr.getAttribute("title");
        if (docPr == null) {
            // A VML picture keeps its alt text on the shape.
            org.w3c.dom.Element shape = Dom.descendant(d, "shape");
            descr = shape == null ? "" : shape.getAttribute("alt");
        }
        pieces.add(new Image(data.getFileName(), data.getPackagePart().getContentType(), data.getData(), cx, cy, descr, title));
    }

    /**
     * A paragraph of a text box, read like any other (breaks, symbols, links, tracked changes); text boxes inside
     * it go to {@code inner}.
     */
    private Para boxParagraph(org.w3c.dom.Element p, List<Para> inner) {
        org.w3c.dom.Element pPr = Dom.child(p, "pPr");
        String styleId = Dom.val(pPr, "pStyle");
        int index = ++paragraphs;
        List<Piece> pieces = new ArrayList<>();
        review.paragraphMark(pPr);
        inline(p, new Context(null, null, styleRunProps(styleId), index), pieces, inner);
        review.paragraphEnd();
        return new Para(index, styleId, null, -1, null, 0, null, null, Dom.val(pPr, "jc"), 0, 0, 0, pieces, List.of());
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
        String latin = null;
        for (org.w3c.dom.Element e : chain) {
            org.w3c.dom.Element fonts = Dom.child(e, "rFonts");
            if (fonts != null && Dom.attr(fonts, "asciiTheme") != null) break; // a theme font wins over w:ascii
            latin = fonts == null ? null : Dom.attr(fonts, "ascii") != null ? Dom.attr(fonts, "ascii") : Dom.attr(fonts, "hAnsi");
            if (latin != null) break;
        }
        String sz = firstVal(chain, "sz");
        double size = -1;
        try {
            if (sz != null && !sz.isEmpty()) size = Double.parseDouble(sz) / 2;
        } catch (NumberFormatException ignored) {
            // Unknown size: treated as body size.
        }
        return new Fmt(Boolean.TRUE.equals(first(chain, "b")), Boolean.TRUE.equals(first(chain, "i")),
                u != null && !u.equals("none"), "superscript".equals(va), "subscript".equals(va), ea, size,
                SymbolFonts.isSymbolFont(latin) ? latin : null);
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
