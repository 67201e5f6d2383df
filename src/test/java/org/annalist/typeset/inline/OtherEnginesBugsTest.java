package org.annalist.typeset.inline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Bugs other engines have (the four listed in DOMAIN.md: Typst #6735, #5474, #2348, #3082) that this engine must not have, one test each. */
class OtherEnginesBugsTest {
    private final ParagraphComposer composer = composer();

    @Test
    @DisplayName("Typst #6735: a two-em dash at a line end stays whole, full width and inside the measure")
    void twoEmDashAtLineEnd() {
        for (int before = 20; before <= 24; before++) {
            ComposedParagraph p = composer.compose(han(before) + "——" + han(40), style(24));
            for (ComposedLine l : p.lines()) {
                List<Fixtures.Glyph> gs = glyphs(l);
                if (!l.text().contains("—")) continue;
                int i = l.text().indexOf("——");
                assertThat(i).as(p.dump()).isGreaterThanOrEqualTo(0);
                assertThat(gs.get(i + 1).x() - gs.get(i).x()).as("dash not compressed").isCloseTo(EM, offset(TOL));
                assertThat(l.width()).isLessThanOrEqualTo(24 * EM + TOL);
                if (l.justified()) assertThat(l.width()).isCloseTo(24 * EM, offset(TOL));
                if (l.text().endsWith("——")) assertThat(gs.get(gs.size() - 1).x()).isCloseTo(23 * EM, offset(TOL));
            }
        }
    }

    @Test
    @DisplayName("Typst #5474: adjacent marks compress across a bold/plain (黑/宋) boundary")
    void compressionAcrossFontBoundary() {
        List<StyledRun> runs = List.of(new StyledRun("甲（乙）", hei()), new StyledRun("。丙", song()));
        ComposedParagraph p = composer.compose(runs, style(40));
        List<Fixtures.Glyph> gs = glyphs(p.lines().get(0));
        assertThat(xOf(gs, "丙") - xOf(gs, "）")).isCloseTo(1.5 * EM, offset(TOL));
        assertThat(p.lines().get(0).frame().items()).hasSize(2);
        List<StyledRun> quote = List.of(new StyledRun("他说“", song()), new StyledRun("《条例》", hei()), new StyledRun("”。好", song()));
        List<Fixtures.Glyph> q = glyphs(composer.compose(quote, style(40)).lines().get(0));
        assertThat(xOf(q, "《") - xOf(q, "“")).isCloseTo(0.5 * EM, offset(TOL));
        assertThat(xOf(q, "好") - xOf(q, "》")).isCloseTo(2.0 * EM, offset(TOL));
    }

    @Test
    @DisplayName("Typst #2348: a bracket opening a paragraph sits at the indent the same way whatever follows")
    void bracketOpeningAParagraph() {
        double x0 = Double.NaN;
        for (String body : List.of(han(40), han(20) + "ijk" + han(20), han(20) + "xyz" + han(20))) {
            for (String open : List.of("（", "“")) {
                String text = open + "一二三四" + (open.equals("（") ? "）" : "”") + body;
                ComposedParagraph p = composer.compose(text, ParagraphStyle.body(24, SIZE));
                ComposedLine first = p.lines().get(0);
                double x = glyphs(first).get(0).x();
                if (Double.isNaN(x0)) x0 = x;
                assertThat(x).as(p.dump()).isCloseTo(x0, offset(TOL));
                assertThat(first.width()).isCloseTo(24 * EM, offset(TOL));
            }
        }
        // Full width at the indent: the bracket's ink starts half an em after the 2-em indent.
        assertThat(x0).isCloseTo(2 * EM, offset(TOL));
    }

    @Test
    @DisplayName("Typst #3082: after （0000）， the comma never starts a line")
    void punctuationAfterDigitsInBrackets() {
        String[] insides = {"abcd", "abc0", "0000", "8888"};
        String lead = "課有手冬，朱得過已誰卜服見以大您即乙太邊良，因且行肉因和拉幸，念姐遠米巴急";
        for (String inside : insides) {
            for (int chars = 14; chars <= 34; chars++) {
                for (BreakAlgorithm algo : BreakAlgorithm.values()) {
                    String text = lead + "（" + inside + "），松黃貫誰。" + lead + "(" + inside + ")，松黃貫誰。";
                    ComposedParagraph p = composer.compose(text, ParagraphStyle.body(chars, SIZE).withAlgorithm(algo));
                    for (ComposedLine l : p.lines()) {
                        assertThat(l.text()).as(p.dump()).doesNotStartWith("，").doesNotStartWith("）").doesNotStartWith(")");
                    }
                }
            }
        }
    }
}
