package org.annalist.export.docx;

import java.util.List;
import java.util.Map;

/**
 * The page design of a template as a Word file needs it, every length in points: page and margins (inner and outer:
 * Word's mirrored margins), the body grid (columns, characters per line, lines per column, column gap, line pitch),
 * the block styles by their Chinese names (正文, 类目, 分目 …), running heads and folio, and the 开本 a 版权页 names
 * ("787 mm×1092 mm　1/16"; null when the page is no standard format). The service makes it from
 * the typesetter's template, so the same YAML drives the PDF and the .docx.
 */
public record DocxDesign(String name, double pageWidth, double pageHeight, double marginTop, double marginInner,
                         int columns, int charactersPerLine, int linesPerColumn, double columnGap, double linePitch,
                         Map<String, Style> styles, List<String> headings, RunningHeads runningHeads, Folio folio,
                         String format) {

    public DocxDesign {
        styles = Map.copyOf(styles);
        headings = List.copyOf(headings);
        if (!styles.containsKey(BODY)) throw new IllegalArgumentException("design without " + BODY);
        if (headings.isEmpty()) throw new IllegalArgumentException("design without heading styles");
    }

    /** The body style's name. */
    public static final String BODY = "正文";

    /** The style names a design has (those of the template), in the order Word lists them. */
    public static final List<String> STYLE_ORDER = List.of(
            "正文", "类目", "分目", "子目", "栏目", "条目标题", "篇名", "副题", "署名", "表格", "表题", "图注", "脚注", "引文");

    /** Alignment of a paragraph. */
    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A typeface family as Word knows it (宋体 → SimSun …) and the Latin face beside it. */
    public enum Face {
        SONG("SimSun"), HEI("SimHei"), KAI("KaiTi"), FANG("FangSong");

        private final String windowsName;

        Face(String windowsName) {
            this.windowsName = windowsName;
        }

        /** The font name Windows (and WPS) has for it: SimSun, SimHei, KaiTi, FangSong. */
        public String windowsName() {
            return windowsName;
        }
    }

    /** Where a block style starts: where it falls, on a new page, on a new odd page (the template's new-page). */
    public enum NewPage { NONE, ANY, ODD }

    /**
     * One block style: face and size (pt), alignment, first-line indent in characters, space before and after in
     * lines of the grid, lines of following text kept with it (0: none), set across the columns (通栏), where it starts
     * (new-page: 另页, 单页), and the brackets around it (【】 for 条目标题, "" for none).
     */
    public record Style(Face face, double size, Align align, double indentChars, double beforeLines,
                        double afterLines, int keepWithNext, boolean spanColumns, NewPage newPage, String brackets) {
        public Style {
            if (brackets == null) brackets = "";
            if (newPage == null) newPage = NewPage.NONE;
        }

        /**
         * Whether a heading in this style opens a new page (as our typesetter sets it, a heading set across the
         * columns opens a new page too): a 类目 in a 年鉴, a 栏目 or 篇名 in 文史资料.
         */
        public boolean opens() {
            return spanColumns || newPage != NewPage.NONE;
        }
    }

    /** 书眉: odd and even texts ({书名}, {类目}/{栏目} and {篇名} filled in), size, rule under it (pt, 0 none), letter-spacing (pt). */
    public record RunningHeads(String odd, String even, Face face, double size, double rule, double letterSpacing,
                               boolean noneOnOpeningPages) {
    }

    /** 页码: its format (·{页码}·), at the foot or head, outer or centred, first number, face and size. */
    public record Folio(String format, boolean atFoot, boolean outer, int firstNumber, Face face, double size) {
    }

    /**
     * The same page in one column across the whole text block (a form: 审稿单, progress report), as many body
     * characters per line as the block holds.
     */
    public DocxDesign singleColumn() {
        int chars = (int) Math.floor(textWidth() / bodySize() + 1e-6);
        return new DocxDesign(name, pageWidth, pageHeight, marginTop, marginInner, 1, chars, linesPerColumn, columnGap,
                linePitch, styles, headings, runningHeads, folio, format);
    }

    /** The style named {@code name}, or the body's. */
    public Style style(String name) {
        Style s = styles.get(name);
        return s != null ? s : styles.get(BODY);
    }

    /** The body's size in points. */
    public double bodySize() {
        return styles.get(BODY).size();
    }

    /** Width of one column: a whole number of body characters. */
    public double columnWidth() {
        return charactersPerLine * bodySize();
    }

    /** Width of the text block (版心). */
    public double textWidth() {
        return columns * columnWidth() + (columns - 1) * columnGap;
    }

    /** Height of the text block: lines per column on the grid. */
    public double textHeight() {
        return linesPerColumn * linePitch;
    }

    /** The style of a heading at {@code level} (1 = 类目 in a 年鉴). */
    public String headingStyle(int level) {
        return level >= 1 && level <= headings.size() ? headings.get(level - 1) : headings.get(headings.size() - 1);
    }
}
