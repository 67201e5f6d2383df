package org.annalist.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weights of the 图书编校质量差错率计算方法 on the worked cases of the 出版专业资格考试 (the published answers):
 * the rate is the weighted errors over the 版面字数, and at most 1/10,000 passes.
 */
class ProofErrorWeightsTest {
    /** A layout of {@code chars} 版面字数: 50 characters a line, 40 lines a page. */
    private static ProofErrorCount count(Map<ProofErrorKind, Integer> counts, int chars) {
        return new ProofErrorCount(0, 1, ProofStage.FIRST_PROOF, counts, ProofErrorCount.Source.EDITOR, "t", 50, 40, chars / 2000, null, null);
    }

    @Test
    void sixWrongCharactersTwoKnowledgeAndOneGrammarErrorIn100000Fail() {
        // 2003 实务: 6 错字漏字, 2 知识性, 1 语法性 → 6 + 2×2 + 1×2 = 12 → 1.2/10,000
        ProofErrorCount c = count(Map.of(ProofErrorKind.CHARACTER, 6, ProofErrorKind.KNOWLEDGE, 3), 100_000);
        assertThat(c.weighted()).isEqualTo(12.0);
        assertThat(c.layoutCharacters()).isEqualTo(100_000);
        assertThat(c.passes()).isFalse();
    }

    @Test
    void aPoliticalErrorCountsThreeAndLetterFormsHalf() {
        // 20 错别字, 14 处字母正斜体大小写 (0.5 each), 1 处政治性差错 (3) in 200,000 → 30 → 1.5/10,000
        ProofErrorCount c = count(Map.of(ProofErrorKind.CHARACTER, 20, ProofErrorKind.LETTER, 14, ProofErrorKind.POLITICAL, 1), 200_000);
        assertThat(c.weighted()).isEqualTo(30.0);
        assertThat(c.passes()).isFalse();
    }

    @Test
    void punctuationNumbersAndFormatCountATenthUnitsAndFiguresOne() {
        ProofErrorCount c = count(Map.of(ProofErrorKind.PUNCTUATION, 30, ProofErrorKind.NUMBER, 20, ProofErrorKind.FORMAT, 10,
                ProofErrorKind.UNIT, 2, ProofErrorKind.FIGURE, 1, ProofErrorKind.TRADITIONAL, 2), 100_000);
        assertThat(c.weighted()).isEqualTo(3.0 + 2.0 + 1.0 + 2.0 + 1.0 + 1.0);
        assertThat(c.passes()).isTrue();
        // exactly 1/10,000 still passes; a tenth more fails
        assertThat(count(Map.of(ProofErrorKind.CHARACTER, 10), 100_000).passes()).isTrue();
        assertThat(count(Map.of(ProofErrorKind.CHARACTER, 10, ProofErrorKind.PUNCTUATION, 1), 100_000).passes()).isFalse();
    }
}
