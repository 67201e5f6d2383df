package org.annalist.export.docx;

import org.annalist.export.docx.DocxDesign.Align;
import org.annalist.export.docx.DocxDesign.Face;
import org.annalist.export.docx.DocxDesign.Style;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The styles part: every template style as a Word paragraph style named in Chinese (类目, 分目, 篇名, 图注 …) with
 * its East Asian font (w:eastAsia SimSun/SimHei/KaiTi/FangSong), size, alignment, first-line indent in characters
 * (firstLineChars), space in lines of the grid and keep-with-next; 条目标题 as a character style. The body is Word's
 * Normal style (shown as 正文 in a Chinese Word, alias 正文), so text pasted in takes the body's look.
 */
final class DocxStyles {
    /** Style ids (ASCII, as Word's own are) by Chinese style name. */
    static final Map<String, String> IDS = new LinkedHashMap<>();

    static {
        IDS.put("正文", "Normal");
        IDS.put("类目", "Leimu");
        IDS.put("分目", "Fenmu");
        IDS.put("子目", "Zimu");
        IDS.put("栏目", "Lanmu");
        IDS.put("篇名", "Pianming");
        IDS.put("副题", "Futi");
        IDS.put("署名", "Shuming");
        IDS.put("表格", "Biaoge");
        IDS.put("表题", "Biaoti");
        IDS.put("图注", "Tuzhu");
        IDS.put("脚注", "Jiaozhu");
        IDS.put("引文", "Yinwen");
        IDS.put("注释", "Zhushi");
        IDS.put("书名", "Shuming0");
        IDS.put("版权页", "Banquanye");
        IDS.put("CIP数据", "CIPshuju");
        IDS.put("CIP条目", "CIPtiaomu");
        IDS.put("目录标题", "Mulu");
        IDS.put("书眉", "Shumei");
        IDS.put("页码", "Yema");
        IDS.put("图片", "Tupian");
    }

    /** The character style of 条目标题. */
    static final String ENTRY_TITLE = "Tiaomubiaoti";
    /** The character style of emphasis inside a 【条目】 title: Emphasis at the title's size (named 条目标题强调). */
    static final String ENTRY_TITLE_EMPHASIS = "Tiaomubiaotiqiangdiao";
    /** The character style of a footnote's mark in the text and at the foot. */
    static final String NOTE_MARK = "Jiaozhuhao";
    /** The character style of emphasis: Word's built-in Emphasis (强调), here in 楷体 and upright. */
    static final String EMPHASIS = "Emphasis";
    static final String LATIN = "Times New Roman";

    private DocxStyles() {
    }

    /** A style's id by its Chinese name (正文 → Normal). */
    static String id(String name) {
        String id = IDS.get(name);
        if (id == null) throw new IllegalArgumentException("no style " + name);
        return id;
    }

