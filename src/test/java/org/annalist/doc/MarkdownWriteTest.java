package org.annalist.doc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.doc.T.*;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownWriteTest {

    @Test
    void entryTitleIsWrittenInBracketsWithASpace() {
        assertThat(Markdown.write(doc(p(entry(t("概况")), t("全区辖10个乡镇。")))))
                .isEqualTo("**【概况】** 全区辖10个乡镇。\n");
    }

    @Test
    void blocksAreSeparatedByOneBlankLine() {
        assertThat(Markdown.write(doc(h(1, t("一、总述")), p("甲"), quote(p("乙")), rule())))
                .isEqualTo("# 一、总述\n\n甲\n\n> 乙\n\n---\n");
    }

    @Test
    void notesAreNumberedAndDefinedAtTheEnd() {
        assertThat(Markdown.write(doc(p(t("甲"), note(p("注甲"))), p(t("乙"), note(p("一"), p("二"))))))
                .isEqualTo("甲[^1]\n\n乙[^2]\n\n[^1]: 注甲\n\n[^2]: 一\n\n    二\n");
    }

    @Test
    void tableSpansUseExtraPipesAndCarets() {
        Block.Table t = table(List.of(Block.Align.LEFT, Block.Align.RIGHT), 1, ins(t("表1 说明")),
                row(cell("甲", 1, 2), cell("乙")), row(cell("丙")), row(cell("丁", 2, 1)));
        assertThat(Markdown.write(doc(t))).isEqualTo("""
                | 甲 | 乙 |
                |:--|--:|
                | ^^ | 丙 |
                | 丁 ||
                [表1 说明]
                """);
    }

    @Test
    void delimitersThatWouldNotBeRecognisedFallBackToSpans() {
        assertThat(Markdown.write(doc(p(strong(t("“两会”")), t("期间"))))).isEqualTo("[“两会”]{.strong}期间\n");
        // 他**“两会”** would not open: a letter before, punctuation after the delimiter.
        assertThat(Markdown.write(doc(p(t("他"), strong(t("“两会”")), t("，"))))).isEqualTo("他[“两会”]{.strong}，\n");
        assertThat(Markdown.write(doc(p(t("他说："), strong(t("“两会”")), t("，"))))).isEqualTo("他说：**“两会”**，\n");
    }

    @Test
    void invalidClassNamesAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Markdown.write(doc(p(span("a b", "x")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
