package org.annalist.doc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.doc.T.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Pending suggestions in the tree: listed, accepted and rejected everywhere they can stand. */
class SuggestionsTest {
    private static final String MD = """
            全区[共有]{.deletion author="张三" date="2024-05-01T10:00:00Z"}[辖**10**]{.insertion author="张三" date="2024-05-01T10:00:00Z"}个乡镇。

            [整段删去。]{.deletion author="李四"}

            | 项目 | 数量 |
            |---|---|
            | 学校 | [12]{.deletion author="李四"}[13]{.insertion author="李四"} |

            正文[^1]**[加粗的删除]{.deletion}**。

            [^1]: 注[补]{.insertion author="王五"}文。
            """;

    @Test
    void listsEverySuggestionWithAuthorDateAndText() {
        List<Suggestions.Suggestion> all = Suggestions.list(Markdown.parse(MD));
        assertThat(all).extracting(Suggestions.Suggestion::label, Suggestions.Suggestion::author, Suggestions.Suggestion::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("删除", "张三", "共有"),
                        org.assertj.core.groups.Tuple.tuple("插入", "张三", "辖10"),
                        org.assertj.core.groups.Tuple.tuple("删除", "李四", "整段删去。"),
                        org.assertj.core.groups.Tuple.tuple("删除", "李四", "12"),
                        org.assertj.core.groups.Tuple.tuple("插入", "李四", "13"),
                        org.assertj.core.groups.Tuple.tuple("插入", "王五", "补"),
                        org.assertj.core.groups.Tuple.tuple("删除", null, "加粗的删除"));
        assertThat(all.get(0).date()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void acceptingKeepsInsertionsAndDropsDeletionsAndEmptiedBlocks() {
        Document accepted = Suggestions.acceptAll(Markdown.parse(MD));
        assertThat(Suggestions.list(accepted)).isEmpty();
        assertThat(accepted.blocks()).hasSize(3);
        assertThat(accepted.blocks().get(0)).isEqualTo(p(t("全区辖"), strong(t("10")), t("个乡镇。")));
        assertThat(Blocks.plainText(accepted.blocks().get(1))).isEqualTo("项目\t数量\n学校\t13");
        assertThat(accepted.blocks().get(2)).isEqualTo(p(t("正文"), note(p("注补文。")), t("。")));
        assertThat(Markdown.parse(Markdown.write(accepted))).isEqualTo(accepted);
    }

    @Test
    void keptTextGetsBackItsUnderlineAndLink() {
        Document d = Markdown.parse("见[网站]{.insertion .underline author=\"张三\" link=\"https://x.cn\"}[旧址]{.deletion link=\"https://y.cn\"}。");
        assertThat(Suggestions.acceptAll(d)).isEqualTo(doc(p(t("见"), link("https://x.cn", span("underline", "网站")), t("。"))));
        assertThat(Suggestions.rejectAll(d)).isEqualTo(doc(p(t("见"), link("https://y.cn", t("旧址")), t("。"))));
        assertThat(Suggestions.list(d)).extracting(Suggestions.Suggestion::text).containsExactly("网站", "旧址");
    }

    @Test
    void rejectingRestoresDeletionsAndDropsInsertions() {
        Document rejected = Suggestions.rejectAll(Markdown.parse(MD));
        assertThat(Suggestions.count(rejected.blocks())).isZero();
        assertThat(rejected.blocks()).hasSize(4);
        assertThat(rejected.blocks().get(0)).isEqualTo(p("全区共有个乡镇。"));
        assertThat(rejected.blocks().get(1)).isEqualTo(p("整段删去。"));
        assertThat(Blocks.plainText(rejected.blocks().get(2))).isEqualTo("项目\t数量\n学校\t12");
        assertThat(rejected.blocks().get(3)).isEqualTo(p(t("正文"), note(p("注文。")), strong(t("加粗的删除")), t("。")));
    }

    @Test
    void aPictureKeepsItsPlaceWhenSuggestionsAreResolved() {
        Document doc = Markdown.parse("正文[新]{.insertion author=\"甲\" date=\"2024-03-01T10:00:00Z\"}。\n\n![图注](图.jpg \"下\")\n");
        Block.Figure before = (Block.Figure) doc.blocks().get(1);
        assertThat(before.place()).isEqualTo(Block.Figure.Place.BOTTOM);
        assertThat(((Block.Figure) Suggestions.acceptAll(doc).blocks().get(1)).place()).isEqualTo(Block.Figure.Place.BOTTOM);
        assertThat(((Block.Figure) Suggestions.rejectAll(doc).blocks().get(1)).place()).isEqualTo(Block.Figure.Place.BOTTOM);
    }
}
