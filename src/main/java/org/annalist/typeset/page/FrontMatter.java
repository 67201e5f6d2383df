package org.annalist.typeset.page;

import org.annalist.typeset.flow.Block;
import org.annalist.typeset.flow.ColumnFlow;
import org.annalist.typeset.flow.Line;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.style.BlockStyle;
import org.annalist.typeset.style.ChineseSizes;
import org.annalist.typeset.style.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * 书名页 and 目录. The 目录 is set after the body, from the folios where the headings landed; front matter
 * has its own page numbering (PDF labels i, ii, …), so the body's folios never move and no relayout loop
 * is needed.
 */
public final class FrontMatter {
    private final Template t;
    private final FontBook fonts;

    public FrontMatter(Template template, FontBook fonts) {
        this.t = template;
        this.fonts = fonts;
    }

    /**
     * The opening of a back or front matter part (目录, 索引): its name in the 类目 style, centred across the
     * text block on two grid lines, at the top of a new page.
     */
    static Block.Opening opening(Template t, FontBook fonts, String name) {
        BlockStyle head = t.style(t.headingStyle(1));
        double height = t.linePitch() * 2;
        Frame title = SimpleLine.set(fonts, head.font(), head.size(), 0, name, height);
        Frame centred = new Frame("line", t.textWidth(), height, title.baseline(),
                List.of(new Positioned((t.textWidth() - title.width()) / 2, 0, title)));
        return new Block.Opening(List.of(new Line(centred, 2, List.of())), 1, 1, false);
    }

    /** The title page: the book title in 一号 黑 and an optional subtitle in 三号 楷, in the upper third. */
    public Frame titlePage(String title, String subtitle) {
        List<Positioned> items = new ArrayList<>();
        double y = t.pageHeight() * 0.3;
        Frame main = SimpleLine.set(fonts, FontRole.HEI, ChineseSizes.points("一号"), ChineseSizes.points("一号") * 0.2, title, 40);
        items.add(new Positioned((t.pageWidth() - main.width()) / 2, y, main));
        if (subtitle != null && !subtitle.isBlank()) {
            Frame sub = SimpleLine.set(fonts, FontRole.KAI, ChineseSizes.points("三号"), 0, subtitle, 24);
            items.add(new Positioned((t.pageWidth() - sub.width()) / 2, y + 60, sub));
        }
        return new Frame("page", t.pageWidth(), t.pageHeight(), 0, items);
    }

    /**
     * The 目录 pages for the headings of levels up to {@code maxLevel}, each "标题 ······ 页码" across the
     * text block, level 2 and below indented by 2 characters per level.
     */
    public List<Frame> tableOfContents(List<PageInfo> body, int maxLevel) {
        double size = t.bodySize();
        double pitch = t.linePitch();
        List<Block> blocks = new ArrayList<>();
        blocks.add(opening(t, fonts, "目　录"));
        List<Line> lines = new ArrayList<>();
        for (PageInfo p : body) {
            for (PageInfo.HeadingAt h : p.headings()) {
                if (h.level() > maxLevel) continue;
                FontRole role = h.level() == 1 ? FontRole.HEI : FontRole.SONG;
                double indent = (h.level() - 1) * 2 * size;
                lines.add(Line.of(Leaders.line(fonts, role, size, indent, h.text(), Integer.toString(p.folio()), t.textWidth(), pitch)));
            }
        }
        blocks.add(new Block.Lines(lines, 1, 1));
        ColumnFlow flow = new ColumnFlow(1, t.linesPerColumn(), 1);
        List<Frame> pages = new ArrayList<>();
        for (var layout : flow.flow(blocks)) {
            List<Positioned> items = new ArrayList<>();
            double left = (layout.index() % 2 == 0) ? t.marginInner() : t.marginOuter();
            for (var pl : layout.opening()) items.add(new Positioned(left, t.marginTop() + pl.slot() * pitch, pl.line().frame()));
            for (var pl : layout.columns().get(0)) items.add(new Positioned(left, t.marginTop() + pl.slot() * pitch, pl.line().frame()));
            pages.add(new Frame("page", t.pageWidth(), t.pageHeight(), 0, items));
        }
        return pages;
    }
}
