package org.annalist.typeset.inline;

import org.annalist.i18n.Texts;
import org.annalist.typeset.font.Face;
import org.annalist.typeset.frame.FontRef;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.annalist.typeset.inline.Spacing.*;

/**
 * Finalize: justify one line to the measure (R10) and place every glyph. Too long: shrink class by class in
 * R7's order, each class fully used before the next. Too short: Latin word spaces up to ½ em, Han–Latin gaps up
 * to ⅓ em, then the rest evenly between all characters except inside —— ……  and Latin words (R8). Nothing
 * hangs into the margin (R14). The line frame sits on the baseline grid: one pitch, or whole pitches if a
 * bigger run cannot fit.
 */
final class Justifier {
    private static final double EPS = 1e-9;

    private final Map<Face, FontRef> refs = new IdentityHashMap<>();
    private final double[] cap = new double[SHRINK_CLASSES];
    private final double[] frac = new double[SHRINK_CLASSES];
    private double[] gx = new double[64];
    private double[] boxEnd = new double[64];
    /** Per glyph of the line: the fraction of its natural advance compression took away (see {@link GlyphRun#squeeze}). */
    private double[] squeeze = new double[64];

    ComposedLine line(Items it, List<StyledRun> runs, ParagraphStyle st, Face bodyFace, int a, int b,
                      List<String> warnings) {
        double startX = a == 0 ? st.indent() : 0;
        double avail = st.measure() - startX;
        boolean justify = b < it.n && it.brk[b - 1] != Items.BREAK_FORCED;
        double w = it.width(a, b);
        double d = avail - w;
        Arrays.fill(cap, 0);
        Arrays.fill(frac, 0);
        double wordStretch = 0;
        double hanLatinStretch = 0;
        int eligible = 0;
        int spreadable = 0;
        for (int i = a; i < b; i++) {
            cap[i == a ? SHRINK_LINE_EDGE : it.shrinkClass[i]] += it.lb[i];
            cap[i == b - 1 ? SHRINK_LINE_EDGE : it.shrinkClass[i]] += it.rb[i] - (i == b - 1 ? it.endTrim[i] : 0);
            if (i == b - 1) break;
            byte kind = it.gapKind[i];
            if (kind == Items.GAP_WORD) {
                cap[SHRINK_WORD] += it.gapShrink[i];
                wordStretch += it.gapStretch[i];
            } else if (kind == Items.GAP_HAN_LATIN) {
                cap[SHRINK_HAN_LATIN] += it.gapShrink[i];
                hanLatinStretch += it.gapStretch[i];
            }
            if (it.elig[i]) eligible++;
            if (!(CharClass.isDashLike(it.cls[i]) && CharClass.isDashLike(it.cls[i + 1]))) spreadable++;
        }
        boolean overfull = false;
        double ratio = 0;
        double wordFrac = 0;
        double hanLatinFrac = 0;
        double even = 0;
        boolean spreadAll = false;
        ComposedLine.Adjustment adj = ComposedLine.Adjustment.NONE;
        if (d < -EPS) {
            double rem = -d;
            for (int c = 0; c < SHRINK_CLASSES && rem > EPS; c++) {
                if (cap[c] <= 0) continue;
                double take = Math.min(rem, cap[c]);
                frac[c] = take / cap[c];
                rem -= take;
            }
            double total = it.shrink(a, b);
            overfull = rem > 1e-6;
            ratio = overfull ? -1 : d / total;
            adj = ComposedLine.Adjustment.SHRUNK;
            if (overfull) {
                warnings.add(Texts.get("typeset.overfull", String.format(Locale.ROOT, "%.2f", rem), it.source(a, b)));
            }
        } else if (justify && d > EPS) {
            double rem = d;
            if (wordStretch > 0) {
                wordFrac = Math.min(1, rem / wordStretch);
                rem -= wordFrac * wordStretch;
            }
            if (hanLatinStretch > 0 && rem > EPS) {
                hanLatinFrac = Math.min(1, rem / hanLatinStretch);
                rem -= hanLatinFrac * hanLatinStretch;
            }
            if (rem > EPS) {
                if (eligible > 0) {
                    even = rem / eligible;
                } else if (wordStretch + hanLatinStretch > 0) {
                    // Nothing else can take it: let the spaces go beyond their maximum rather than leave a gap.
                    double extra = rem / (wordStretch + hanLatinStretch);
                    wordFrac += wordStretch > 0 ? extra : 0;
                    hanLatinFrac += hanLatinStretch > 0 ? extra : 0;
                } else if (spreadable > 0) {
                    // A broken-up URL or number: letter-spacing it is the only way left to fill the line.
                    even = rem / spreadable;
                    spreadAll = true;
                } else {
                    warnings.add(Texts.get("typeset.underfull", it.source(a, b)));
                }
            }
            double t = it.stretch(a, b);
            ratio = t > EPS ? d / t : 0;
            adj = ComposedLine.Adjustment.STRETCHED;
        }
        int len = b - a;
        if (gx.length < len) {
            gx = new double[Math.max(len, gx.length * 2)];
            boxEnd = new double[gx.length];
            squeeze = new double[gx.length];
        }
        double x = startX;
        for (int i = a; i < b; i++) {
            double lb = it.lb[i];
            double rb = it.rb[i] - (i == b - 1 ? it.endTrim[i] : 0);
            double lbNow = lb * (1 - frac[i == a ? SHRINK_LINE_EDGE : it.shrinkClass[i]]);
            double rbNow = rb * (1 - frac[i == b - 1 ? SHRINK_LINE_EDGE : it.shrinkClass[i]]);
            gx[i - a] = x - it.glyphOff[i] - (lb - lbNow);
            squeeze[i - a] = squeezed(it, runs, i, lbNow + it.core[i] + rbNow);
            x += lbNow + it.core[i] + rbNow;
            boxEnd[i - a] = x;
            if (i == b - 1) break;
            double g = it.gap[i];
            byte kind = it.gapKind[i];
            if (kind == Items.GAP_WORD) g += -it.gapShrink[i] * frac[SHRINK_WORD] + it.gapStretch[i] * wordFrac;
            else if (kind == Items.GAP_HAN_LATIN) g += -it.gapShrink[i] * frac[SHRINK_HAN_LATIN] + it.gapStretch[i] * hanLatinFrac;
            if (it.elig[i] || (spreadAll && !(CharClass.isDashLike(it.cls[i]) && CharClass.isDashLike(it.cls[i + 1])))) {
                g += even;
            }
            x += g;
        }
        Frame frame = frame(it, runs, st, bodyFace, a, b);
        return new ComposedLine(a, b, it.source(a, b), startX + w, x, ratio, adj, justify, overfull, frame);
    }

