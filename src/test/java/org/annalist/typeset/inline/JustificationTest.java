package org.annalist.typeset.inline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** R7 shrink order, R8 stretch order, R10 justification, R11 indent, R14 no hanging punctuation. */
class JustificationTest {
    private final ParagraphComposer composer = composer();

    @Test
    @DisplayName("R10 every line but the last fills the measure; the last keeps its natural width")
    void r10AllButLastLineJustified() {
        String text = "南京市政协把准政协性质定位，立足自身实际，在2022年组织委员开展“请你来协商”活动（共12场），"
                + "形成了《关于加快推进城市更新的建议》等成果。会议指出——要坚持以人民为中心……推动高质量发展。";
        ComposedParagraph p = composer.compose(text, ParagraphStyle.body(24, SIZE));
        assertThat(p.lines().size()).isGreaterThan(2);
        for (int i = 0; i < p.lines().size() - 1; i++) {
            assertThat(p.lines().get(i).width()).as(p.dump()).isCloseTo(24 * EM, offset(TOL));
        }
        ComposedLine last = p.lines().get(p.lines().size() - 1);
        assertThat(last.justified()).isFalse();
        assertThat(last.width()).isCloseTo(last.naturalWidth(), offset(TOL));
        assertThat(p.dump()).startsWith("|南京市政协把准政协性质定位，立足自身实际，在| 24.00em r=");
    }

    @Test
    @DisplayName("R11 the first line is indented 2 em; indent 0 is allowed")
    void r11FirstLineIndent() {
        String text = han(60);
        ComposedParagraph indented = composer.compose(text, ParagraphStyle.body(24, SIZE));
        assertThat(glyphs(indented.lines().get(0)).get(0).x()).isCloseTo(2 * EM, offset(TOL));
        assertThat(glyphs(indented.lines().get(1)).get(0).x()).isCloseTo(0, offset(TOL));
        assertThat(indented.lines().get(0).text()).hasSize(22);
        ComposedParagraph flush = composer.compose(text, ParagraphStyle.body(24, SIZE).withIndent(0));
        assertThat(glyphs(flush.lines().get(0)).get(0).x()).isCloseTo(0, offset(TOL));
    }

    private double naturalWidth(String text) {
        return composer.compose(text, style(60)).lines().get(0).naturalWidth();
    }

    /** The first line of {@code prefix + rest} when the measure is {@code squeeze} em less than the prefix needs. */
    private ComposedLine squeezed(String prefix, double squeeze) {
        return squeezed(prefix, squeeze, "天地玄黄宇宙洪荒日月盈昃辰宿列张");
    }

    private ComposedLine squeezed(String prefix, double squeeze, String rest) {
        double measure = naturalWidth(prefix) - squeeze * EM;
        String text = prefix + rest;
        ComposedLine l = composer.compose(text, style(24).withMeasure(measure).withAlgorithm(BreakAlgorithm.FIRST_FIT)).lines().get(0);
        assertThat(l.text()).isEqualTo(prefix);
        assertThat(l.adjustment()).isEqualTo(ComposedLine.Adjustment.SHRUNK);
        assertThat(l.width()).isCloseTo(measure, offset(TOL));
        return l;
    }

    @Test
    @DisplayName("R7 Latin word spaces shrink (to no less than 1/4 em) before brackets and commas")
    void r7WordSpacesShrinkBeforePunctuation() {
        String prefix = "甲，乙（丙）a b c d e f g h";
        List<Fixtures.Glyph> loose = glyphs(composer.compose(prefix, style(60)).lines().get(0));
        List<Fixtures.Glyph> gs = glyphs(squeezed(prefix, 0.5, " Supercalifragi"));
        assertThat(xOf(gs, "乙") - xOf(gs, "，")).as("， untouched while spaces can give").isCloseTo(EM, offset(TOL));
        assertThat(xOf(gs, "）") - xOf(gs, "（")).as("brackets untouched").isCloseTo(xOf(loose, "）") - xOf(loose, "（"), offset(TOL));
        double spaceBefore = xOf(loose, "c") - xOf(loose, "b");
        double spaceAfter = xOf(gs, "c") - xOf(gs, "b");
        assertThat(spaceAfter).isLessThan(spaceBefore - 0.05 * EM);
        assertThat(spaceBefore - spaceAfter).isLessThanOrEqualTo(EM / 12 + TOL);
    }

