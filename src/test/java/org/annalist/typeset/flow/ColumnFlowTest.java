package org.annalist.typeset.flow;

import org.annalist.typeset.flow.Block.Heading;
import org.annalist.typeset.flow.Block.Lines;
import org.annalist.typeset.flow.Block.Opening;
import org.annalist.typeset.flow.Block.Space;
import org.annalist.typeset.flow.PageLayout.Placed;
import org.annalist.typeset.frame.FontRef;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Column filling on the grid: R13 widows/orphans, R17 headings with their text, R18 balancing, openings. */
class ColumnFlowTest {
    private static final FontRef F = new FontRef("x.ttf", "X");

    /** A line whose text names it, e.g. "p1.3" = paragraph 1, line 3. */
    private static Line line(String name) {
        GlyphRun run = new GlyphRun(F, 9, name, new double[name.codePointCount(0, name.length())], 0);
        return Line.of(new Frame("line", 216, 13.5, 10, List.of(new Positioned(0, 10, run))));
    }

    private static Lines para(String id, int n) {
        List<Line> ls = new ArrayList<>();
        for (int i = 1; i <= n; i++) ls.add(line(id + "." + i));
        return Lines.paragraph(ls);
    }

    private static Heading heading(String text) {
        return new Heading(List.of(line(text)), 2, 1, 0);
    }

    private static List<String> column(PageLayout p, int c) {
        return p.columns().get(c).stream().map(pl -> pl.line().frame().text()).toList();
    }

    @Test
    void columnOneIsFilledBeforeColumnTwoThenTheNextPage() {
        ColumnFlow f = new ColumnFlow(2, 10, 1);
        List<PageLayout> pages = f.flow(List.of(para("a", 25)));
        assertThat(pages).hasSize(2);
        assertThat(column(pages.get(0), 0)).first().isEqualTo("a.1");
        assertThat(column(pages.get(0), 0)).hasSize(10);
        assertThat(column(pages.get(0), 1)).first().isEqualTo("a.11");
        assertThat(column(pages.get(1), 0)).first().isEqualTo("a.21");
        assertThat(pages.get(0).columns().get(0).get(3).slot()).isEqualTo(3);
    }

