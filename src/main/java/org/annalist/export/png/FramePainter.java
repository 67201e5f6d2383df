package org.annalist.export.png;

import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.io.IOException;

/**
 * Paints frames onto any Graphics2D whose user space is in points (the caller scales for DPI or zoom),
 * so the preview and PNG files share one drawing routine. Glyphs are placed at the frame's explicit x
 * positions and filled as outlines: filling outlines goes through Java2D's own rasteriser, which gives
 * the same pixels on every platform (hinted native glyph rendering would not), and reference images
 * depend on that.
 */
public final class FramePainter {
    private final AwtFonts fonts = new AwtFonts();

    /**
     * Paints {@code frame} with its top-left corner at the current origin. Characters the font lacks
     * are skipped and counted in {@code skipped}.
     */
    public void paint(Graphics2D g, Frame frame, SkippedCharacters skipped) throws IOException {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.BLACK);
        walk(g, frame, 0, 0, skipped);
    }

    private void walk(Graphics2D g, Frame frame, double dx, double dy, SkippedCharacters skipped) throws IOException {
        for (Positioned p : frame.items()) {
            double x = dx + p.x();
            double y = dy + p.y();
            if (p.item() instanceof GlyphRun run) text(g, run, x, y, skipped);
            else if (p.item() instanceof Rule rule) rule(g, rule, x, y);
            else if (p.item() instanceof Frame nested) walk(g, nested, x, y, skipped);
            else if (p.item() instanceof org.annalist.typeset.frame.Image img) image(g, img, x, y);
        }
    }

    /** Decoded images by file, so a photograph used on many previews is read once per painter. */
    private final java.util.Map<String, java.awt.image.BufferedImage> images = new java.util.HashMap<>();

    private void image(Graphics2D g, org.annalist.typeset.frame.Image img, double x, double y) {
        java.awt.image.BufferedImage bi = images.computeIfAbsent(img.file(), f -> {
            try {
                return javax.imageio.ImageIO.read(new java.io.File(f));
            } catch (IOException e) {
                return null;
            }
        });
        if (bi == null) {
            // the layout checked the file; if it went missing since, show where it belongs
            Color c = g.getColor();
            g.setColor(Color.LIGHT_GRAY);
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y, img.width(), img.height()));
            g.setColor(c);
            return;
        }
        java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform();
        at.translate(x, y);
        at.scale(img.width() / bi.getWidth(), img.height() / bi.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(bi, at, null);
    }

    private static void rule(Graphics2D g, Rule rule, double x, double y) {
        if (rule.thickness() <= 0) return;
        // Butt caps like the PDF default, so a rule is exactly as long in both outputs.
        g.setStroke(new BasicStroke((float) rule.thickness(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x, y, x + rule.dx(), y + rule.dy()));
    }

    private void text(Graphics2D g, GlyphRun run, double x, double y, SkippedCharacters skipped) throws IOException {
        if (run.size() <= 0 || run.glyphCount() == 0) return;
        Font font = fonts.get(run.font()).deriveFont((float) run.size());
        // Keep only what the font covers, remembering each kept character's glyph index in the run.
        String text = run.text();
        StringBuilder kept = new StringBuilder(text.length());
        double[] keptX = new double[run.glyphCount()];
        int n = 0;
        for (int i = 0, off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            if (!font.canDisplay(cp)) {
                skipped.add(cp);
                continue;
            }
            kept.appendCodePoint(cp);
            keptX[n++] = run.xAt(i);
        }
        if (n == 0) return;
        FontRenderContext frc = new FontRenderContext(null, true, true);
        // The char[] overload maps characters to glyphs one to one, without shaping or bidi reordering.
        char[] chars = kept.toString().toCharArray();
        GlyphVector gv = font.createGlyphVector(frc, chars);
        int[] codePointIndexOfChar = codePointIndices(chars);
        for (int gi = 0; gi < gv.getNumGlyphs(); gi++) {
            int ci = gv.getGlyphCharIndex(gi);
            double gx = keptX[codePointIndexOfChar[Math.min(ci, chars.length - 1)]];
            gv.setGlyphPosition(gi, new Point2D.Double(gx, 0));
        }
        g.fill(gv.getOutline((float) x, (float) y));
    }

    /** For each UTF-16 unit, the index of the code point it belongs to. */
    private static int[] codePointIndices(char[] chars) {
        int[] index = new int[chars.length];
        int cp = -1;
        for (int i = 0; i < chars.length; i++) {
            if (!Character.isLowSurrogate(chars[i]) || i == 0 || !Character.isHighSurrogate(chars[i - 1])) cp++;
            index[i] = cp;
        }
        return index;
    }
}
