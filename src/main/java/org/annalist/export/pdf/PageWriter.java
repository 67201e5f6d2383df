package org.annalist.export.pdf;

import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
    private PDPageContentStream cs;
    private double originX;
    private double originTop;
    private double lineWidth;

    PageWriter(PdfFonts fonts, SkippedCharacters skipped) {
        this.fonts = fonts;
        this.skipped = skipped;
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
        }
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
     */
    private void text(GlyphRun run, double x, double y) throws IOException {
        if (run.size() <= 0 || run.glyphCount() == 0) return;
        EmbeddedFont font = fonts.get(run.font());
        double size = run.size();
        List<Object> tj = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        double pen = Double.NaN;
        String text = run.text();
        for (int i = 0, off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            if (!font.covers(cp)) {
                skipped.add(cp);
                continue;
            }
            double gx = run.xAt(i);
            if (Double.isNaN(pen)) {
                cs.beginText();
                cs.setFont(font.pdf(), (float) size);
                cs.newLineAtOffset((float) (originX + x + gx), (float) (originTop - y));
                pen = gx;
            }
            double delta = gx - pen;
            if (Math.abs(delta) > SNAP) {
                if (chunk.length() > 0) {
                    tj.add(chunk.toString());
                    chunk.setLength(0);
                }
                // TJ numbers are in thousandths of the font size and move the pen left when positive.
                tj.add((float) (-delta * 1000 / size));
            }
            chunk.appendCodePoint(cp);
            font.use(cp);
            pen = gx + font.advance(cp) * size / 1000;
        }
        if (Double.isNaN(pen)) return;
        if (chunk.length() > 0) tj.add(chunk.toString());
        cs.showTextWithPositioning(tj.toArray());
        cs.endText();
    }
}
