package org.annalist.typeset.inline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.annalist.typeset.inline.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** R1 禁则 at the three levels and R3 (—— …… unbreakable). */
class ProhibitionTest {
    private final ParagraphComposer composer = composer();

    private ComposedParagraph compose(String text, ProhibitionLevel level, BreakAlgorithm algo) {
        return composer.compose(text, style(24).withProhibition(level).withAlgorithm(algo));
    }

    @ParameterizedTest(name = "R1 basic: closing marks never start a line ({0})")
    @EnumSource(BreakAlgorithm.class)
    void r1ClosingMarksNeverStartALine(BreakAlgorithm algo) {
        for (String mark : List.of("，", "。", "、", "；", "：", "？", "！", "”", "）", "》", "」", "』", "】", "〕", "·", "～")) {
            // 24 characters fill the line exactly; the mark would be first on line 2 without 禁则.
            String text = han(24) + mark + han(30);
            ComposedParagraph p = compose(text, ProhibitionLevel.BASIC, algo);
            for (ComposedLine l : p.lines()) {
                assertThat(Prohibition.noStart(first(l), ProhibitionLevel.BASIC)).as(mark + "\n" + p.dump()).isFalse();
            }
            assertThat(p.lines().get(1).text()).as(p.dump()).doesNotStartWith(mark);
        }
    }

    @ParameterizedTest(name = "R1 basic: opening marks never end a line ({0})")
    @EnumSource(BreakAlgorithm.class)
    void r1OpeningMarksNeverEndALine(BreakAlgorithm algo) {
        for (String mark : List.of("“", "（", "《", "「", "『", "【", "〔", "‘")) {
            String text = han(23) + mark + han(3) + closing(mark) + han(30);
            ComposedParagraph p = compose(text, ProhibitionLevel.BASIC, algo);
            for (ComposedLine l : p.lines()) assertThat(Prohibition.noEnd(last(l))).as(mark + "\n" + p.dump()).isFalse();
        }
    }

    private static String closing(String open) {
        return switch (open) {
            case "“" -> "”";
            case "（" -> "）";
            case "《" -> "》";
            case "「" -> "」";
            case "『" -> "』";
            case "【" -> "】";
            case "〔" -> "〕";
            default -> "’";
        };
    }

    @Test
    @DisplayName("R1 GB level adds the solidus: ／ may start a line at basic level, never at GB")
    void r1GbAddsSolidus() {
        String text = han(24) + "／" + han(30);
        ComposedParagraph basic = compose(text, ProhibitionLevel.BASIC, BreakAlgorithm.FIRST_FIT);
        ComposedParagraph gb = compose(text, ProhibitionLevel.GB, BreakAlgorithm.FIRST_FIT);
        assertThat(basic.lines().get(1).text()).startsWith("／");
        for (ComposedLine l : gb.lines()) assertThat(l.text()).as(gb.dump()).doesNotStartWith("／");
        assertThat(gb.lines().get(0).width()).isCloseTo(24 * EM, org.assertj.core.data.Offset.offset(TOL));
    }

    @Test
    @DisplayName("R1 strict level adds —— and …… at line start; basic and GB allow them there")
    void r1StrictKeepsDashesOffLineStart() {
        for (String unit : List.of("——", "……")) {
            String text = han(24) + unit + han(30);
            ComposedParagraph gb = compose(text, ProhibitionLevel.GB, BreakAlgorithm.FIRST_FIT);
            ComposedParagraph strict = compose(text, ProhibitionLevel.STRICT, BreakAlgorithm.FIRST_FIT);
            assertThat(gb.lines().get(1).text()).startsWith(unit);
            for (ComposedLine l : strict.lines()) assertThat(l.text()).as(strict.dump()).doesNotStartWith(unit.substring(0, 1));
        }
    }

    @ParameterizedTest(name = "R3 —— and …… are one unbreakable unit ({0})")
    @EnumSource(BreakAlgorithm.class)
    void r3DashAndEllipsisNeverSplit(BreakAlgorithm algo) {
        for (String unit : List.of("——", "……", "——……")) {
            for (int before = 20; before <= 25; before++) {
                String text = han(before) + unit + han(40);
                ComposedParagraph p = compose(text, ProhibitionLevel.BASIC, algo);
                String joined = String.join("|", p.lines().stream().map(ComposedLine::text).toList());
                assertThat(joined).as(p.dump()).contains(unit);
            }
        }
    }

    @Test
    @DisplayName("R1 the tables are authoritative: a closing mark after Latin text or a digit never starts a line")
    void r1TablesOverruleIcu() {
        for (String tail : List.of("abc，", "2022。", "ABC）", "3.5％")) {
            String text = han(24 - tail.length() + 1) + tail + han(30);
            ComposedParagraph p = compose(text, ProhibitionLevel.GB, BreakAlgorithm.TOTAL_FIT);
            for (ComposedLine l : p.lines()) {
                assertThat(Prohibition.noStart(first(l), ProhibitionLevel.GB)).as(p.dump()).isFalse();
            }
        }
    }
}
