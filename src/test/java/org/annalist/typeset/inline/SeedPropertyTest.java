package org.annalist.typeset.inline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over every paragraph of the five seed texts at several measures and sizes, for both line breakers:
 * R1 (no line starts or ends against the 禁则), R3 (—— …… never split), R9 (no word or number split unless the
 * composer warned about an over-long run), R10 (justified lines fill the measure within 0.01 pt), R14 (no line
 * overflows), R12 (no 孤字 in a paragraph of more than one line — first fit included, thanks to its repair).
 */
class SeedPropertyTest {
    static Stream<Arguments> settings() {
        List<Arguments> out = new ArrayList<>();
        for (BreakAlgorithm algo : BreakAlgorithm.values()) {
            for (double size : new double[]{9, 10.5}) {
                for (int chars : new int[]{15, 20, 24, 33}) out.add(Arguments.of(algo, size, chars, PunctuationStyle.QUANJIAO));
            }
            for (PunctuationStyle ps : List.of(PunctuationStyle.KAIMING, PunctuationStyle.HANGMOBANJIAO, PunctuationStyle.BANJIAO)) {
                out.add(Arguments.of(algo, 9.0, 24, ps));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "R1 R3 R9 R10 R12 R14 on the seeds: {0}, {2} × {1} pt, {3}")
    @MethodSource("settings")
    @DisplayName("seed paragraphs obey the layout rules")
    void seedsObeyTheRules(BreakAlgorithm algo, double size, int chars, PunctuationStyle ps) {
        ParagraphComposer composer = composer();
        ParagraphStyle style = ParagraphStyle.body(chars, size).withAlgorithm(algo).withPunctuation(ps);
        double measure = style.measure();
        List<String> paragraphs = seedParagraphs();
        assertThat(paragraphs).hasSizeGreaterThan(100);
        int lines = 0;
        for (String text : paragraphs) {
            ComposedParagraph p = composer.compose(text, style);
            String why = text + "\n" + p.dump();
            boolean emergency = p.warnings().stream().anyMatch(w -> w.contains("强行断开"));
            List<ComposedLine> ls = p.lines();
            lines += ls.size();
            for (int k = 0; k < ls.size(); k++) {
                ComposedLine l = ls.get(k);
                assertThat(l.overfull()).as(why).isFalse();
                assertThat(l.width()).as(why).isLessThanOrEqualTo(measure + TOL);
                if (l.justified()) assertThat(Math.abs(l.width() - measure)).as(why).isLessThanOrEqualTo(TOL);
                else assertThat(k).as(why).isEqualTo(ls.size() - 1);
                if (k > 0) assertThat(Prohibition.noStart(first(l), ProhibitionLevel.GB)).as(why).isFalse();
                if (k < ls.size() - 1) {
                    assertThat(Prohibition.noEnd(last(l))).as(why).isFalse();
                    byte a = CharClass.of(last(l));
                    byte b = CharClass.of(first(ls.get(k + 1)));
                    assertThat(CharClass.isDashLike(a) && CharClass.isDashLike(b)).as(why).isFalse();
                    boolean atSpace = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(Character.toString(last(l))) + "[\\s\\p{Z}]+"
                            + java.util.regex.Pattern.quote(Character.toString(first(ls.get(k + 1))))).matcher(text).find();
                    if (!emergency && !atSpace) assertThat(a == CharClass.LATIN && b == CharClass.LATIN).as(why).isFalse();
                }
                for (Fixtures.Glyph g : glyphs(l)) {
                    assertThat(g.x()).as(why).isGreaterThanOrEqualTo(-0.5 * size - TOL).isLessThan(measure);
                }
            }
            if (ls.size() > 1) {
                ComposedLine lastLine = ls.get(ls.size() - 1);
                long ink = lastLine.text().codePoints().filter(c -> !CharClass.isCjkPunct(CharClass.of(c))).count();
                assertThat(ink).as("孤字: " + why).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(lines).isGreaterThan(paragraphs.size());
    }
}
