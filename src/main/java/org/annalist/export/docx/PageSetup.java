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
 * footer parts as the template gives them — {书名} as text, {类目}/{栏目} and {篇名} through STYLEREF fields to the
 * style of the heading they name (one header part per text shown, so the field's stored result is right before Word
 * updates it): in a 年鉴 the book title on even pages and the current 类目 on odd pages, in 文史资料 the current 篇名 —,
 * none on an opening page, the folio ·PAGE· at the outer foot.
 */
final class PageSetup {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XWPFDocument doc;
    private final DocxDesign d;
    private final String bookTitle;
    private String oddFoot;
    private String evenFoot;
    private String emptyHead;
    private final Map<String, String> heads = new HashMap<>();
    private boolean numbered;

    PageSetup(XWPFDocument doc, DocxDesign design, String bookTitle) {
        this.doc = doc;
        this.d = design;
        this.bookTitle = bookTitle;
    }

    /**
     * What kind of section: front matter (one column, no heads; the 版权页 its own, its text at the foot of the page as
     * the PDF sets it), an opening across the columns (one column, holding
     * only the heading that opens a new page, a 类目's), the body in the template's columns, or an opening in the
     * body's columns (a heading that opens a new page without spanning them, a 文史 篇名's: the section holds what
     * follows it too). An opening's first page has no running head when the template says so.
     */
    enum Kind {
        FRONT, IMPRINT, OPENING, BODY, BODY_OPENING;

        /** Front matter: one column, no running heads or folios. */
        boolean front() {
            return this == FRONT || this == IMPRINT;
        }

        boolean opens() {
            return this == OPENING || this == BODY_OPENING;
        }
    }

    /**
     * Where a section stands in the book, for its running heads: the text of the level-1 heading (类目, 栏目) and of
     * the level-2 one (a 文史 篇名) in force there (null: none) and the styles they are set in (their STYLEREF
     * fields' names).
     */
    record Context(String level1, String style1, String level2, String style2) {
        static final Context NONE = new Context(null, null, null, null);

        /** The context after a heading of {@code level} with {@code text} in {@code style}. */
        Context at(int level, String text, String style) {
            if (level <= 1) return new Context(text, style, null, null);
            if (level == 2) return new Context(level1, style1, text, style);
            return this;
        }
    }

    /**
     * The section properties of one section. {@code start}: "nextPage", "oddPage" or "continuous"; {@code heads}:
     * the headings whose names the running heads carry ({@code {类目}}/{@code {栏目}} with no level-1 heading: the
     * book title there). A {@code <w:sectPr>} element as XML text (prefixes w and r, declared by the document).
     */
    String section(Kind kind, String start, Context heads) {
        StringBuilder x = new StringBuilder("<w:sectPr>");
        if (!kind.front()) {
            String odd = oddHead(heads);
            x.append(ref("header", "default", odd)).append(ref("header", "even", evenHead(heads)));
            if (kind.opens()) {
                x.append(ref("header", "first", d.runningHeads().noneOnOpeningPages() ? emptyHead() : odd));
            }
            x.append(ref("footer", "default", oddFoot())).append(ref("footer", "even", evenFoot()));
            if (kind.opens()) x.append(ref("footer", "first", oddFoot()));
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
        if (!kind.front() && !numbered) {
            numbered = true;
            x.append("<w:pgNumType w:start=\"").append(d.folio().firstNumber()).append("\"/>");
        }
        int cols = kind == Kind.BODY || kind == Kind.BODY_OPENING ? d.columns() : 1;
        x.append("<w:cols w:num=\"").append(cols).append("\" w:space=\"").append(tw(d.columnGap())).append("\"/>");
        if (kind == Kind.IMPRINT) x.append("<w:vAlign w:val=\"bottom\"/>");
        if (kind.opens()) x.append("<w:titlePg/>");
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

    private String oddHead(Context heads) {
        return headFor(d.runningHeads().odd(), heads, true);
    }

    private String evenHead(Context heads) {
        return headFor(d.runningHeads().even(), heads, false);
    }

    /** One header part per text it shows (a head naming a 类目 or 篇名 has one per 类目 or 篇名, stored results right). */
    private String headFor(String format, Context heads, boolean odd) {
        String f = format == null ? "" : format;
        String key = (odd ? "odd:" : "even:") + shown(f, heads);
        // a head with no text has no rule either (as in the PDF), unless the folio stands there
        return this.heads.computeIfAbsent(key, k -> shown(f, heads).isBlank() && d.folio().atFoot() ? emptyHead() : head(f, heads, odd));
    }

    /** The text a head of {@code format} shows in {@code heads}, as the PDF's running head has it. */
    private String shown(String format, Context heads) {
        String one = heads.level1() == null ? nz(bookTitle) : heads.level1();
        return format.replace("{书名}", nz(bookTitle)).replace("{类目}", one).replace("{栏目}", one)
                .replace("{篇名}", nz(heads.level2()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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

    /**
     * A header: the format with {书名} as text, {类目}/{栏目} and {篇名} as STYLEREF fields to the style of the
     * heading they name, each with its text as the stored result; a rule under it; the folio at the head.
     */
    private String head(String format, Context heads, boolean odd) {
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
        String rest = format;
        while (!rest.isEmpty()) {
            int at = -1;
            String name = null;
            for (String n : PLACEHOLDERS) {
                int i = rest.indexOf(n);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    name = n;
                }
            }
            if (at < 0) {
                text(p, rest);
                break;
            }
            text(p, rest.substring(0, at));
            if (name.equals("{书名}")) {
                text(p, nz(bookTitle));
            } else if (name.equals("{篇名}")) {
                if (heads.level2() != null) styleRef(p, heads.style2(), heads.level2());
            } else if (heads.level1() != null) {
                styleRef(p, heads.style1(), heads.level1());
            } else {
                text(p, nz(bookTitle));
            }
            rest = rest.substring(at + name.length());
        }
        if (!d.folio().atFoot()) folioParagraph(h, odd);
        return doc.getRelationId(h);
    }

    private static final java.util.List<String> PLACEHOLDERS = java.util.List.of("{书名}", "{类目}", "{栏目}", "{篇名}");

    private void styleRef(XWPFParagraph p, String style, String result) {
        Fields.complex(p, "STYLEREF \"" + style + "\" \\* MERGEFORMAT", result, r -> spacing(r));
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
