package org.annalist.typeset.inline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** R4 adjacent compression, R5 line-start/line-end trimming, R6 compress before prohibiting, in the four styles. */
class CompressionTest {
    private final ParagraphComposer composer = composer();

    /** A one-line (hence unjustified) paragraph: positions are the natural ones. */
    private List<Fixtures.Glyph> natural(String text, PunctuationStyle ps) {
        ComposedParagraph p = composer.compose(text, style(40).withPunctuation(ps));
        assertThat(p.lines()).hasSize(1);
        return glyphs(p.lines().get(0));
    }

    @Test
    @DisplayName("R4 全角: 。” ，“ ）（ 》， each take 1.5 em instead of 2")
    void r4AdjacentPairsBecomeOneAndAHalfEm() {
        for (String pair : List.of("。”", "，“", "）（", "》，", "”。", "！”", "、《")) {
            List<Fixtures.Glyph> gs = natural("甲" + pair + "乙", PunctuationStyle.QUANJIAO);
            assertThat(xOf(gs, "乙") - xOf(gs, "甲")).as(pair).isCloseTo(2.5 * EM, offset(TOL));
        }
    }

    @Test
    @DisplayName("R4 全角: brackets hug: the inks of “《 and 。” touch, while ，“ keeps half an em between inks")
    void r4BracketsHugWhatTheyEnclose() {
        List<Fixtures.Glyph> open = natural("甲“《乙》”丙", PunctuationStyle.QUANJIAO);
        // “ has its ink in the right half of its box, 《 lost its blank left half: its ink follows at once.
        assertThat(xOf(open, "《") - xOf(open, "“")).isCloseTo(0.5 * EM, offset(TOL));
        assertThat(xOf(open, "乙") - xOf(open, "“")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(xOf(open, "丙") - xOf(open, "乙")).isCloseTo(2.5 * EM, offset(TOL));
        assertThat(xOf(open, "”") - xOf(open, "》")).isCloseTo(0.5 * EM, offset(TOL));
        List<Fixtures.Glyph> sep = natural("甲，“乙", PunctuationStyle.QUANJIAO);
        assertThat(xOf(sep, "“") - xOf(sep, "，")).isCloseTo(0.5 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R4 开明: 。？！ stay full, every other mark is half an em")
    void r4Kaiming() {
        List<Fixtures.Glyph> gs = natural("甲，乙。丙（丁）戊？己“庚”辛", PunctuationStyle.KAIMING);
        assertThat(xOf(gs, "乙") - xOf(gs, "甲")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(xOf(gs, "丙") - xOf(gs, "乙")).isCloseTo(2.0 * EM, offset(TOL));
        assertThat(xOf(gs, "丁") - xOf(gs, "丙")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(xOf(gs, "戊") - xOf(gs, "丁")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(xOf(gs, "己") - xOf(gs, "戊")).isCloseTo(2.0 * EM, offset(TOL));
        assertThat(xOf(gs, "辛") - xOf(gs, "庚")).isCloseTo(1.5 * EM, offset(TOL));
        // A half-width opening bracket still draws its ink right after the preceding character.
        assertThat(xOf(gs, "（") - xOf(gs, "丙")).isCloseTo(0.5 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R4 半角: every mark is half an em, 。 included")
    void r4Banjiao() {
        List<Fixtures.Glyph> gs = natural("甲，乙。丙！丁", PunctuationStyle.BANJIAO);
        assertThat(xOf(gs, "乙") - xOf(gs, "甲")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(xOf(gs, "丙") - xOf(gs, "乙")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(xOf(gs, "丁") - xOf(gs, "丙")).isCloseTo(1.5 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R5 行末半角: full width inside the line, half width at the line end")
    void r5HangmobanjiaoTrimsLineEnd() {
        String text = han(23) + "，" + han(10) + "，" + han(30);
        ComposedParagraph hm = composer.compose(text, style(24).withPunctuation(PunctuationStyle.HANGMOBANJIAO)
                .withAlgorithm(BreakAlgorithm.FIRST_FIT));
        ComposedParagraph qj = composer.compose(text, style(24).withAlgorithm(BreakAlgorithm.FIRST_FIT));
        assertThat(hm.lines().get(0).text()).endsWith("，");
        assertThat(hm.lines().get(0).naturalWidth()).isCloseTo(23.5 * EM, offset(TOL));
        assertThat(qj.lines().get(0).naturalWidth()).isCloseTo(24 * EM, offset(TOL));
        List<Fixtures.Glyph> second = glyphs(hm.lines().get(1));
        assertThat(second.get(11).x() - second.get(10).x()).as("mid-line ， stays full").isGreaterThanOrEqualTo(EM - TOL);
    }

    @Test
    @DisplayName("R5/R7 全角: a line 1/2 em too long takes it from the line-end mark only")
    void r5LineEndMarkShrinksFirst() {
        // 11 + ， + 11 + 好， = 25 em natural; a 24.5-em measure needs half an em.
        String text = han(11) + "，" + han(11) + "好，" + "天地玄黄宇宙洪荒日月盈昃辰宿列张";
        ParagraphStyle st = style(24).withMeasure(24.5 * EM).withAlgorithm(BreakAlgorithm.FIRST_FIT);
        ComposedLine line = composer.compose(text, st).lines().get(0);
        assertThat(line.text()).endsWith("好，");
        List<Fixtures.Glyph> gs = glyphs(line);
        assertThat(gs.get(12).x() - gs.get(11).x()).as("mid-line ， keeps its full em").isCloseTo(EM, offset(TOL));
        assertThat(gs.get(gs.size() - 1).x()).as("line-end ， set in the last half em").isCloseTo(24 * EM, offset(TOL));
        assertThat(line.width()).isCloseTo(24.5 * EM, offset(TOL));
        assertThat(line.adjustment()).isEqualTo(ComposedLine.Adjustment.SHRUNK);
    }

    @Test
    @DisplayName("R5 an opening bracket at a line start may lose its blank half when the line must shrink")
    void r5OpeningBracketAtLineStart() {
        // Line 2 starts with （ and is 24.5 em natural in a 24-em measure.
        String text = han(24) + "（" + han(22) + "）" + han(20);
        ComposedParagraph p = composer.compose(text, style(24).withAlgorithm(BreakAlgorithm.FIRST_FIT));
        ComposedLine second = p.lines().get(1);
        assertThat(second.text()).startsWith("（");
        List<Fixtures.Glyph> gs = glyphs(second);
        assertThat(gs.get(0).x()).isCloseTo(-0.5 * EM, offset(TOL)); // ink of （ flush with the measure's left edge
        assertThat(second.width()).isCloseTo(24 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R6 compress first, then prohibit: 。” after 23 characters stays on the line instead of starting the next")
    void r6CompressionBeforeProhibition() {
        String text = han(23) + "。”" + han(30);
        for (BreakAlgorithm algo : BreakAlgorithm.values()) {
            ComposedParagraph p = composer.compose(text, style(24).withAlgorithm(algo));
            assertThat(p.lines().get(0).text()).as(p.dump()).endsWith("。”");
            assertThat(p.lines().get(0).width()).isCloseTo(24 * EM, offset(TOL));
            assertThat(p.lines().get(1).text()).doesNotStartWith("”").doesNotStartWith("。");
        }
    }
}
