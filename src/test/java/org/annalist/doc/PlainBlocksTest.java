package org.annalist.doc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path of {@link Markdown#parse} (plain lines read without flexmark) gives exactly the tree flexmark
 * gives: on the round-trip corpus, on lines made to look plain but not be, and on random books put together
 * from plain and marked-up pieces.
 */
class PlainBlocksTest {

    static List<Corpus.Case> corpus() {
        return Corpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusReadsAsFlexmarkReadsIt(Corpus.Case c) {
        String md = Markdown.write(c.document());
        assertThat(Markdown.parse(md)).isEqualTo(Markdown.flexmark(md));
        assertThat(SourceTrace.of(Markdown.parse(md))).isEqualTo(SourceTrace.of(Markdown.flexmark(md)));
        SourceTrace.assertPointsAtItsCharacters(md, 0, Markdown.parse(md));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1. 列表\n\n正文", "1) 列表", "2022.", "2022. 年", "2022.5亿元", "123456789. 项", "1234567890. 项",
            "- 甲\n\n  续\n\n正文", "+ 甲", "* 甲", "> 引用\n\n正文", "> 引用\n正文",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n正文", "正文 | 竖线", "**【条目】**正文", "**【条目】** 正文 ", "**【条目】**",
            "**【】** 正文", "**【条目】**  两个空格", "**【条*目】** 正文", "**【条目】** 正*文*", "**【甲】乙】** 丙",
            "# 标题 #", "# 标题", "#标题", "####### 七级", "###### 六级", "#  两空格", "# ", "#",
            " 前导空格", "\u3000全角空格开头", "正文\u3000", "正文 ", "\t制表", "正文\t", "a\tb",
            "<div>\n\n正文\n</div>", "<div>\n正文\n\n正文二", "http://example.com 地址", "见 www.example.com", "邮件 a@b.cn",
            "a_b_c", "标题\n===", "标题\n---", "正文\n\n---\n\n正文", "正文\n\n***\n\n正文", "正文\\", "正文&amp;",
            "正文&#32;", "正文\u0000", "\uFEFF正文", "= 等号", "甲\n乙\n\n丙", "甲\n\n\n\n乙", "\n\n甲\n\n", "甲\r\n\r\n乙", "# 标题\r\n\r\n**【条目】** 正文\r\n\r\n正文二\r\n", "甲\r\n \r\n乙", "甲\r\r\n\r\n乙", "甲\r\n乙\r\n",
            "    缩进代码\n\n正文", "正文\n\n    缩进代码", "[链接](http://a.cn)\n\n正文", "![图](a.png)\n\n正文",
            "![图](a.png \"通栏\")", "正文^上标^", "H~2~O", "~~删除~~", "{.class}", "正文 :: 冒号", "时间:2022年",
            "a  \nb", "% 书名\n\n# 类目\n\n正文"})
    void linesThatLookPlainReadAsFlexmarkReadsThem(String md) {
        // the body as parse reads it after any title block ("% 书名", which flexmark alone reads as text)
        assertThat(Markdown.parseBody(md)).as(md).isEqualTo(Markdown.flexmark(md));
    }

    @Test
    void textsWithBlocksThatReachAcrossBlankLinesGoToFlexmarkWhole() {
        for (String md : List.of("```\n甲\n\n乙\n```", "~~~\n甲\n\n乙\n~~~", "<!--\n甲\n\n乙\n-->", "<pre>\n甲\n\n乙\n</pre>",
                "<SCRIPT>\n甲\n\n乙\n</SCRIPT>", "甲[^1]\n\n[^1]: 注\n\n    续", "[甲]\n\n[甲]: http://a.cn", "<?php\n\n?>")) {
            assertThat(PlainBlocks.splittable(md)).as(md).isFalse();
            assertThat(Markdown.parse(md)).as(md).isEqualTo(Markdown.flexmark(md));
        }
        assertThat(PlainBlocks.splittable("# 类目\n\n正文 < 3 且 a > b")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a]: x", "   [a]: x", "    [a]: x", "甲\n[a]: x", "甲\n  [a]:", "甲[a]: x", "[]: x", "[a]:",
            "[a] : x", "[a\nb]: x", "\n[^1]: 注", "[a]", "]: [", "[", "", " \n [a]:"})
    void referenceDefinitionsAreFoundAsTheRegexFindsThem(String md) {
        boolean regex = java.util.regex.Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:").matcher(md).find();
        assertThat(PlainBlocks.hasReferenceDefinition(md)).as(md).isEqualTo(regex);
    }

    @Test
    void plainLinesAreReadWithoutFlexmark() {
        List<String> pieces = new ArrayList<>();
        List<Block> blocks = PlainBlocks.read("# 类目\n\n## 分目\n\n**【条目】** 正文。\n\n| a |\n|---|\n| 1 |\n\n正文二。\n", 0,
                (piece, keys) -> {
                    pieces.add(piece);
                    return Markdown.flexmark(piece, keys).blocks();
                });
        assertThat(pieces).containsExactly("| a |\n|---|\n| 1 |\n\n");
        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(2)).isEqualTo(new Block.Paragraph(List.of(
                new Inline.EntryTitle(List.of(new Inline.Text("条目"))), new Inline.Text("正文。"))));
    }

    @Test
    void windowsLineEndsAreReadWithoutFlexmarkToo() {
        List<String> pieces = new ArrayList<>();
        String md = "# 类目\r\n\r\n**【条目】** 正文。\r\n\r\n| a |\r\n|---|\r\n| 1 |\r\n\r\n正文二。\r\n";
        List<Block> blocks = PlainBlocks.read(md, 0, (piece, keys) -> {
            pieces.add(piece);
            return Markdown.flexmark(piece, keys).blocks();
        });
        assertThat(pieces).containsExactly("| a |\r\n|---|\r\n| 1 |\r\n\r\n");
        assertThat(blocks).isEqualTo(Markdown.flexmark(md).blocks());
    }

    /** Random books from pieces that are plain, nearly plain and marked up, joined by one or more line ends. */
    @Test
    void randomBooksReadAsFlexmarkReadsThem() {
        String[] pieces = {
                "正文一段，含数字2022与English words。", "政协工作:协商成果转化。", "# 类目", "## 分目1.1", "### 子目",
                "**【条目】** 抓好县政协门户网站建设。", "**【条目】**紧接正文", "**加粗**开头", "*强调*", "1. 列表项", "2) 列表项",
                "- 无序", "  缩进续行", "    代码", "> 引用", "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |", "[注释]{.index}词", "文[^1]",
                "![图注](a.png)", "<div>", "</div>", "---", "===", "标题 #", "\u3000全角开头", "尾空格 ", "a_b", "x^2^", "H~2~O",
                "[链接](http://a.cn)", "&amp;", "\\*转义", "www.a.cn", "2022.", "2022. 年", "", "", "",
        };
        Random random = new Random(20261122);
        for (int book = 0; book < 400; book++) {
            StringBuilder md = new StringBuilder();
            int lines = 1 + random.nextInt(25);
            for (int i = 0; i < lines; i++) {
                md.append(pieces[random.nextInt(pieces.length)]);
                String eol = book % 3 == 0 ? "\r\n" : "\n";
                md.append(random.nextInt(3) == 0 ? eol : eol + eol);
            }
            String text = md.toString();
            if (!PlainBlocks.splittable(text)) continue;
            assertThat(Markdown.parse(text)).as(text).isEqualTo(Markdown.flexmark(text));
            // and each character is traced to the same place in the text by both
            assertThat(SourceTrace.of(Markdown.parse(text, 1000))).as(text).isEqualTo(SourceTrace.of(Markdown.flexmark(text, o -> 1000 + o)));
            SourceTrace.assertPointsAtItsCharacters(text, 1000, Markdown.parse(text, 1000));
        }
    }
}
