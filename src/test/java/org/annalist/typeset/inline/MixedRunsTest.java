package org.annalist.typeset.inline;

import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.doc.Block;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.style.InlineStyler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Mixed fonts and sizes on the baseline grid, and the styler that produces them from the document tree. */
class MixedRunsTest {
    private final ParagraphComposer composer = composer();
    private final InlineStyler styler = new InlineStyler(SIZE);

    @Test
    @DisplayName("a 黑体 条目 title in 【】 runs into 宋体 text; runs split where the face changes; one grid step per line")
    void entryTitleRunsIntoText() {
        Block.Paragraph para = (Block.Paragraph) Markdown.parse("**【政协工作】** 南京市政协把准政协性质定位，立足自身实际，"
                + "组织委员开展协商活动，形成了一批成果。").blocks().get(0);
        assertThat(para.content().get(0)).isInstanceOf(Inline.EntryTitle.class);
        List<StyledRun> runs = styler.style(para.content());
        assertThat(runs.get(0).text()).isEqualTo("【政协工作】");
        assertThat(runs.get(0).style().role()).isEqualTo(FontRole.HEI);
        assertThat(runs.get(1).style().role()).isEqualTo(FontRole.SONG);
        ComposedParagraph p = composer.compose(runs, ParagraphStyle.body(24, SIZE));
        ComposedLine first = p.lines().get(0);
        List<Positioned> items = first.frame().items();
        assertThat(((GlyphRun) items.get(0).item()).text()).isEqualTo("【政协工作】");
        assertThat(((GlyphRun) items.get(0).item()).font().postScriptName()).contains("Sans");
        assertThat(((GlyphRun) items.get(1).item()).font().postScriptName()).contains("Serif");
        // 】 followed by text: the closing bracket keeps its em, the body follows at 2 + 6 em.
        assertThat(items.get(1).x()).isCloseTo(8 * EM, offset(TOL));
        for (ComposedLine l : p.lines()) assertThat(l.frame().height()).isEqualTo(1.5 * SIZE);
        assertThat(p.height()).isCloseTo(p.lines().size() * 1.5 * SIZE, offset(TOL));
    }

    @Test
    @DisplayName("a note becomes a raised, smaller circled number that never starts a line and stays on the grid")
    void noteMark() {
        Block.Paragraph para = (Block.Paragraph) Markdown.parse("文史资料征集工作[^1]取得新进展[^2]。\n\n[^1]: 见某文。\n\n[^2]: 另见。")
                .blocks().get(0);
        List<StyledRun> runs = styler.style(para.content());
        List<String> marks = runs.stream().filter(r -> r.style().baselineShift() > 0).map(StyledRun::text).toList();
        assertThat(marks).containsExactly("①", "②");
        assertThat(styler.style(para.content(), 7).runs().stream().filter(r -> r.style().baselineShift() > 0).map(StyledRun::text))
                .containsExactly("⑦", "⑧");
        ComposedLine line = composer.compose(runs, ParagraphStyle.body(24, SIZE)).lines().get(0);
        Positioned mark = line.frame().items().stream().filter(p -> ((GlyphRun) p.item()).text().equals("①")).findFirst().orElseThrow();
        assertThat(mark.y()).isLessThan(line.frame().baseline());
        assertThat(((GlyphRun) mark.item()).size()).isCloseTo(SIZE * InlineStyler.SCRIPT_SCALE, offset(TOL));
        assertThat(line.frame().height()).isEqualTo(1.5 * SIZE);
        for (int chars = 8; chars <= 14; chars++) {
            for (ComposedLine l : composer.compose(runs, ParagraphStyle.body(chars, SIZE)).lines()) {
                assertThat(l.text()).doesNotStartWith("①").doesNotStartWith("②");
            }
        }
    }

    @Test
    @DisplayName("a line holding a run too big for one grid step takes whole steps; the others keep one")
    void bigRunTakesWholeGridSteps() {
        List<StyledRun> runs = List.of(new StyledRun(han(30), song()), new StyledRun("大", RunStyle.of(FontRole.HEI, 30)),
                new StyledRun(han(30), song()));
        ComposedParagraph p = composer.compose(runs, ParagraphStyle.body(24, SIZE));
        double pitch = 1.5 * SIZE;
        for (ComposedLine l : p.lines()) {
            double steps = l.frame().height() / pitch;
            assertThat(steps).isCloseTo(Math.rint(steps), offset(1e-9));
            boolean big = l.text().contains("大");
            assertThat(steps).as(l.text()).isEqualTo(big ? Math.rint(steps) : 1.0);
            if (big) assertThat(steps).isGreaterThanOrEqualTo(2);
            if (l.justified()) assertThat(l.width()).isCloseTo(24 * EM, offset(TOL));
        }
    }

    @Test
    @DisplayName("emphasis in 楷, strong in 黑, superscript smaller, line break forced, links and index terms keep their text")
    void stylerMapsTheTree() {
        List<Inline> content = List.of(new Inline.Text("甲"), new Inline.Emph(List.of(new Inline.Text("乙"))),
                new Inline.Strong(List.of(new Inline.Text("丙"))), new Inline.Superscript(List.of(new Inline.Text("2"))),
                new Inline.LineBreak(), new Inline.Link(List.of(new Inline.Text("丁")), "https://x"),
                new Inline.IndexTerm(List.of(new Inline.Text("戊")), null, null), new Inline.Text("己"));
        List<StyledRun> runs = styler.style(content);
        assertThat(runs).extracting(r -> r.style().role()).containsExactly(FontRole.SONG, FontRole.KAI, FontRole.HEI,
                FontRole.SONG, FontRole.SONG, FontRole.SONG, FontRole.SONG);
        assertThat(runs.get(3).text()).isEqualTo("2");
        assertThat(runs.get(3).style().size()).isCloseTo(SIZE * 0.6, offset(1e-9));
        // the index term is a run of its own, named, so its locator comes from where it is set
        assertThat(runs.subList(4, 7)).extracting(StyledRun::text).containsExactly("\n丁", "戊", "己");
        assertThat(runs.subList(4, 7)).extracting(StyledRun::ref).containsExactly(null, "index:1", null);
        ComposedParagraph p = composer.compose(runs, ParagraphStyle.body(24, SIZE));
        assertThat(p.lines()).extracting(ComposedLine::text).containsExactly("甲乙丙2", "丁戊己");
    }
}
