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

    private static Block.ColumnFloat picture(String name, int steps, Block.Place place) {
        List<Line> ls = new ArrayList<>();
        for (int i = 1; i <= steps; i++) ls.add(line(name + i));
        return new Block.ColumnFloat(ls, 1, place);
    }

    private static int slotOf(PageLayout p, int c, String text) {
        return p.columns().get(c).stream().filter(pl -> pl.line().frame().text().equals(text)).findFirst().orElseThrow().slot();
    }

    @Test
    void aPictureForTheTopOfAnEmptyColumnStaysThere() {
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(picture("图", 3, Block.Place.TOP), para("a", 30)));
        assertThat(column(pages.get(0), 0)).startsWith("图1", "图2", "图3", "a.1");
        assertThat(slotOf(pages.get(0), 0, "a.1")).isEqualTo(4); // one blank line under the picture
        assertThat(column(pages.get(0), 0)).hasSize(9);
    }

    @Test
    void aPictureForTheTopGoesToTheNextColumnWhenTextStandsAboveItWhileTheTextGoesOn() {
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 3), picture("图", 3, Block.Place.TOP), para("b", 30)));
        PageLayout p = pages.get(0);
        assertThat(column(p, 0)).containsExactly("a.1", "a.2", "a.3", "b.1", "b.2", "b.3", "b.4", "b.5", "b.6", "b.7");
        assertThat(column(p, 1)).startsWith("图1", "图2", "图3", "b.8");
        assertThat(slotOf(p, 1, "图1")).isZero();
        assertThat(slotOf(p, 1, "b.8")).isEqualTo(4);
        // in the last column of a page it waits for the first column of the next page
        pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 13), picture("图", 3, Block.Place.TOP), para("b", 30)));
        assertThat(column(pages.get(0), 1)).startsWith("a.11").endsWith("b.7");
        assertThat(column(pages.get(1), 0)).startsWith("图1", "图2", "图3", "b.8");
    }

    @Test
    void aPictureForTheFootSitsAtTheColumnFootAboveTheFootnotesWithTheTextGoingOnAboveIt() {
        Line withNote = new Line(line("a.2").frame(), 1, List.of(), List.of(line("注")));
        List<Line> a = new ArrayList<>(List.of(line("a.1"), withNote));
        for (int i = 3; i <= 4; i++) a.add(line("a." + i));
        ColumnFlow f = new ColumnFlow(2, 12, 1, 13.5);
        List<PageLayout> pages = f.flow(List.of(Lines.paragraph(a), picture("图", 3, Block.Place.BOTTOM), para("b", 40)));
        PageLayout p = pages.get(0);
        // 12 slots: the note takes 2 (13.5 pt + half a line), the picture 3 + 1 gap: 6 lines of text, text first
        assertThat(column(p, 0)).containsExactly("a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "图1", "图2", "图3");
        assertThat(slotOf(p, 0, "b.2")).isEqualTo(5);
        assertThat(slotOf(p, 0, "图1")).isEqualTo(7);
        assertThat(slotOf(p, 0, "图3")).isEqualTo(9);
        assertThat(p.notes().get(0)).hasSize(1);
        assertThat(column(p, 1)).first().isEqualTo("b.3");
        assertThat(p.columns().get(1)).hasSize(12);
    }

    @Test
    void aPictureForTheFootThatNoLongerFitsGoesToTheNextColumnsFoot() {
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 8), picture("图", 3, Block.Place.BOTTOM), para("b", 30)));
        PageLayout p = pages.get(0);
        assertThat(column(p, 0)).containsExactly("a.1", "a.2", "a.3", "a.4", "a.5", "a.6", "a.7", "a.8", "b.1", "b.2");
        assertThat(column(p, 1)).startsWith("b.3").endsWith("b.8", "图1", "图2", "图3");
        assertThat(slotOf(p, 1, "图1")).isEqualTo(7);
    }

    @Test
    void r13AndR17HoldAroundPicturesAtTheTop() {
        // no room for the heading with two lines of its text: it goes on in column 2, under the waiting picture
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 7), picture("图", 2, Block.Place.TOP),
                heading("分目"), para("b", 5), para("z", 30)));
        PageLayout p = pages.get(0);
        assertThat(column(p, 0)).containsExactly("a.1", "a.2", "a.3", "a.4", "a.5", "a.6", "a.7");
        assertThat(column(p, 1)).startsWith("图1", "图2", "分目", "b.1", "b.2");
        assertThat(slotOf(p, 1, "分目")).isEqualTo(3);
        // a paragraph split below a picture at a column top leaves no widow in the next column
        pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 4), picture("图", 2, Block.Place.TOP), para("b", 7), para("z", 30)));
        assertThat(column(pages.get(0), 0)).endsWith("b.1", "b.2", "b.3", "b.4", "b.5");
        assertThat(column(pages.get(0), 1)).startsWith("图1", "图2", "b.6", "b.7");
    }

    @Test
    void r18BalancingKeepsAPictureAtTheFootOfAShortColumn() {
        Opening next = new Opening(List.of(line("下一类目")), 0, 1, false);
        List<PageLayout> pages = new ColumnFlow(2, 20, 1).flow(List.of(para("a", 8), picture("图", 2, Block.Place.BOTTOM), para("b", 4), next, para("c", 4)));
        PageLayout p = pages.get(0);
        int c0 = p.columns().get(0).size();
        int c1 = p.columns().get(1).size();
        assertThat(c0 + c1).isEqualTo(14);
        assertThat(Math.abs(slotsUsed(p, 0) - slotsUsed(p, 1))).isLessThanOrEqualTo(1);
        assertThat(slotsUsed(p, 0)).isLessThan(12);
        assertThat(column(p, 0).contains("图1") ? column(p, 0) : column(p, 1)).endsWith("图1", "图2");
    }

    private static int slotsUsed(PageLayout p, int c) {
        Placed last = p.columns().get(c).get(p.columns().get(c).size() - 1);
        return last.slot() + last.line().gridSteps();
    }

    @Test
    void aSpanningPictureForThePageFootTakesTheFootOfAllColumns() {
        Block.Float wide = new Block.Float(List.of(line("通栏1"), line("通栏2"), line("通栏3")), 1, Block.Place.BOTTOM);
        List<PageLayout> pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 3), wide, para("b", 30)));
        PageLayout p = pages.get(0);
        assertThat(p.foot()).extracting(pl -> pl.line().frame().text()).containsExactly("通栏1", "通栏2", "通栏3");
        assertThat(p.foot().get(0).slot()).isEqualTo(7);
        assertThat(p.columnsEnd()).isEqualTo(6);
        assertThat(p.columns().get(0)).hasSize(6);
        assertThat(p.columns().get(1)).hasSize(6);
        assertThat(column(p, 1)).first().isEqualTo("b.4");
        // met in the second column, it waits for the next page's foot
        pages = new ColumnFlow(2, 10, 1).flow(List.of(para("a", 13), wide, para("b", 30)));
        assertThat(pages.get(0).foot()).isEmpty();
        assertThat(pages.get(1).foot()).hasSize(3);
        assertThat(pages.get(1).columns().get(0)).hasSize(6);
    }
}
