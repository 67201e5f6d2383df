package org.annalist.ui.checks;

import org.annalist.model.ProofErrorCount;
import org.annalist.model.ProofErrorKind;
import org.annalist.model.ProofStage;
import org.annalist.ui.common.I18n;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the 差错率 form says of a round's record: the sum written out, in both languages. */
class ProofErrorsFormTest {
    private static ProofErrorCount record(Map<ProofErrorKind, Integer> counts, int pages) {
        return new ProofErrorCount(1, 1, ProofStage.SECOND_PROOF, counts, ProofErrorCount.Source.EDITOR, "nianjian-16k", 50, 44, pages,
                null, "丁");
    }

    @Test
    void theComputationWrittenOut() {
        try {
            I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(ProofErrorsForm.describe(record(Map.of(ProofErrorKind.CHARACTER, 1, ProofErrorKind.PUNCTUATION, 2), 10)))
                    .isEqualTo("二校：差错 1.2（文字差错 1、标点符号 2）÷ 版面字数 22,000（50 字/行 × 44 行/页 × 10 页）= 万分之 0.55，合格");
            assertThat(ProofErrorsForm.describe(record(Map.of(ProofErrorKind.KNOWLEDGE, 2), 4)))
                    .endsWith("= 万分之 4.55，不合格（超过万分之一）");
            I18n.use(java.util.Locale.ENGLISH);
            assertThat(ProofErrorsForm.describe(record(Map.of(), 10))).isEqualTo(
                    "二校: errors 0 (—) ÷ 版面字数 22,000 (50 characters/line × 44 lines/page × 10 pages) = 0.00 per 10,000: passes");
        } finally {
            I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        }
    }
}