    @Test
    @DisplayName("R7 。？！ shrink last: a line that must give half an em takes it from ，、； and keeps 。 whole")
    void r7StopsShrinkLast() {
        List<Fixtures.Glyph> gs = glyphs(squeezed(han(10) + "，" + han(10) + "。甲乙丙", 0.5));
        assertThat(xOf(gs, "甲") - xOf(gs, "。")).as("。 keeps its em").isCloseTo(EM, offset(TOL));
        int comma = gs.stream().map(Fixtures.Glyph::ch).toList().indexOf("，");
        assertThat(gs.get(comma + 1).x() - gs.get(comma).x()).as("， gave its blank half").isCloseTo(0.5 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R7 the Han–Latin gap shrinks only to 1/8 em, after the punctuation")
    void r7HanLatinGapShrinksAfterPunctuation() {
        List<Fixtures.Glyph> gs = glyphs(squeezed("甲，乙2022年" + han(10), 0.6));
        assertThat(xOf(gs, "乙") - xOf(gs, "，")).isCloseTo(0.5 * EM, offset(TOL));
        double gap = xOf(gs, "2") - xOf(gs, "乙") - EM;
        assertThat(gap).isGreaterThanOrEqualTo(EM / 8 - TOL).isLessThan(0.25 * EM);
    }

    @Test
    @DisplayName("R8 stretch: word spaces first (up to 1/2 em), then evenly between characters, never inside —— or ……")
    void r8StretchOrder() {
        String text = han(20) + "——" + "……" + han(40);
        for (ComposedLine l : composer.compose(text, style(24).withAlgorithm(BreakAlgorithm.FIRST_FIT)).lines()) {
            List<Fixtures.Glyph> gs = glyphs(l);
            for (int i = 0; i + 1 < gs.size(); i++) {
                int a = gs.get(i).cp();
                int b = gs.get(i + 1).cp();
                boolean unit = (a == '—' || a == '―' || a == '…') && (b == '—' || b == '―' || b == '…');
                if (unit) assertThat(gs.get(i + 1).x() - gs.get(i).x()).as(l.text()).isCloseTo(EM, offset(TOL));
            }
        }
        // A line with word spaces: a small stretch goes to the spaces only, Han characters stay 1 em apart.
        String latin = "甲乙丙丁a b c d e f g h i j k" + han(40);
        ComposedParagraph p = composer.compose(latin, style(20).withAlgorithm(BreakAlgorithm.FIRST_FIT));
        ComposedLine first = p.lines().get(0);
        if (first.adjustment() == ComposedLine.Adjustment.STRETCHED && first.naturalWidth() > 20 * EM - 10 * EM / 6) {
            List<Fixtures.Glyph> gs = glyphs(first);
            assertThat(xOf(gs, "乙") - xOf(gs, "甲")).isCloseTo(EM, offset(TOL));
        }
    }

    @Test
    @DisplayName("R14 no hanging punctuation: every glyph box ends inside the measure")
    void r14NoHangingPunctuation() {
        for (int before = 20; before <= 26; before++) {
            ComposedParagraph p = composer.compose(han(before) + "，“" + han(5) + "。”" + han(40), style(24));
            for (ComposedLine l : p.lines()) {
                assertThat(l.width()).isLessThanOrEqualTo(24 * EM + TOL);
                for (Fixtures.Glyph g : glyphs(l)) assertThat(g.x()).isLessThan(24 * EM - 0.4 * EM);
            }
        }
    }

    @Test
    @DisplayName("R12 no 孤字: Knuth–Plass pulls back or pushes down so the last line holds two characters or more")
    void r12NoLoneCharacter() {
        // 22 (indented) + 24 + 1: without R12 the last line would be "动。".
        String text = han(47) + "。";
        ComposedParagraph p = composer.compose(text, ParagraphStyle.body(24, SIZE));
        ComposedLine last = p.lines().get(p.lines().size() - 1);
        assertThat(last.text().replace("。", "").length()).as(p.dump()).isGreaterThanOrEqualTo(2);
        for (ComposedLine l : p.lines()) if (l.justified()) assertThat(l.width()).isCloseTo(24 * EM, offset(TOL));
        // First fit repairs it by pushing a character down.
        ComposedParagraph ff = composer.compose(text, ParagraphStyle.body(24, SIZE).withAlgorithm(BreakAlgorithm.FIRST_FIT));
        ComposedLine ffLast = ff.lines().get(ff.lines().size() - 1);
        assertThat(ffLast.text().replace("。", "").length()).as(ff.dump()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("R12 a one-line paragraph of one character is fine")
    void r12SingleLineParagraphMayBeShort() {
        ComposedParagraph p = composer.compose("好。", ParagraphStyle.body(24, SIZE));
        assertThat(p.lines()).hasSize(1);
        assertThat(p.lines().get(0).text()).isEqualTo("好。");
    }
}
