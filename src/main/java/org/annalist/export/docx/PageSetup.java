package org.annalist.export.docx;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

import java.util.HashMap;
import java.util.Map;

/**
 * Page design in Word terms: the section properties (page size, mirrored margins, columns and gap, the character
 * grid of linesAndChars, footnotes ①②③ restarting on each page) and the running heads and folios as header and
 * footer parts: the book title on even pages, the current 类目 on odd pages through a STYLEREF field (one header per
 * 类目, so the field's stored result is right before Word updates it), none on a 类目's opening page, the folio
 * ·PAGE· at the outer foot.
 */
final class PageSetup {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XWPFDocument doc;
    private final DocxDesign d;
    private final String bookTitle;
    private String evenHead;
    private String oddFoot;
    private String evenFoot;
    private String emptyHead;
    private final Map<String, String> oddHeads = new HashMap<>();
    private boolean numbered;

    PageSetup(XWPFDocument doc, DocxDesign design, String bookTitle) {
        this.doc = doc;
        this.d = design;
        this.bookTitle = bookTitle;
    }

    /** What kind of section: front matter (one column, no heads), a 类目's opening, or the two-column body. */
    enum Kind { FRONT, OPENING, BODY }

    /**
     * The section properties of one section. {@code start}: "nextPage", "oddPage" or "continuous"; {@code category}:
     * the 类目 whose name the odd pages carry (null: the book title there too). A {@code <w:sectPr>} element as XML
     * text (prefixes w and r, declared by the document).
     */
    String section(Kind kind, String start, String category) {
        StringBuilder x = new StringBuilder("<w:sectPr>");
        if (kind != Kind.FRONT) {
            String odd = oddHead(category);
            x.append(ref("header", "default", odd)).append(ref("header", "even", evenHead()));
            if (kind == Kind.OPENING) {
                x.append(ref("header", "first", d.runningHeads().noneOnOpeningPages() ? emptyHead() : odd));
            }
            x.append(ref("footer", "default", oddFoot())).append(ref("footer", "even", evenFoot()));
            if (kind == Kind.OPENING) x.append(ref("footer", "first", oddFoot()));
        }
        x.append("<w:footnotePr><w:numFmt w:val=\"decimalEnclosedCircleChinese\"/><w:numRestart w:val=\"eachPage\"/></w:footnotePr>");
        x.append("<w:type w:val=\"").append(start).append("\"/>");
        long pageW = tw(d.pageWidth());
        long pageH = tw(d.pageHeight());
        long textW = tw(d.columnWidth()) * d.columns() + tw(d.columnGap()) * (d.columns() - 1);
        long textH = tw(d.linePitch()) * d.linesPerColumn();
        long top = tw(d.marginTop());
        long inner = tw(d.marginInner());
        x.append("<w:pgSz w:w=\"").append(pageW).append("\" w:h=\"").append(pageH).append("\"/>");
        // the text block stands where the template puts it: bottom and outer margins are what is left
        x.append("<w:pgMar w:top=\"").append(top).append("\" w:right=\"").append(pageW - inner - textW)
                .append("\" w:bottom=\"").append(pageH - top - textH).append("\" w:left=\"").append(inner)
                .append("\" w:header=\"").append(Math.max(top - tw(d.runningHeads().size() * 2.5), 200))
                .append("\" w:footer=\"").append(Math.max((pageH - top - textH) - tw(d.folio().size() * 3), 200))
                .append("\" w:gutter=\"0\"/>");
        if (kind != Kind.FRONT && !numbered) {
            numbered = true;
            x.append("<w:pgNumType w:start=\"").append(d.folio().firstNumber()).append("\"/>");
        }
        int cols = kind == Kind.BODY ? d.columns() : 1;
        x.append("<w:cols w:num=\"").append(cols).append("\" w:space=\"").append(tw(d.columnGap())).append("\"/>");
        if (kind == Kind.OPENING) x.append("<w:titlePg/>");
        // Word counts characters per line from the default size plus charSpace/4096 pt: 0 keeps the body's
        x.append("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"").append(tw(d.linePitch()))
                .append("\" w:charSpace=\"0\"/>");
        return x.append("</w:sectPr>").toString();
    }

    private static String ref(String what, String type, String id) {
        return "<w:" + what + "Reference w:type=\"" + type + "\" r:id=\"" + id + "\"/>";
    }

    /** A header part of its own (XWPFDocument.createHeader gives back the one the last section already has). */
    private XWPFHeader newHeader() {
        return new XWPFHeaderFooterPolicy(doc, CTSectPr.Factory.newInstance()).createHeader(STHdrFtr.DEFAULT);
    }

    private static long tw(double pt) {
        return DocxStyles.twips(pt);
    }

    private String oddHead(String category) {
        String key = category == null ? "" : category;
        return oddHeads.computeIfAbsent(key, k -> head(d.runningHeads().odd(), category, true));
    }

    private String evenHead() {
        if (evenHead == null) evenHead = head(d.runningHeads().even(), null, false);
        return evenHead;
    }

    private String emptyHead() {
        if (emptyHead == null) {
            XWPFHeader h = newHeader();
            XWPFParagraph p = h.getParagraphs().isEmpty() ? h.createParagraph() : h.getParagraphs().get(0);
            p.setStyle(DocxStyles.id("书眉"));
            emptyHead = doc.getRelationId(h);
        }
        return emptyHead;
    }

    private String oddFoot() {
        if (oddFoot == null) oddFoot = folio(true);
        return oddFoot;
    }

    private String evenFoot() {
        if (evenFoot == null) evenFoot = folio(false);
        return evenFoot;
    }

    /** A header: the format with {书名} as text and {类目} as a STYLEREF field, a rule under it; the folio at the head. */
    private String head(String format, String category, boolean odd) {
        XWPFHeader h = newHeader();
        XWPFParagraph p = first(h);
        p.setStyle(DocxStyles.id("书眉"));
        if (d.runningHeads().rule() > 0) {
            var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            var bottom = (pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr()).addNewBottom();
            bottom.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            bottom.setSz(java.math.BigInteger.valueOf(Math.max(2, Math.round(d.runningHeads().rule() * 8))));
            bottom.setSpace(java.math.BigInteger.ONE);
        }
        String rest = format == null ? "" : format;
        while (!rest.isEmpty()) {
            int b = rest.indexOf("{书名}");
            int c = rest.indexOf("{类目}");
            int at = b < 0 ? c : c < 0 ? b : Math.min(b, c);
            if (at < 0) {
                text(p, rest);
                break;
            }
            text(p, rest.substring(0, at));
            if (at == b) {
                text(p, bookTitle);
            } else if (category != null) {
                Fields.complex(p, "STYLEREF \"类目\" \\* MERGEFORMAT", category, r -> spacing(r));
            } else {
                text(p, bookTitle);
            }
            rest = rest.substring(at + 4);
        }
        if (!d.folio().atFoot()) folioParagraph(h, odd);
        return doc.getRelationId(h);
    }

    private String folio(boolean odd) {
        XWPFFooter f = new XWPFHeaderFooterPolicy(doc, CTSectPr.Factory.newInstance()).createFooter(STHdrFtr.DEFAULT);
        if (d.folio().atFoot()) {
            folioInto(first(f), odd);
        } else {
            first(f).setStyle(DocxStyles.id("页码"));
        }
        return doc.getRelationId(f);
    }

    private void folioParagraph(XWPFHeaderFooter part, boolean odd) {
        folioInto(part.createParagraph(), odd);
    }

    private void folioInto(XWPFParagraph p, boolean odd) {
        p.setStyle(DocxStyles.id("页码"));
        p.setAlignment(!d.folio().outer() ? ParagraphAlignment.CENTER : odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        String format = d.folio().format();
        int at = format.indexOf("{页码}");
        // the folio's dots without the running head's letter-spacing (which put a gap after the first: "·  1·")
        if (at < 0) {
            plain(p, format);
            return;
        }
        plain(p, format.substring(0, at));
        Fields.complex(p, "PAGE", "1", r -> { });
        plain(p, format.substring(at + 4));
    }

    private static void plain(XWPFParagraph p, String s) {
        if (!s.isEmpty()) p.createRun().setText(s);
    }

    private static XWPFParagraph first(XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
    }

    private void text(XWPFParagraph p, String s) {
        if (s.isEmpty()) return;
        XWPFRun r = p.createRun();
        r.setText(s);
        spacing(r);
    }

    private void spacing(XWPFRun r) {
        if (d.runningHeads().letterSpacing() > 0) r.setCharacterSpacing((int) tw(d.runningHeads().letterSpacing()));
    }
}
