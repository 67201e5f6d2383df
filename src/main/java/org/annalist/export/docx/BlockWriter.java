package org.annalist.export.docx;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.export.docx.RunWriter.Format;
import org.annalist.i18n.Texts;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Blocks → paragraphs and tables of the document body: headings in their template styles with bookmarks for the
 * 目录, 篇名/副题/署名, lists with their markers, 引文, three-line tables (header rows repeated, merged cells),
 * pictures at column width with their 图注, footnotes as Word footnotes, endnotes gathered under 注释 at the end of
 * their item. Written as XML text: the body is a list of {@link Para}s and the tables' own markup (Strings), in order;
 * the footnotes a list of their own.
 */
final class BlockWriter implements RunWriter.Notes {
    private final XWPFDocument doc;
    private final DocxDesign d;
    private final Function<String, Path> images;
    private final List<String> warnings;
    final RunWriter runs = new RunWriter(this);
    private final List<Inline.Note> endnotes = new ArrayList<>();
    private int endnoteNumber;
    private int bookmarks;
    int footnotes;
    int endnoteCount;
    int tables;
    int figures;
    /** The body in order: a {@link Para} or other XML (a table's markup around its cells' paragraphs). */
    final List<Object> body = new ArrayList<>();
    /** The footnotes in the order made: id and paragraphs. */
    final List<Footnote> notes = new ArrayList<>();
    private final PackagePart bodyPart;
    private PackagePart footnotePart;

    record Footnote(java.math.BigInteger id, List<Para> paragraphs) {
    }

    BlockWriter(XWPFDocument doc, DocxDesign design, Function<String, Path> images, List<String> warnings) {
        this.doc = doc;
        this.d = design;
        this.images = images;
        this.warnings = warnings;
        this.bodyPart = doc.getPackagePart();
    }

    /** A new paragraph at the end of the body. */
    Para createParagraph() {
        Para p = new Para(bodyPart);
        body.add(p);
        return p;
    }

    /** The level a block has in the 目录 (1 类目, 2 分目 or an article at that depth), 0 when it is not listed. */
    static int tocLevel(Block b) {
        if (b instanceof Block.Heading h) return h.level() <= 2 ? h.level() : 0;
        if (b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE) return a.level() >= 1 && a.level() <= 2 ? a.level() : 0;
        return 0;
    }

    /** The bookmark the i-th listed block carries (0-based), for the 目录's PAGEREF fields. */
    static String tocBookmark(int i) {
        return "_Toc" + (100001 + i);
    }

    /** Whether a block starts a new item (its endnotes come after the one before). */
    private static boolean startsItem(Block b) {
        return b instanceof Block.Heading || (b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE)
                || b.attr().id().startsWith("item-");
    }

    void block(Block b) {
        if (startsItem(b)) flushEndnotes();
        if (b instanceof Block.Heading h) {
            heading(h);
        } else if (b instanceof Block.Paragraph p) {
            paragraph(DocxDesign.BODY, p.content(), b);
        } else if (b instanceof Block.ArticleHead a) {
            String style = switch (a.part()) {
                case TITLE -> "篇名";
                case SUBTITLE -> "副题";
                case BYLINE -> "署名";
            };
            Para p = paragraph(style, a.content(), b);
            if (a.part() == Block.ArticleHead.Part.TITLE && a.level() >= 1) p.outline(Math.min(a.level() - 1, 8));
        } else if (b instanceof Block.BlockQuote q) {
            for (Block inner : q.content()) {
                if (inner instanceof Block.Paragraph p) paragraph("引文", p.content(), inner);
                else block(inner);
            }
        } else if (b instanceof Block.BulletList l) {
            for (List<Block> item : l.items()) listItem("•　", item);
        } else if (b instanceof Block.OrderedList l) {
            for (int i = 0; i < l.items().size(); i++) listItem(l.marker(i) + " ", l.items().get(i));
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Figure f) {
            figure(f);
        } else if (b instanceof Block.Rule) {
            Para p = createParagraph().style(DocxStyles.id("图片"));
            runs.text(p, "＊　＊　＊", Format.PLAIN);
        }
    }

    /** A heading that opens a new page (a {@link Block.Heading} or a 篇名) written as {@link #block} writes it; its paragraph. */
    Para opening(Block b) {
        if (b instanceof Block.Heading h) {
            if (startsItem(b)) flushEndnotes();
            return heading(h);
        }
        block(b);
        return lastParagraph();
    }

