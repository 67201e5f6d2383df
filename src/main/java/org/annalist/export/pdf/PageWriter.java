package org.annalist.export.pdf;

import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * Writes one page frame into a content stream. Items are visited in frame order, which is reading order
 * (column 1 before column 2), because text extraction and screen readers follow the content stream.
 * Nested frames only shift coordinates, so no graphics-state operators are spent on them.
 */
final class PageWriter {
    /** Below this (in points) a glyph is taken to sit where the previous glyph's advance left the pen. */
    private static final double SNAP = 0.001;

    private final PdfFonts fonts;
    private final SkippedCharacters skipped;
    private final org.apache.pdfbox.pdmodel.PDDocument doc;
    /** One image XObject per file for the whole document, however often the picture is drawn. */
    private final java.util.Map<String, org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> images = new java.util.HashMap<>();
    private final GlyphArray tj = new GlyphArray();
    private PDPageContentStream cs;
    private double originX;
    private double originTop;
    private double lineWidth;

    PageWriter(PdfFonts fonts, SkippedCharacters skipped, org.apache.pdfbox.pdmodel.PDDocument doc) {
        this.fonts = fonts;
        this.skipped = skipped;
        this.doc = doc;
    }

    /**
     * Draws {@code page} with its top-left corner at PDF user-space point ({@code originX}, {@code originTop});
     * PDF's y axis grows upwards, the frame's downwards.
     */
    void write(PDPageContentStream cs, Frame page, double originX, double originTop) throws IOException {
        this.cs = cs;
        this.originX = originX;
        this.originTop = originTop;
        this.lineWidth = Double.NaN;
        walk(page, 0, 0);
        this.cs = null;
    }

    private void walk(Frame frame, double dx, double dy) throws IOException {
        for (Positioned p : frame.items()) {
            double x = dx + p.x();
            double y = dy + p.y();
            if (p.item() instanceof GlyphRun run) text(run, x, y);
            else if (p.item() instanceof Rule rule) rule(rule, x, y);
            else if (p.item() instanceof Frame nested) walk(nested, x, y);
            else if (p.item() instanceof org.annalist.typeset.frame.Image img) image(img, x, y);
        }
    }

    /** A picture scaled into its box; (x, y) is its top-left corner. */
    private void image(org.annalist.typeset.frame.Image img, double x, double y) throws IOException {
        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject xo = images.get(img.file());
        if (xo == null) {
            try {
                xo = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromFileByContent(new java.io.File(img.file()), doc);
            } catch (IOException | IllegalArgumentException e) {
                throw new PdfExportException("图片文件 " + img.file() + " 无法写入 PDF（" + e.getMessage() + "）", e);
            }
            images.put(img.file(), xo);
        }
        cs.drawImage(xo, (float) (originX + x), (float) (originTop - y - img.height()), (float) img.width(), (float) img.height());
    }

    private void rule(Rule rule, double x, double y) throws IOException {
        if (rule.thickness() <= 0) return;
        if (rule.thickness() != lineWidth) {
            cs.setLineWidth((float) rule.thickness());
            lineWidth = rule.thickness();
        }
        cs.moveTo((float) (originX + x), (float) (originTop - y));
        cs.lineTo((float) (originX + x + rule.dx()), (float) (originTop - y - rule.dy()));
        cs.stroke();
    }

    /**
     * One BT…ET with a single TJ per run: strings of glyphs that follow each other at their natural
     * advance, separated by adjustments where justification or compressed punctuation moved a glyph.
     * Extraction tools then see words and lines rather than one positioned letter after another.
     * Glyph ids come from the font's table and go straight into the TJ operand (see {@link GlyphArray});
     * nothing is allocated per glyph.
     */
    private void text(GlyphRun run, double x, double y) throws IOException {
        if (run.size() <= 0 || run.glyphCount() == 0) return;
        EmbeddedFont font = fonts.get(run.font());
        double size = run.size();
        double pen = Double.NaN;
        String text = run.text();
        for (int i = 0, off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            int gid = font.glyph(cp);
            if (gid == 0) {
                skipped.add(cp);
                continue;
            }
            double gx = run.xAt(i);
            if (Double.isNaN(pen)) {
                cs.beginText();
                cs.setFont(font.pdf(), (float) size);
                cs.newLineAtOffset((float) (originX + x + gx), (float) (originTop - y));
                tj.begin();
                pen = gx;
            }
            double delta = gx - pen;
            if (Math.abs(delta) > SNAP) {
                // TJ numbers are in thousandths of the font size and move the pen left when positive.
                tj.adjust((float) (-delta * 1000 / size));
            }
            tj.glyph(gid);
            font.use(cp, gid);
            pen = gx + font.advance(gid) * size / 1000;
        }
        if (Double.isNaN(pen)) return;
        tj.show(cs);
        cs.endText();
    }
}
