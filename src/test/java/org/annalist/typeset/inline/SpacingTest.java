package org.annalist.typeset.inline;

import org.annalist.typeset.font.Face;
import org.annalist.typeset.font.FontRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** R9: ¼ em between Han and Latin letters or digits, none at line edges, by Chinese punctuation or inside brackets. */
class SpacingTest {
    private final ParagraphComposer composer = composer();
    private final Face song = fonts().chain(FontRole.SONG).faceFor('2');

    private List<Fixtures.Glyph> natural(String text) {
        ComposedParagraph p = composer.compose(text, style(40));
        assertThat(p.lines()).hasSize(1);
        return glyphs(p.lines().get(0));
    }

    private double adv(char c) {
        return song.advance(c) * SIZE;
    }

    @Test
    @DisplayName("R9 a quarter em between Han and digits or Latin letters, on both sides")
    void r9QuarterEmBetweenHanAndLatin() {
        List<Fixtures.Glyph> gs = natural("在2022年用Word");
        assertThat(xOf(gs, "2") - xOf(gs, "在")).isCloseTo(1.25 * EM, offset(TOL));
        assertThat(xOf(gs, "年") - xOf(gs, "2", 2)).isCloseTo(adv('2') + 0.25 * EM, offset(TOL));
        assertThat(xOf(gs, "W") - xOf(gs, "用")).isCloseTo(1.25 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R9 a typed space between Han and Latin becomes the same quarter em")
    void r9TypedSpaceBecomesQuarterEm() {
        List<Fixtures.Glyph> gs = natural("在 2022 年");
        assertThat(xOf(gs, "2") - xOf(gs, "在")).isCloseTo(1.25 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R9 no space next to Chinese punctuation or just inside brackets")
    void r9NoSpaceByPunctuationOrInsideBrackets() {
        List<Fixtures.Glyph> gs = natural("共（12）场，2022。");
        assertThat(xOf(gs, "1") - xOf(gs, "（")).isCloseTo(EM, offset(TOL));
        assertThat(xOf(gs, "）") - xOf(gs, "2")).isCloseTo(adv('2'), offset(TOL));
        assertThat(xOf(gs, "2", 1) - xOf(gs, "，")).isCloseTo(EM, offset(TOL));
        assertThat(xOf(gs, "。") - xOf(gs, "2", 1)).isCloseTo(4 * adv('2'), offset(TOL));
    }

    @Test
    @DisplayName("R9 none at line edges: a line starting with a number starts at 0, a line ending with one ends at the measure")
    void r9NoSpaceAtLineEdges() {
        String text = han(22) + "2022年" + han(20) + "2023" + han(20);
        for (int before = 19; before <= 24; before++) {
            ComposedParagraph p = composer.compose(han(before) + "12345" + han(30), style(24));
            for (ComposedLine l : p.lines()) {
                List<Fixtures.Glyph> gs = glyphs(l);
                assertThat(gs.get(0).x()).as(p.dump()).isCloseTo(0, offset(TOL));
            }
        }
        assertThat(composer.compose(text, style(24)).lines().get(0).width()).isCloseTo(24 * EM, offset(TOL));
    }

    @Test
    @DisplayName("R9 a Latin word or a number never breaks across lines")
    void r9NoBreakInsideWordsOrNumbers() {
        for (int before = 15; before <= 24; before++) {
            for (BreakAlgorithm algo : BreakAlgorithm.values()) {
                String text = han(before) + "Annalist版本3.14159在GB/T15834中" + han(10) + "2022年12月31日" + han(30);
                ComposedParagraph p = composer.compose(text, style(24).withAlgorithm(algo));
                String joined = String.join("|", p.lines().stream().map(ComposedLine::text).toList());
                assertThat(joined).as(p.dump()).contains("Annalist", "3.14159", "2022", "12", "31");
            }
        }
    }

    @Test
    @DisplayName("R9 Latin words are separated by word spaces that break; the space vanishes at the break")
    void r9LatinWordSpaces() {
        String text = "这是英文句子：The quick brown fox jumps over the lazy dog and keeps running far away.";
        ComposedParagraph p = composer.compose(text, style(15));
        assertThat(p.lines().size()).isGreaterThan(1);
        for (ComposedLine l : p.lines()) {
            assertThat(l.text()).doesNotStartWith(" ").doesNotEndWith(" ");
            if (l.justified()) assertThat(l.width()).isCloseTo(15 * EM, offset(TOL));
        }
    }
}
