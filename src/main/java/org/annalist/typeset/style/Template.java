package org.annalist.typeset.style;

import org.annalist.typeset.font.FontRole;

import java.nio.file.Path;
import java.util.Map;

/**
 * A page template (版式): page and margins, the body grid (columns, characters per line, lines per column,
 * line pitch), fonts, block styles, running heads, folio, punctuation style and prohibition level.
 * Read and validated by {@link TemplateReader}; see docs/templates.md for the schema.
 */
public record Template(String name, String description, Path file, double pageWidth, double pageHeight,
                       double marginTop, double marginBottom, double marginInner, double marginOuter,
                       int columns, int charactersPerLine, int linesPerColumn, double columnGap, double linePitch,
                       Map<FontRole, FontSpec> fonts, BlockStyle body, Map<String, BlockStyle> styles,
                       RunningHeads runningHeads, Folio folio, String punctuation, String prohibition,
                       java.util.List<String> headings) {

    /** The style names a template may define (the body is 正文). */
    public static final java.util.List<String> STYLE_NAMES = java.util.List.of(
            "正文", "类目", "分目", "子目", "栏目", "条目标题", "篇名", "副题", "署名", "表格", "表题", "图注", "脚注", "引文");

    /** The four punctuation styles (xeCJK's names in brackets). */
    public static final java.util.List<String> PUNCTUATION_STYLES = java.util.List.of("全角", "开明", "行末半角", "半角");

    /** The prohibition (禁则) levels. */
    public static final java.util.List<String> PROHIBITION_LEVELS = java.util.List.of("基本", "GB", "严格");

    /** An explicit font file for a role (optionally a face of a .ttc by PostScript name). */
    public record FontSpec(Path file, String name) {
    }

    /** Body text size in points. */
    public double bodySize() {
        return body.size();
    }

    /** Width of one column: a whole number of body characters. */
    public double columnWidth() {
        return charactersPerLine * body.size();
    }

    /** Width of the text block (版心). */
    public double textWidth() {
        return columns * columnWidth() + (columns - 1) * columnGap;
    }

    /** Height of the text block: lines per column on the grid. */
    public double textHeight() {
        return linesPerColumn * linePitch;
    }

    /** The style of Markdown heading level {@code level} (1 = #): 类目, 分目, 子目 in a 年鉴. */
    public String headingStyle(int level) {
        return level >= 1 && level <= headings.size() ? headings.get(level - 1) : headings.get(headings.size() - 1);
    }

    public BlockStyle style(String name) {
        BlockStyle s = styles.get(name);
        return s != null ? s : body;
    }
}