    @Test
    void r13NoOrphanAtAColumnFoot() {
        // 9 lines leave one slot: a new 5-line paragraph must not leave its first line alone there
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 9), para("b", 5), para("z", 30)));
        assertThat(column(pages.get(0), 0)).containsExactly("a.1", "a.2", "a.3", "a.4", "a.5", "a.6", "a.7", "a.8", "a.9");
        assertThat(column(pages.get(0), 1)).startsWith("b.1");
    }

    @Test
    void r13NoWidowAtAColumnTop() {
        // 5 lines with 4 slots left: 4 + 1 would leave a widow; 3 + 2 instead
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 6), para("b", 5), para("z", 30)));
        assertThat(column(pages.get(0), 0)).endsWith("b.3");
        assertThat(column(pages.get(0), 1)).startsWith("b.4", "b.5");
    }

    @Test
    void r17AHeadingStaysWithTwoLinesOfItsText() {
        // heading + 1 line would fit at the foot; heading + 2 would not: the heading goes to the next column
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 8), heading("分目"), para("b", 6), para("z", 30)));
        assertThat(column(pages.get(0), 0)).containsExactly("a.1", "a.2", "a.3", "a.4", "a.5", "a.6", "a.7", "a.8");
        assertThat(column(pages.get(0), 1)).startsWith("分目", "b.1", "b.2");
    }

    @Test
    void spaceIsDroppedAtAColumnTop() {
        List<PageLayout> pages = new ColumnFlow(1, 10, 1).flow(List.of(para("a", 10), new Space(2), para("b", 3)));
        assertThat(pages.get(1).columns().get(0).get(0).slot()).isZero();
    }

    @Test
    void anOpeningStartsANewOddPageAndTakesTheTopOfAllColumns() {
        Opening o = new Opening(List.of(line("政治")), 1, 1, true);
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 5), o, para("b", 12)));
        // page 1 (folio 1) holds a; page 2 would be even: a blank page, then the opening on page 3
        assertThat(pages).hasSize(3);
        assertThat(pages.get(1).blank()).isTrue();
        PageLayout opening = pages.get(2);
        assertThat(opening.isOpeningPage()).isTrue();
        assertThat(opening.opening().get(0).slot()).isEqualTo(1);
        assertThat(opening.columns().get(0).get(0).slot()).isEqualTo(3);
        assertThat(opening.columns().get(1).get(0).slot()).isEqualTo(3);
    }

    @Test
    void r18TheLastPageOfASectionHasBalancedColumns() {
        Opening o = new Opening(List.of(line("下一类目")), 0, 1, false);
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 6), para("b", 6), o, para("c", 4)));
        PageLayout last = pages.get(0);
        assertThat(last.columns().get(0)).hasSize(6);
        assertThat(last.columns().get(1)).hasSize(6);
        assertThat(column(last, 1)).startsWith("b.1");
        // the final section (c, 4 lines) is balanced too: 2 + 2
        assertThat(pages.get(1).columns().get(0)).hasSize(2);
        assertThat(pages.get(1).columns().get(1)).hasSize(2);
    }

    @Test
    void balancingRespectsWidowsAndOrphans() {
        // 7 lines in one paragraph: 4 + 3 (column one may be one longer, never shorter)
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 7)));
        assertThat(pages.get(0).columns().get(0)).hasSize(4);
        assertThat(pages.get(0).columns().get(1)).hasSize(3);
        for (PageLayout p : pages) {
            for (List<Placed> col : p.columns()) {
                for (int i = 1; i < col.size(); i++) assertThat(col.get(i).slot()).isGreaterThan(col.get(i - 1).slot());
            }
        }
    }

    @Test
    void aTableContinuedInTheNextColumnRepeatsItsHeader() {
        List<Line> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) rows.add(line("r" + i));
        Lines table = Lines.table(List.of(line("表头")), rows);
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 4), table, para("z", 30)));
        assertThat(column(pages.get(0), 0)).containsExactly("a.1", "a.2", "a.3", "a.4", "r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(column(pages.get(0), 1)).startsWith("表头", "r7", "r8");
    }

    @Test
    void balancingNeverSeparatesAHeadingFromItsText() {
        // two lines in all: balancing to one line per column would put the heading alone in column 1
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(heading("W"), para("e", 1)));
        assertThat(column(pages.get(0), 0)).containsExactly("W", "e.1");
        assertThat(column(pages.get(0), 1)).isEmpty();
    }

    @Test
    void aFloatGoesToTheTopOfTheNextPageAcrossTheColumnsWhileTextGoesOn() {
        Block.Float wide = new Block.Float(List.of(line("宽表1"), line("宽表2"), line("宽表3")), 1);
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 6), wide, para("b", 30)));
        // the text before and after the table fills page 1; the table opens page 2, spanning both columns
        assertThat(pages.get(0).spanning()).isEmpty();
        assertThat(column(pages.get(0), 0)).startsWith("a.1").hasSize(10);
        assertThat(column(pages.get(0), 1)).startsWith("b.5");
        PageLayout p2 = pages.get(1);
        assertThat(p2.spanning()).extracting(pl -> pl.line().frame().text()).containsExactly("宽表1", "宽表2", "宽表3");
        assertThat(p2.columns().get(0).get(0).slot()).isEqualTo(4);
        assertThat(p2.columns().get(1).get(0).slot()).isEqualTo(4);
        assertThat(p2.isOpeningPage()).isFalse();
    }

    @Test
    void aFloatOnAnEmptyPageStaysOnIt() {
        Block.Float wide = new Block.Float(List.of(line("宽表")), 1);
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(wide, para("b", 4)));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).spanning()).hasSize(1);
        assertThat(pages.get(0).columns().get(0).get(0).slot()).isEqualTo(2);
    }
}