    /** The whole styles.xml. */
    static String xml(DocxDesign d) {
        Style body = d.style(DocxDesign.BODY);
        double pitch = d.linePitch();
        StringBuilder x = new StringBuilder();
        x.append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        x.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(Face.SONG)).append(size(body.size()))
                .append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:kinsoku/><w:overflowPunct/><w:topLinePunct w:val=\"0\"/>")
                .append("<w:autoSpaceDE/><w:autoSpaceDN/><w:snapToGrid/>")
                .append("<w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        // the body: Normal, justified, 2-character first-line indent
        x.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                .append("<w:aliases w:val=\"正文\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/>")
                .append(paragraph(body, pitch, -1, body.size())).append("</w:pPr><w:rPr>").append(fonts(body.face()))
                .append(size(body.size())).append("</w:rPr></w:style>");
        for (String name : DocxDesign.STYLE_ORDER) {
            if (name.equals(DocxDesign.BODY) || name.equals("条目标题")) continue;
            Style s = d.style(name);
            int outline = d.headings().indexOf(name);
            x.append(name.equals("脚注") ? paragraphStyle(id(name), name, s, notePitch(s.size()), -1, s.size())
                    : paragraphStyle(id(name), name, s, pitch, outline, body.size()));
        }
        // made for the .docx: 注释 (the line over an item's endnotes), 书名, 版权页, 目录's title, 书眉, 页码
        Style heading = d.style(d.headingStyle(3));
        x.append(paragraphStyle(id("注释"), "注释", new Style(heading.face(), body.size(), Align.LEFT, 0, 0.5, 0, 2,
                false, DocxDesign.NewPage.NONE, ""), pitch, -1, body.size()));
        x.append(paragraphStyle(id("书名"), "书名", new Style(Face.HEI, 26, Align.CENTER, 0, 8, 2, 0, false, DocxDesign.NewPage.NONE, ""), pitch, -1, body.size()));
        x.append(imprintStyles());
        x.append(paragraphStyle(id("目录标题"), "目录标题", new Style(Face.HEI, d.style(d.headingStyle(1)).size(),
                Align.CENTER, 0, 2, 1, 1, false, DocxDesign.NewPage.NONE, ""), pitch, -1, body.size()));
        // a picture's paragraph grows with the picture (an exact height would crop it in Word)
        x.append(paragraphStyle(id("图片"), "图片", new Style(body.face(), body.size(), Align.CENTER, 0, 0.5, 0, 1, false, DocxDesign.NewPage.NONE, ""), pitch, -1, 0));
        DocxDesign.RunningHeads h = d.runningHeads();
        x.append(plainStyle(id("书眉"), "书眉", h.face(), h.size(), Align.CENTER));
        x.append(plainStyle(id("页码"), "页码", d.folio().face(), d.folio().size(), Align.CENTER));
        for (int level = 1; level <= 3; level++) {
            Style toc = new Style(level == 1 ? Face.HEI : Face.SONG, body.size(), Align.LEFT, 0, 0, 0, 0, false, DocxDesign.NewPage.NONE, "");
            x.append("<w:style w:type=\"paragraph\" w:styleId=\"TOC").append(level).append("\"><w:name w:val=\"toc ")
                    .append(level).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:pPr>")
                    .append("<w:tabs><w:tab w:val=\"right\" w:leader=\"middleDot\" w:pos=\"").append(twips(d.textWidth()))
                    .append("\"/></w:tabs><w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:left=\"")
                    .append(twips((level - 1) * 2 * body.size())).append("\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr>")
                    .append(fonts(toc.face())).append("</w:rPr></w:style>");
        }
        // the 索引: Word's own index styles (INDEX fills them in), entries hanging by two characters, letters in 黑体
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"Index1\"><w:name w:val=\"index 1\"/><w:basedOn w:val=\"Normal\"/>")
                .append("<w:next w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:left=\"")
                .append(twips(2 * body.size())).append("\" w:hanging=\"").append(twips(2 * body.size()))
                .append("\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>");
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"IndexHeading\"><w:name w:val=\"index heading\"/>")
                .append("<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Index1\"/><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/>")
                .append("<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr>")
                .append(fonts(Face.HEI)).append("</w:rPr></w:style>");
        // Word's comment styles (批注文字, 批注引用), so the comments look as Word's own
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"CommentText\"><w:name w:val=\"annotation text\"/>")
                .append("<w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>");
        x.append("<w:style w:type=\"character\" w:styleId=\"CommentReference\"><w:name w:val=\"annotation reference\"/>")
                .append("<w:rPr><w:sz w:val=\"16\"/></w:rPr></w:style>");
        Style entry = d.style("条目标题");
        x.append("<w:style w:type=\"character\" w:styleId=\"").append(ENTRY_TITLE).append("\"><w:name w:val=\"条目标题\"/>")
                .append("<w:qFormat/><w:rPr>").append(fonts(entry.face())).append(size(entry.size())).append("</w:rPr></w:style>");
        x.append("<w:style w:type=\"character\" w:styleId=\"").append(ENTRY_TITLE_EMPHASIS).append("\"><w:name w:val=\"条目标题强调\"/>")
                .append("<w:basedOn w:val=\"").append(EMPHASIS).append("\"/><w:rPr>").append(size(entry.size())).append("</w:rPr></w:style>");
        x.append("<w:style w:type=\"character\" w:styleId=\"").append(NOTE_MARK).append("\"><w:name w:val=\"脚注引用\"/>")
                .append("<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
        x.append("<w:style w:type=\"character\" w:styleId=\"").append(EMPHASIS).append("\"><w:name w:val=\"Emphasis\"/>")
                .append("<w:qFormat/><w:rPr>").append(fonts(DocxDesign.Face.KAI)).append("<w:i w:val=\"0\"/></w:rPr></w:style>");
        x.append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr>")
                .append("<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
        x.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");
        x.append("</w:styles>");
        return x.toString();
    }

    /** {@code bodySize}: the grid's body size, which places the grid's baseline; 0: a line as tall as its content. */
    private static String paragraphStyle(String id, String name, Style s, double pitch, int outline, double bodySize) {
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"
                + paragraph(s, pitch, outline, bodySize) + "</w:pPr><w:rPr>" + fonts(s.face()) + size(s.size()) + "</w:rPr></w:style>";
    }

    /** The 脚注 style's own line pitch, as the typesetter sets footnotes (1.4 × the note size, to the half point). */
    static double notePitch(double size) {
        return Math.ceil(size * 1.4 * 2) / 2;
    }

    /**
     * How many grid lines one line of text at {@code size} takes, as the typesetter counts them: the body's line
     * sits on the grid with its ideographic em box (ascent 0.88, descent 0.12 of the size) centred in the pitch, and
     * a bigger size takes a whole grid line more for each pitch its ascent or descent reaches beyond that box.
     */
    static int gridLines(double size, double pitch, double bodySize) {
        double baseline = (pitch - bodySize) / 2 + bodySize * ASCENT;
        int above = (int) Math.max(0, Math.ceil((size * ASCENT - baseline - 1e-6) / pitch));
        int below = (int) Math.max(0, Math.ceil((size * (1 - ASCENT) - (pitch - baseline) - 1e-6) / pitch));
        return 1 + above + below;
    }

    /** The ascent of a CJK face's ideographic em box, in ems. */
    private static final double ASCENT = 0.88;

    /** Space in whole lines of the grid, rounded as the typesetter rounds a heading's space (half a line: one). */
    static long wholeLines(double lines) {
        return Math.round(lines);
    }

    /** The 版权页's size, 小五, and its line pitch (1.5 ×), as the PDF's 版权页 sets it. */
    static final double IMPRINT_SIZE = 9;

    /**
     * The 版权页's styles, off the grid in 小五 as the PDF sets it: 版权页 for the 版本记录's rows (label, full-width
     * space, value; a value that wraps hangs under itself, 5 characters in), CIP数据 for the CIP data's heading and
     * 核字号 and CIP条目 for its entries (indented 2 characters) — both boxed by the same hairline border, which Word
     * and LibreOffice draw as one box around the paragraphs that share it.
     */
    private static String imprintStyles() {
        String line = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\""
                + twips(IMPRINT_SIZE * 1.5) + "\" w:lineRule=\"exact\"/>";
        long box = twips(IMPRINT_SIZE);
        String border = "<w:pBdr>" + side("top") + side("left") + side("bottom") + side("right") + "</w:pBdr>";
        String rPr = "<w:rPr>" + fonts(Face.SONG) + size(IMPRINT_SIZE) + "</w:rPr>";
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id("版权页") + "\"><w:name w:val=\"版权页\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr>" + line + "<w:ind w:left=\"" + twips(5 * IMPRINT_SIZE)
                + "\" w:leftChars=\"0\" w:hanging=\"" + twips(5 * IMPRINT_SIZE) + "\" w:hangingChars=\"0\" w:firstLineChars=\"0\"/>"
                + "<w:jc w:val=\"left\"/></w:pPr>" + rPr + "</w:style>"
                + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id("CIP数据") + "\"><w:name w:val=\"CIP数据\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr>" + border + line + "<w:ind w:left=\"" + box + "\" w:right=\"" + box
                + "\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr>" + rPr + "</w:style>"
                + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id("CIP条目") + "\"><w:name w:val=\"CIP条目\"/>"
                + "<w:basedOn w:val=\"" + id("CIP数据") + "\"/><w:pPr><w:ind w:left=\"" + box + "\" w:right=\"" + box
                + "\" w:firstLine=\"" + twips(2 * IMPRINT_SIZE) + "\" w:firstLineChars=\"0\"/></w:pPr></w:style>";
    }

    /** One side of the CIP box: a hairline (½ pt) a character's width from the text. */
    private static String side(String name) {
        return "<w:" + name + " w:val=\"single\" w:sz=\"4\" w:space=\"" + Math.round(IMPRINT_SIZE) + "\" w:color=\"auto\"/>";
    }

    private static String plainStyle(String id, String name, Face face, double size, Align align) {
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\""
                + " w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\""
                + jc(align) + "\"/></w:pPr><w:rPr>" + fonts(face) + size(size) + "</w:rPr></w:style>";
    }

    /**
     * Paragraph properties in schema order: keepNext, spacing, ind, jc, outlineLvl. A heading's space before and after in
     * whole lines of the grid, and each line exactly as tall as the grid lines the typesetter gives it ({@code bodySize}
     * 0: at least one pitch, growing with its content), so Word and LibreOffice set as many lines per column as our
     * pages have and a heading moves the text under it by whole lines.
     */
    private static String paragraph(Style s, double pitch, int outline, double bodySize) {
        StringBuilder p = new StringBuilder();
        if (s.keepWithNext() > 0) p.append("<w:keepNext/><w:keepLines/>");
        // a heading's space in whole lines as the typesetter rounds it; the other styles' as the template gives it
        double before = outline >= 0 ? wholeLines(s.beforeLines()) : s.beforeLines();
        double after = outline >= 0 ? wholeLines(s.afterLines()) : s.afterLines();
        p.append("<w:spacing w:before=\"").append(twips(before * pitch)).append("\" w:beforeLines=\"")
                .append(Math.round(before * 100)).append("\" w:after=\"").append(twips(after * pitch))
                .append("\" w:afterLines=\"").append(Math.round(after * 100)).append("\" w:line=\"");
        if (bodySize > 0) {
            p.append(twips(gridLines(s.size(), pitch, bodySize) * pitch)).append("\" w:lineRule=\"exact\"/>");
        } else {
            p.append(twips(pitch)).append("\" w:lineRule=\"atLeast\"/>");
        }
        p.append("<w:ind w:firstLine=\"").append(twips(s.indentChars() * s.size())).append("\" w:firstLineChars=\"")
                .append(Math.round(s.indentChars() * 100)).append("\"/>");
        p.append("<w:jc w:val=\"").append(jc(s.align())).append("\"/>");
        if (outline >= 0) p.append("<w:outlineLvl w:val=\"").append(Math.min(outline, 8)).append("\"/>");
        return p.toString();
    }

    static String jc(Align a) {
        return switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }

    static String fonts(Face face) {
        return "<w:rFonts w:ascii=\"" + LATIN + "\" w:hAnsi=\"" + LATIN + "\" w:eastAsia=\"" + face.windowsName()
                + "\" w:cs=\"" + LATIN + "\" w:hint=\"eastAsia\"/>";
    }

    static String size(double pt) {
        long half = Math.round(pt * 2);
        return "<w:sz w:val=\"" + half + "\"/><w:szCs w:val=\"" + half + "\"/>";
    }

    /** Points as twentieths of a point, the unit of most Word lengths. */
    static long twips(double pt) {
        return Math.round(pt * 20);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