    /** A heading in its template style (类目, 分目, 子目), with a bookmark when the 目录 lists it. */
    Para heading(Block.Heading h) {
        return paragraph(d.headingStyle(h.level()), h.content(), h);
    }

    private int listed;

    private Para paragraph(String style, List<Inline> content, Block b) {
        Para p = createParagraph().style(DocxStyles.id(style));
        if (tocLevel(b) > 0) {
            String name = tocBookmark(listed++);
            p.kids.add(RunWriter.bookmarkStart(name, ++bookmarks));
            runs.write(p, content, Format.PLAIN);
            p.kids.add(RunWriter.bookmarkEnd(bookmarks));
        } else {
            runs.write(p, content, Format.PLAIN);
        }
        p.ensureProperties();
        return p;
    }

    private void listItem(String marker, List<Block> item) {
        boolean first = true;
        for (Block b : item) {
            if (b instanceof Block.Paragraph para) {
                Para p = createParagraph().style(DocxStyles.id(DocxDesign.BODY));
                if (first) runs.text(p, marker, Format.PLAIN);
                runs.write(p, para.content(), Format.PLAIN);
                first = false;
            } else {
                block(b);
            }
        }
        if (first) runs.text(createParagraph(), marker, Format.PLAIN);
    }

    /** The last body element as a paragraph that can carry a section's properties (a new empty one after a table). */
    Para lastParagraph() {
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Para p && p.hasProperties() && !p.endsSection()) return p;
        return createParagraph().style(DocxStyles.id(DocxDesign.BODY));
    }

    /** What POI's XWPFFootnote.ensureFootnoteRef makes of the first paragraph's first run (twice its properties and mark). */
    private static final String FOOTNOTE_REF = "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
            + "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/><w:footnoteRef/>";

    @Override
    public void footnote(Para p, Inline.Note note, Format f) {
        footnotes++;
        // the id as POI numbers footnotes (its footnotes part is written, and then replaced by ours)
        java.math.BigInteger id = doc.createFootnote().getId();
        if (footnotePart == null) footnotePart = doc.createFootnotes().getPackagePart();
        p.add(Para.Run.other("<w:rPr><w:rStyle w:val=\"" + DocxStyles.NOTE_MARK + "\"/></w:rPr>",
                "<w:footnoteReference w:id=\"" + id + "\"/>"));
        Footnote fn = new Footnote(id, new ArrayList<>());
        notes.add(fn);
        boolean first = true;
        for (Block b : note.content()) {
            Para fp = new Para(footnotePart).style(DocxStyles.id("脚注"));
            fn.paragraphs().add(fp);
            if (first) fp.add(Para.Run.other("", FOOTNOTE_REF));
            first = false;
            runs.write(fp, noteInlines(b), Format.PLAIN);
        }
        if (first) {
            Para fp = new Para(footnotePart).style(DocxStyles.id("脚注"));
            fn.paragraphs().add(fp);
            fp.add(Para.Run.other("", FOOTNOTE_REF));
        }
    }

    /** word/footnotes.xml. */
    String footnotesXml() {
        StringBuilder out = new StringBuilder(256 + 512 * notes.size());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:footnotes xmlns:w=\"").append(Xml.W)
                .append("\" xmlns:r=\"").append(Xml.R).append("\">");
        for (Footnote fn : notes) {
            out.append("<w:footnote w:type=\"normal\" w:id=\"").append(fn.id()).append("\">");
            for (Para p : fn.paragraphs()) p.write(out);
            out.append("</w:footnote>");
        }
        return out.append("</w:footnotes>").toString();
    }

    /** A note's block as inlines (a note holds paragraphs; anything else is given as its text). */
    private static List<Inline> noteInlines(Block b) {
        if (b instanceof Block.Paragraph p) return p.content();
        if (b instanceof Block.Heading h) return h.content();
        if (b instanceof Block.ArticleHead a) return a.content();
        if (b instanceof Block.BlockQuote q && !q.content().isEmpty()) return noteInlines(q.content().get(0));
        return List.of();
    }

    @Override
    public void endnote(Para p, Inline.Note note, Format f) {
        endnoteCount++;
        endnotes.add(note);
        runs.text(p, "[" + (++endnoteNumber) + "]", f.raised(VerticalAlign.SUPERSCRIPT));
    }

    /** An item's endnotes after it, under a 注释 line, numbered [1] [2] … as in the text. */
    void flushEndnotes() {
        if (!endnotes.isEmpty()) {
            Para label = createParagraph().style(DocxStyles.id("注释"));
            runs.text(label, "注释", Format.PLAIN);
            int n = 1;
            for (Inline.Note note : endnotes) {
                boolean first = true;
                for (Block b : note.content()) {
                    Para p = createParagraph().style(DocxStyles.id("脚注"));
                    if (first) runs.text(p, "[" + n + "] ", Format.PLAIN);
                    first = false;
                    runs.write(p, noteInlines(b), Format.PLAIN);
                }
                n++;
            }
        }
        endnotes.clear();
        endnoteNumber = 0;
    }

    private static String border(String side, int eighths) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"" + eighths + "\" w:space=\"0\" w:color=\"000000\"/>";
    }

    /**
     * A three-line table: a rule over and under it and under its header rows; header rows repeat on each page.
     * (The table's first w:tblW, width 0 of type dxa, is what POI's new table carried before its width was added.)
     */
    private void table(Block.Table t) {
        tables++;
        if (!t.caption().isEmpty()) paragraph("表题", t.caption(), t);
        // the table's columns, as the PDF sets it: a cell spanning past the last column ends at it (a row with more
        // cells than the table has columns widens it, so that no cell's text is lost)
        int cols = Math.max(1, t.columns().size());
        for (Block.Row row : t.rows()) cols = Math.max(cols, row.cells().size());
        long width = DocxStyles.twips(d.columnWidth());
        long[] colW = columnWidths(t, cols, width);
        StringBuilder x = new StringBuilder(256);
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"dxa\"/><w:tblW w:w=\"").append(width)
                .append("\"/><w:jc w:val=\"center\"/><w:tblBorders>").append(border("top", 8)).append(border("bottom", 8))
                .append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int c = 0; c < cols; c++) x.append("<w:gridCol w:w=\"").append(colW[c]).append("\"/>");
        x.append("</w:tblGrid>");
        // which grid places a cell from a row above still covers: column → rows left, and the span it had
        int[] coveredRows = new int[cols];
        int[] coveredSpan = new int[cols];
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            boolean underHeader = header && r == t.headerRows() - 1;
            x.append("<w:tr><w:trPr>").append(header ? "<w:tblHeader w:val=\"on\"/>" : "").append("<w:cantSplit w:val=\"on\"/></w:trPr>");
            var cells = t.rows().get(r).cells();
            int next = 0;
            for (int c = 0; c < cols; ) {
                if (coveredRows[c] > 0) {
                    cell(x, coveredSpan[c], span(colW, c, coveredSpan[c]), "continue", underHeader);
                    x.append("<w:p/></w:tc>");
                    coveredRows[c]--;
                    c += coveredSpan[c];
                    continue;
                }
                if (next >= cells.size()) {
                    cell(x, 1, colW[c], null, underHeader);
                    x.append("<w:p/></w:tc>");
                    c++;
                    continue;
                }
                Block.Cell source = cells.get(next++);
                int span = Math.min(source.colSpan(), cols - c);
                cell(x, span, span(colW, c, span), source.rowSpan() > 1 ? "restart" : null, underHeader);
                if (source.rowSpan() > 1) {
                    coveredRows[c] = source.rowSpan() - 1;
                    coveredSpan[c] = span;
                }
                body.add(x.toString());
                x.setLength(0);
                Para p = createParagraph().style(DocxStyles.id("表格"));
                // a column the text aligns left or right (the header stays centred, as in the PDF)
                Block.Align align = header || c >= t.columns().size() ? Block.Align.DEFAULT : t.columns().get(c);
                if (align == Block.Align.LEFT) p.align("left");
                else if (align == Block.Align.RIGHT) p.align("right");
                runs.write(p, source.content(), header ? Format.PLAIN.face(DocxDesign.Face.HEI.windowsName()) : Format.PLAIN);
                x.append("</w:tc>");
                c += span;
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
        body.add(x.toString());
    }

    /**
     * The grid columns' widths: in proportion to the widest text a cell of one column holds (in characters, Latin
     * half, one more for the cell's margins, two at least), as the PDF's tables share their width — a narrow label
     * column beside a wide one, not all alike.
     */
    static long[] columnWidths(Block.Table t, int cols, long width) {
        double[] natural = new double[cols];
        java.util.Arrays.fill(natural, 2);
        int[] covered = new int[cols]; // rows below still covered by a cell above, per grid column
        for (Block.Row row : t.rows()) {
            int[] next = covered.clone();
            for (int k = 0; k < cols; k++) if (next[k] > 0) next[k]--;
            int c = 0;
            for (Block.Cell cell : row.cells()) {
                while (c < cols && covered[c] > 0) c++;
                if (c >= cols) break;
                if (cell.rowSpan() > 1) for (int k = 0; k < cell.colSpan() && c + k < cols; k++) next[c + k] = cell.rowSpan() - 1;
                if (cell.colSpan() == 1) natural[c] = Math.max(natural[c], ems(Inlines.plainText(cell.content()).strip()) + 1);
                c += cell.colSpan();
            }
            covered = next;
        }
        double total = 0;
        for (double n : natural) total += n;
        long[] out = new long[cols];
        long used = 0;
        for (int c = 0; c < cols; c++) {
            out[c] = c == cols - 1 ? width - used : Math.round(width * natural[c] / total);
            used += out[c];
        }
        return out;
    }

    private static double ems(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp < 0x1100 ? 0.5 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static long span(long[] widths, int from, int n) {
        long w = 0;
        for (int k = from; k < Math.min(widths.length, from + n); k++) w += widths[k];
        return w;
    }

    /** A cell's start and properties: width, span, vertical merge ("restart", "continue" or null), rule under the header. */
    private static void cell(StringBuilder x, int span, long cellWidth, String vMerge, boolean underHeader) {
        x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(cellWidth).append("\" w:type=\"dxa\"/>");
        if (span > 1) x.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        if (vMerge != null) x.append("<w:vMerge w:val=\"").append(vMerge).append("\"/>");
        if (underHeader) x.append("<w:tcBorders>").append(border("bottom", 4)).append("</w:tcBorders>");
        x.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
    }

    /** A picture from the archive at column width (page width when 通栏), its 图注 under it. */
    private void figure(Block.Figure f) {
        Path file = null;
        String problem = null;
        try {
            file = images.apply(f.source());
        } catch (RuntimeException e) {
            problem = e.getMessage();
        }
        byte[] bytes = null;
        if (file != null) {
            try {
                bytes = Files.readAllBytes(file);
            } catch (java.nio.file.NoSuchFileException e) {
                // its message is the bare path: the warning says what is wrong
                problem = Texts.get("docx.figure.noFile");
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        Para p = createParagraph().style(DocxStyles.id("图片"));
        p.keepNext();
        PictureType type = bytes == null ? null : type(bytes);
        int[] size = bytes == null ? null : Pictures.pixels(bytes);
        if (bytes == null || type == null || size == null) {
            warnings.add(Texts.get("docx.figure.missing", f.source(), problem != null ? problem
                    : bytes == null ? Texts.get("docx.figure.noFile") : Texts.get("docx.figure.notImage")));
            runs.text(p, Texts.get("docx.figure.placeholder", f.source()), Format.PLAIN);
        } else {
            double w = f.spanning() ? d.textWidth() : d.columnWidth();
            double h = w * size[1] / size[0];
            double maxH = d.textHeight() * 0.6;
            if (h > maxH) {
                w = w * maxH / h;
                h = maxH;
            }
            try {
                // POI adds the picture's part and relationship and makes its w:drawing, in a paragraph of its own
                // outside the body; the drawing goes into ours as XML text
                XWPFRun r = new XWPFParagraph(CTP.Factory.newInstance(), doc).createRun();
                r.addPicture(new ByteArrayInputStream(bytes), type, f.source().replace(':', '-'), Units.toEMU(w), Units.toEMU(h));
                p.add(Para.Run.other("", r.getCTR().getDrawingArray(0).xmlText(DRAWING)));
                figures++;
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                warnings.add(Texts.get("docx.figure.missing", f.source(), e.getMessage()));
            }
        }
        if (!f.caption().isEmpty()) paragraph("图注", f.caption(), f);
    }

    private static final XmlOptions DRAWING = new XmlOptions().setSaveOuter().setSaveSuggestedPrefixes(Map.of(
            Xml.W, "w", Xml.R, "r", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp",
            "http://schemas.openxmlformats.org/drawingml/2006/main", "a",
            "http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"));

    private static PictureType type(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return PictureType.PNG;
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return PictureType.JPEG;
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') return PictureType.GIF;
        if (b.length > 2 && b[0] == 'B' && b[1] == 'M') return PictureType.BMP;
        return null;
    }

    static String text(List<Inline> inlines) {
        return Inlines.plainText(inlines);
    }
}
