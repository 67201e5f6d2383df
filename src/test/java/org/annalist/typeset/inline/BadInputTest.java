package org.annalist.typeset.inline;

import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Bad input never throws: each case is handled and reported with a Chinese warning. */
class BadInputTest {
    private final ParagraphComposer composer = composer();

    @Test
    @DisplayName("an empty paragraph has no lines and no warning")
    void emptyParagraph() {
        assertThat(composer.compose("", style(24)).lines()).isEmpty();
        assertThat(composer.compose(List.of(), style(24)).lines()).isEmpty();
        assertThat(composer.compose("   \n  ", style(24)).lines()).isEmpty();
    }

    @Test
    @DisplayName("control characters are stripped with a warning; tab is a space, line feed a forced break")
    void controlCharacters() {
        ComposedParagraph p = composer.compose("甲\u0007乙\u0000丙\t丁\n戊\u200B己", style(24));
        assertThat(p.lines()).hasSize(2);
        assertThat(p.lines().get(0).text()).isEqualTo("甲乙丙 丁");
        assertThat(p.lines().get(0).justified()).isFalse();
        assertThat(p.lines().get(1).text()).isEqualTo("戊己");
        assertThat(p.warnings()).anyMatch(w -> w.contains("2 个控制字符")).anyMatch(w -> w.contains("格式字符"));
    }

    @Test
    @DisplayName("缺字: unassigned, private-use and uncovered characters are recorded, drawn as .notdef and kept")
    void missingGlyphs() {
        FontBook fonts = freshFonts();
        ParagraphComposer own = new ParagraphComposer(fonts);
        String text = "甲\uE000乙\u0378丙" + new String(Character.toChars(0x3134A)) + "丁";
        ComposedParagraph p = own.compose(text, style(24));
        assertThat(p.lines()).hasSize(1);
        assertThat(p.lines().get(0).frame().text()).isEqualTo(text);
        assertThat(fonts.missing().entries()).extracting(e -> e.codePoint()).contains(0xE000, 0x378, 0x3134A);
        assertThat(fonts.missing().entries()).allMatch(e -> e.role() == FontRole.SONG);
        assertThat(p.warnings()).hasSize(3).allMatch(w -> w.startsWith("缺字"));
        // .notdef of the primary face is one em wide in the shipped fonts: the characters keep their place.
        List<Fixtures.Glyph> gs = glyphs(p.lines().get(0));
        assertThat(gs.get(2).x() - gs.get(1).x()).isCloseTo(EM, offset(TOL));
    }

    @Test
    @DisplayName("an unbreakable run longer than the line is broken as a last resort, with a warning")
    void overLongUnbreakableRun() {
        String url = "https://www.example.gov.cn/zwgk/2022/content_1234567890abcdefghijklmnopqrstuvwxyz.html";
        for (BreakAlgorithm algo : BreakAlgorithm.values()) {
            ComposedParagraph p = composer.compose("原文链接：" + url.replace("/", "") + "。", style(15).withAlgorithm(algo));
            assertThat(p.lines().size()).isGreaterThan(1);
            assertThat(p.warnings()).anyMatch(w -> w.contains("强行断开"));
            for (ComposedLine l : p.lines()) {
                assertThat(l.overfull()).isFalse();
                if (l.justified()) assertThat(l.width()).isCloseTo(15 * EM, offset(TOL));
            }
            ComposedParagraph withSlashes = composer.compose("原文链接：" + url, style(15).withAlgorithm(algo));
            assertThat(String.join("", withSlashes.lines().stream().map(ComposedLine::text).toList())).isEqualTo("原文链接：" + url);
        }
    }

    @Test
    @DisplayName("a character wider than the whole measure overflows with a warning instead of failing")
    void characterWiderThanTheLine() {
        ParagraphStyle tiny = style(24).withMeasure(0.5 * EM);
        for (BreakAlgorithm algo : BreakAlgorithm.values()) {
            ComposedParagraph p = composer.compose("甲乙丙", tiny.withAlgorithm(algo));
            assertThat(p.lines()).hasSize(3);
            assertThat(p.lines()).allMatch(ComposedLine::overfull);
            assertThat(p.warnings()).anyMatch(w -> w.contains("超出版心"));
        }
    }

    @Test
    @DisplayName("forced breaks: runs of line feeds collapse, a leading one is ignored, lines before them are not stretched")
    void forcedBreaks() {
        ComposedParagraph p = composer.compose("\n甲乙\n\n丙丁\r\n戊", style(24));
        assertThat(p.lines()).extracting(ComposedLine::text).containsExactly("甲乙", "丙丁", "戊");
        assertThat(p.lines()).noneMatch(ComposedLine::justified);
    }
}
