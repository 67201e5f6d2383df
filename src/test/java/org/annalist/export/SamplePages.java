package org.annalist.export;

import org.annalist.typeset.font.Face;
import org.annalist.typeset.font.FontException;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built pages in the shape the page builder produces (page → columns → lines → runs), measured with
 * the real shipped fonts, so exporter tests do not depend on the line breaker.
 */
public final class SamplePages {
    /** 16开 trim: 185 × 260 mm. */
    public static final double WIDTH = 185 * 72 / 25.4;
    public static final double HEIGHT = 260 * 72 / 25.4;
    public static final double MARGIN = 56;
    public static final double GAP = 18;
    public static final double COLUMN = (WIDTH - 2 * MARGIN - GAP) / 2;
    public static final double BODY = 10.5;
    public static final double LEADING = 18;
    public static final double COLUMN_TOP = 80;

    public static final Face SERIF;
    public static final Face SANS;
    public static final Face KAI;

    static {
        try {
            SERIF = Face.load(fontsDir().resolve("NotoSerifSC-Regular.ttf"), null);
            SANS = Face.load(fontsDir().resolve("NotoSansSC-Medium.ttf"), null);
            KAI = Face.load(fontsDir().resolve("LXGWWenKai-Regular.ttf"), null);
        } catch (FontException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static final List<String> COLUMN_1 = List.of(
            "本市地处长江下游平原，气候温和，四季分",
            "明。全年平均气温十六点五摄氏度，降水量",
            "一千一百毫米，无霜期二百三十天。");
    public static final List<String> COLUMN_2 = List.of(
            "二〇二四年，全市实现地区生产总值三千二",
            "百亿元，比上年增长百分之五点八，经济运",
            "行稳中有进，民生持续改善。");

    private SamplePages() {
    }

    public static Path fontsDir() {
        return Path.of(System.getProperty("annalist.projectDir", ".")).resolve("fonts");
    }

    /** Glyphs at their natural advances, the run's width their sum. */
    public static GlyphRun run(Face face, double size, String text) {
        int n = text.codePointCount(0, text.length());
        double[] x = new double[n];
        double pen = 0;
        int i = 0;
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            x[i] = pen;
            pen += face.advance(cp) * size;
        }
        return new GlyphRun(face.ref(), size, text, x, pen);
    }

    /**
     * A full line justified to {@code width}: the slack is spread between glyphs, as the layout does, so
     * glyphs do not sit at their natural advance and the exporter must position them explicitly.
     */
    public static GlyphRun justified(Face face, double size, String text, double width) {
        GlyphRun natural = run(face, size, text);
        int n = natural.glyphCount();
        double extra = n > 1 ? (width - natural.width()) / (n - 1) : 0;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = natural.xAt(i) + i * extra;
        return new GlyphRun(face.ref(), size, text, x, width);
    }

    public static Frame line(GlyphRun run, double width) {
        double baseline = run.size() * 0.88;
        return new Frame("line", width, run.size() * 1.2, baseline, List.of(new Positioned(0, baseline, run)));
    }

    /** A column of body lines; every line but the last is justified. */
    public static Frame column(List<String> lines) {
        List<Positioned> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            GlyphRun run = last ? run(SERIF, BODY, lines.get(i)) : justified(SERIF, BODY, lines.get(i), COLUMN);
            items.add(new Positioned(0, i * LEADING, line(run, COLUMN)));
        }
        return new Frame("column", COLUMN, lines.size() * LEADING, BODY * 0.88, items);
    }

    /**
     * A two-column body page: running head (黑体) over a rule, column 1 then column 2, a folio centred at
     * the foot. Items are in reading order, as the page builder emits them.
     */
    public static Frame page(String head, List<String> column1, List<String> column2, String folio) {
        List<Positioned> items = new ArrayList<>();
        GlyphRun headRun = run(SANS, 9, head);
        items.add(new Positioned((WIDTH - headRun.width()) / 2, 50, headRun));
        items.add(new Positioned(MARGIN, 56, new Rule(WIDTH - 2 * MARGIN, 0, 0.5)));
        items.add(new Positioned(MARGIN, COLUMN_TOP, column(column1)));
        items.add(new Positioned(MARGIN + COLUMN + GAP, COLUMN_TOP, column(column2)));
        GlyphRun folioRun = run(SERIF, 9, folio);
        items.add(new Positioned((WIDTH - folioRun.width()) / 2, HEIGHT - 40, folioRun));
        return new Frame("page", WIDTH, HEIGHT, 0, items);
    }

    public static Frame samplePage() {
        return page("某市年鉴·2024", COLUMN_1, COLUMN_2, "1");
    }

    /** Five pages: two of front matter, two of text, one appendix page. */
    public static final List<String> FOLIOS = List.of("i", "ii", "1", "2", "附一");

    public static List<Frame> book() {
        List<Frame> pages = new ArrayList<>();
        for (int i = 0; i < FOLIOS.size(); i++) {
            String head = i < 2 ? "前言" : i < 4 ? "某市年鉴·2024" : "附录";
            pages.add(page(head, COLUMN_1, COLUMN_2, FOLIOS.get(i)));
        }
        return pages;
    }
}
