package org.annalist.typeset.inline;

import org.annalist.typeset.font.Face;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door: compose a paragraph of styled runs into justified lines. Bad input never throws: control
 * characters are stripped, 缺字 recorded in {@link FontBook#missing()}, over-long runs broken or left to overflow,
 * each with a warning on the result. One composer per thread (it reuses its buffers and ICU break iterator).
 */
public final class ParagraphComposer {
    private final FontBook fonts;
    private final BreakFinder breakFinder = new BreakFinder();
    private final TotalFit totalFit = new TotalFit();
    private final Justifier justifier = new Justifier();
    private final Items items = new Items(0);

    public ParagraphComposer(FontBook fonts) {
        this.fonts = fonts;
    }

    public FontBook fonts() {
        return fonts;
    }

    public ComposedParagraph compose(List<StyledRun> runs, ParagraphStyle style) {
        List<String> warnings = new ArrayList<>();
        Items it = Collector.collect(runs, fonts, warnings, items);
        if (it.n == 0) return new ComposedParagraph(List.of(), style, warnings);
        Spacing.prepare(it, runs, style);
        breakFinder.find(it, style, warnings);
        int[] ends = style.algorithm() == BreakAlgorithm.TOTAL_FIT ? totalFit.breaks(it, style) : FirstFit.breaks(it, style);
        Face bodyFace = fonts.chain(FontRole.SONG).primary();
        List<ComposedLine> lines = new ArrayList<>(ends.length);
        int a = 0;
        for (int end : ends) {
            lines.add(justifier.line(it, runs, style, bodyFace, a, end, warnings));
            a = end;
        }
        return new ComposedParagraph(lines, style, warnings);
    }

    /** A paragraph of plain 宋体 text at the style's body size. */
    public ComposedParagraph compose(String text, ParagraphStyle style) {
        return compose(List.of(new StyledRun(text, RunStyle.of(FontRole.SONG, style.bodySize()))), style);
    }
}
