package org.annalist.typeset.page;

import org.annalist.typeset.font.Face;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text set without breaking or justification (running heads, folios, leaders, title page):
 * natural advances plus optional letter-spacing, split into runs where the face changes. Characters no
 * face has are recorded as 缺字.
 */
public final class SimpleLine {
    /** Where the CJK em box's top sits above the baseline, in em (its bottom is 0.12 em below). */
    public static final double EM_BOX_ASCENT = 0.88;

    private SimpleLine() {
    }

    /** The text as a frame {@code height} high, vertically centred on the em box. */
    public static Frame set(FontBook fonts, FontRole role, double size, double letterSpacing, String text, double height) {
        List<Positioned> items = new ArrayList<>();
        double baseline = (height - size) / 2 + EM_BOX_ASCENT * size;
        double x = 0;
        Face runFace = null;
        StringBuilder runText = new StringBuilder();
        List<Double> runX = new ArrayList<>();
        double runStart = 0;
        int count = text.codePointCount(0, text.length());
        int i = 0;
        for (int off = 0; off < text.length(); ) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            Face face = fonts.chain(role).faceFor(cp);
            if (face == null) {
                fonts.missing().record(role, cp, text);
                face = fonts.chain(role).primary();
            }
            if (face != runFace && runFace != null) {
                items.add(run(runFace, size, runText, runX, runStart, x, baseline));
                runText.setLength(0);
                runX.clear();
                runStart = x;
            }
            runFace = face;
            runText.appendCodePoint(cp);
            runX.add(x - runStart);
            x += face.advance(cp) * size + (++i < count ? letterSpacing : 0);
        }
        if (runFace != null) items.add(run(runFace, size, runText, runX, runStart, x, baseline));
        return new Frame("line", x, height, baseline, items);
    }

    private static Positioned run(Face face, double size, StringBuilder text, List<Double> xs, double start, double end, double baseline) {
        double[] x = new double[xs.size()];
        for (int i = 0; i < x.length; i++) x[i] = xs.get(i);
        return new Positioned(start, baseline, new GlyphRun(face.ref(), size, text.toString(), x, end - start));
    }
}
