package org.annalist.export.docx;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.export.docx.RunWriter.Format;
import org.annalist.i18n.Texts;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Blocks → paragraphs and tables of the document body: headings in their template styles with bookmarks for the
 * 目录, 篇名/副题/署名, lists with their markers, 引文, three-line tables (header rows repeated, merged cells),
 * pictures at column width with their 图注, footnotes as Word footnotes, endnotes gathered under 注释 at the end of
 * their item.
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

    BlockWriter(XWPFDocument doc, DocxDesign design, Function<String, Path> images, List<String> warnings) {
        this.doc = doc;
        this.d = design;
        this.images = images;
        this.warnings = warnings;
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
            XWPFParagraph p = paragraph(style, a.content(), b);
            if (a.part() == Block.ArticleHead.Part.TITLE && a.level() >= 1) {
                p.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Math.min(a.level() - 1, 8)));
            }
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
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.id("图片"));
            runs.text(p, "＊　＊　＊", Format.PLAIN);
        }
    }

    /** A heading that opens a new page (a {@link Block.Heading} or a 篇名) written as {@link #block} writes it; its paragraph. */
    XWPFParagraph opening(Block b) {
        if (b instanceof Block.Heading h) {
            if (startsItem(b)) flushEndnotes();
            return heading(h);
        }
        block(b);
        return lastParagraph();
    }

    /** A heading in its template style (类目, 分目, 子目), with a bookmark when the 目录 lists it. */
    XWPFParagraph heading(Block.Heading h) {
        return paragraph(d.headingStyle(h.level()), h.content(), h);
    }

    private int listed;

    private XWPFParagraph paragraph(String style, List<Inline> content, Block b) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.id(style));
        if (tocLevel(b) > 0) {
            String name = tocBookmark(listed++);
            var start = p.getCTP().addNewBookmarkStart();
            start.setName(name);
            start.setId(BigInteger.valueOf(++bookmarks));
            runs.write(p, content, Format.PLAIN);
            p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarks));
        } else {
            runs.write(p, content, Format.PLAIN);
        }
        if (p.getCTP().getPPr() == null) p.getCTP().addNewPPr();
        return p;
    }

    private void listItem(String marker, List<Block> item) {
        boolean first = true;
        for (Block b : item) {
            if (b instanceof Block.Paragraph para) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(DocxStyles.id(DocxDesign.BODY));
                if (first) runs.text(p, marker, Format.PLAIN);
                runs.write(p, para.content(), Format.PLAIN);
                first = false;
            } else {
                block(b);
            }
        }
        if (first) runs.text(doc.createParagraph(), marker, Format.PLAIN);
    }

    /** The last body element as a paragraph that can carry a section's properties (a new empty one after a table). */
    XWPFParagraph lastParagraph() {
        List<IBodyElement> all = doc.getBodyElements();
        if (!all.isEmpty() && all.get(all.size() - 1) instanceof XWPFParagraph p && p.getCTP().getPPr() != null
                && p.getCTP().getPPr().getSectPr() == null) return p;
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.id(DocxDesign.BODY));
        return p;
    }

    @Override
    public void footnote(XWPFParagraph p, Inline.Note note, Format f) {
        footnotes++;
        XWPFFootnote fn = doc.createFootnote();
        p.addFootnoteReference(fn);
        var mark = p.getRuns().get(p.getRuns().size() - 1);
        mark.setStyle(DocxStyles.NOTE_MARK);
        boolean first = true;
        for (Block b : note.content()) {
            XWPFParagraph fp = fn.createParagraph();
            fp.setStyle(DocxStyles.id("脚注"));
            if (first) fn.ensureFootnoteRef(fp);
            first = false;
            runs.write(fp, noteInlines(b), Format.PLAIN);
        }
        if (first) fn.ensureFootnoteRef(paragraphIn(fn));
    }

    private XWPFParagraph paragraphIn(XWPFFootnote fn) {
        XWPFParagraph fp = fn.createParagraph();
        fp.setStyle(DocxStyles.id("脚注"));
        return fp;
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
    public void endnote(XWPFParagraph p, Inline.Note note, Format f) {
        endnoteCount++;
        endnotes.add(note);
        runs.text(p, "[" + (++endnoteNumber) + "]", f.raised(VerticalAlign.SUPERSCRIPT));
    }

    /** An item's endnotes after it, under a 注释 line, numbered [1] [2] … as in the text. */
    void flushEndnotes() {
        if (!endnotes.isEmpty()) {
            XWPFParagraph label = doc.createParagraph();
            label.setStyle(DocxStyles.id("注释"));
            runs.text(label, "注释", Format.PLAIN);
            int n = 1;
            for (Inline.Note note : endnotes) {
                boolean first = true;
                for (Block b : note.content()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle(DocxStyles.id("脚注"));
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

    /** A three-line table: a rule over and under it and under its header rows; header rows repeat on each page. */
    private void table(Block.Table t) {
        tables++;
        if (!t.caption().isEmpty()) paragraph("表题", t.caption(), t);
        int cols = Math.max(1, t.columns().size());
        for (Block.Row row : t.rows()) cols = Math.max(cols, row.cells().stream().mapToInt(Block.Cell::colSpan).sum());
        XWPFTable table = doc.createTable();
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        long width = DocxStyles.twips(d.columnWidth());
        pr.addNewTblW().setW(BigInteger.valueOf(width));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (pr.getTblBorders() != null) pr.unsetTblBorders();
        CTTblBorders borders = pr.addNewTblBorders();
        border(borders.addNewTop(), 8);
        border(borders.addNewBottom(), 8);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        long[] colW = columnWidths(t, cols, width);
        for (int c = 0; c < cols; c++) grid.addNewGridCol().setW(BigInteger.valueOf(colW[c]));
        // which grid places a cell from a row above still covers: column → rows left, and the span it had
        int[] coveredRows = new int[cols];
        int[] coveredSpan = new int[cols];
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r + 1);
            boolean header = r < t.headerRows();
            if (header) row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            var cells = t.rows().get(r).cells();
            int next = 0;
            for (int c = 0; c < cols; ) {
                if (coveredRows[c] > 0) {
                    XWPFTableCell cell = cell(row, coveredSpan[c], span(colW, c, coveredSpan[c]), header && r == t.headerRows() - 1);
                    cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    coveredRows[c]--;
                    c += coveredSpan[c];
                    continue;
                }
                if (next >= cells.size()) {
                    cell(row, 1, colW[c], header && r == t.headerRows() - 1);
                    c++;
                    continue;
                }
                Block.Cell source = cells.get(next++);
                int span = Math.min(source.colSpan(), cols - c);
                XWPFTableCell cell = cell(row, span, span(colW, c, span), header && r == t.headerRows() - 1);
                if (source.rowSpan() > 1) {
                    cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    coveredRows[c] = source.rowSpan() - 1;
                    coveredSpan[c] = span;
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(DocxStyles.id("表格"));
                // a column the text aligns left or right (the header stays centred, as in the PDF)
                Block.Align align = header || c >= t.columns().size() ? Block.Align.DEFAULT : t.columns().get(c);
                if (align == Block.Align.LEFT) p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
                else if (align == Block.Align.RIGHT) p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
                runs.write(p, source.content(), header ? Format.PLAIN.face(DocxDesign.Face.HEI.windowsName()) : Format.PLAIN);
                c += span;
            }
        }
        table.removeRow(0);
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

    private static XWPFTableCell cell(XWPFTableRow row, int span, long cellWidth, boolean underHeader) {
        XWPFTableCell cell = row.createCell();
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf(cellWidth));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        if (underHeader) border(pr.addNewTcBorders().addNewBottom(), 4);
        pr.addNewVAlign().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc.CENTER);
        return cell;
    }

    private static void border(CTBorder b, int eighths) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(eighths));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
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
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.id("图片"));
        p.getCTP().getPPr().addNewKeepNext();
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
                p.createRun().addPicture(new ByteArrayInputStream(bytes), type, f.source().replace(':', '-'),
                        Units.toEMU(w), Units.toEMU(h));
                figures++;
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                warnings.add(Texts.get("docx.figure.missing", f.source(), e.getMessage()));
            }
        }
        if (!f.caption().isEmpty()) paragraph("图注", f.caption(), f);
    }

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