    /**
     * The fraction of item {@code i}'s natural advance that its box {@code box} leaves out: a full-width mark's
     * blank compressed by the punctuation style, beside another mark or to fit the line (0 for anything else).
     */
    private static double squeezed(Items it, List<StyledRun> runs, int i, double box) {
        byte c = it.cls[i];
        if (c != CharClass.OPEN && !CharClass.closesRight(c) && c != CharClass.MIDDLE) return 0;
        RunStyle rs = runs.get(it.run[i]).style();
        double adv = it.face[i].advance(it.glyph[i]) * rs.size();
        if (adv < FULL_WIDTH_MIN_EM * rs.size()) return 0;
        double taken = adv + rs.letterSpacingEm() * rs.size() - box;
        return taken > 1e-3 ? Math.min(1, taken / adv) : 0;
    }

    /** The glyphs {@code [s, e)} traced to their source: (index in the run's text, key) segments. */
    private static long[] sources(Items it, int s, int e) {
        long[] out = null;
        int n = 0;
        int index = 0;
        long lastIndex = 0;
        long lastKey = -1;
        for (int i = s; i < e; i++) {
            long key = it.key[i];
            boolean continues = n > 0 && (lastKey < 0 ? key < 0 : key == lastKey + (index - lastIndex));
            if (!continues && !(n == 0 && key < 0)) {
                if (out == null) out = new long[4];
                else if (n + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                out[n++] = index;
                out[n++] = key;
                lastIndex = index;
                lastKey = key;
            }
            index += Character.charCount(it.glyph[i]);
        }
        return out == null ? null : n == out.length ? out : Arrays.copyOf(out, n);
    }

    private Frame frame(Items it, List<StyledRun> runs, ParagraphStyle st, Face bodyFace, int a, int b) {
        double pitch = st.linePitch();
        double body = st.bodySize();
        double gridBaseline = (pitch - body * (bodyFace.ascent() + bodyFace.descent())) / 2 + body * bodyFace.ascent();
        double maxAscent = 0;
        double maxDescent = 0;
        for (int i = a; i < b; i++) {
            RunStyle rs = runs.get(it.run[i]).style();
            maxAscent = Math.max(maxAscent, it.face[i].ascent() * rs.size() + rs.baselineShift());
            maxDescent = Math.max(maxDescent, it.face[i].descent() * rs.size() - rs.baselineShift());
        }
        int above = (int) Math.max(0, Math.ceil((maxAscent - gridBaseline - 1e-6) / pitch));
        int below = (int) Math.max(0, Math.ceil((maxDescent - (pitch - gridBaseline) - 1e-6) / pitch));
        double baseline = gridBaseline + above * pitch;
        List<Positioned> items = new ArrayList<>();
        int s = a;
        while (s < b) {
            int e = s + 1;
            while (e < b && it.face[e] == it.face[s] && it.run[e] == it.run[s]) e++;
            RunStyle rs = runs.get(it.run[s]).style();
            double runX = gx[s - a];
            double[] xs = new double[e - s];
            double[] sq = null;
            for (int i = s; i < e; i++) {
                xs[i - s] = gx[i - a] - runX;
                if (squeeze[i - a] > 0) {
                    if (sq == null) sq = new double[e - s];
                    sq[i - s] = squeeze[i - a];
                }
            }
            FontRef ref = refs.computeIfAbsent(it.face[s], Face::ref);
            GlyphRun run = new GlyphRun(ref, rs.size(), new String(it.glyph, s, e - s), xs, boxEnd[e - 1 - a] - runX,
                    runs.get(it.run[s]).ref(), sources(it, s, e), sq);
            items.add(new Positioned(runX, baseline - rs.baselineShift(), run));
            s = e;
        }
        return new Frame("line", st.measure(), pitch * (1 + above + below), baseline, items);
    }
}
