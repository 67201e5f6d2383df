package org.annalist.export.png;

import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;

import java.util.ArrayList;
import java.util.List;

/**
 * The glyphs of a page where they land (nested frames resolved), and the same page with one glyph taken out
 * of its run, for negative controls of the reference-image comparison that go through the real renderer.
 */
public final class PageGlyphs {
    private PageGlyphs() {
    }

    /** Glyph {@code index} of the page (in painting order): its character, origin on the baseline and size, in points. */
    public record Placed(int index, int codePoint, double x, double baseline, double size) {
        /** The em box around the glyph in pixels at {@code dpi}, widened by a pixel: [x0, y0, x1, y1). */
        public int[] pixelBox(double dpi) {
            double s = dpi / 72;
            return new int[]{(int) Math.floor(x * s) - 1, (int) Math.floor((baseline - size) * s) - 1,
                    (int) Math.ceil((x + size) * s) + 1, (int) Math.ceil((baseline + 0.25 * size) * s) + 1};
        }
    }

    public static List<Placed> of(Frame page) {
        List<Placed> out = new ArrayList<>();
        walk(page, 0, 0, out);
        return out;
    }

    private static void walk(Frame frame, double dx, double dy, List<Placed> out) {
        for (Positioned p : frame.items()) {
            double x = dx + p.x();
            double y = dy + p.y();
            if (p.item() instanceof GlyphRun run) {
                int i = 0;
                for (int off = 0; off < run.text().length(); i++) {
                    int cp = run.text().codePointAt(off);
                    off += Character.charCount(cp);
                    out.add(new Placed(out.size(), cp, x + run.xAt(i), y, run.size()));
                }
            } else if (p.item() instanceof Frame nested) {
                walk(nested, x, y, out);
            }
        }
    }

    /** The page with glyph {@code index} (as numbered by {@link #of}) removed from its run; everything else as it was. */
    public static Frame without(Frame page, int index) {
        int[] left = {index};
        Frame out = remove(page, left);
        if (left[0] >= 0) throw new IllegalArgumentException("the page has fewer than " + (index + 1) + " glyphs");
        return out;
    }

    private static Frame remove(Frame frame, int[] left) {
        List<Positioned> items = new ArrayList<>(frame.items().size());
        for (Positioned p : frame.items()) {
            Object item = p.item();
            if (left[0] >= 0 && item instanceof GlyphRun run) {
                if (left[0] < run.glyphCount()) {
                    item = withoutGlyph(run, left[0]);
                    left[0] = -1;
                } else {
                    left[0] -= run.glyphCount();
                }
            } else if (left[0] >= 0 && item instanceof Frame nested) {
                item = remove(nested, left);
            }
            items.add(new Positioned(p.x(), p.y(), (org.annalist.typeset.frame.FrameItem) item));
        }
        return new Frame(frame.kind(), frame.width(), frame.height(), frame.baseline(), items);
    }

    private static GlyphRun withoutGlyph(GlyphRun run, int i) {
        StringBuilder text = new StringBuilder();
        double[] x = new double[run.glyphCount() - 1];
        int g = 0;
        int k = 0;
        for (int off = 0; off < run.text().length(); g++) {
            int cp = run.text().codePointAt(off);
            off += Character.charCount(cp);
            if (g == i) continue;
            text.appendCodePoint(cp);
            x[k++] = run.xAt(g);
        }
        return new GlyphRun(run.font(), run.size(), text.toString(), x, run.width(), run.ref());
    }
}
