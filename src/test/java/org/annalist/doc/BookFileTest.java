package org.annalist.doc;

import static org.annalist.doc.T.p;
import static org.annalist.doc.T.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The book file's parts of the dialect (issue 11, item 1): the {@code %} title block goes to {@link Meta}, and the
 * article-head paragraphs ({@code .title}, {@code .subtitle}, {@code .byline}) are read as typed {@link
 * Block.ArticleHead}s and written back exactly as they were.
 */
class BookFileTest {
    private static final String BOOK = """
            % 示范年鉴 2022

            # 政治

            [用实干实绩书写新时代履职答卷]{.title level="3"}

            [——乌当区政协2022年工作综述]{.subtitle}

            [区政协办公室　张三]{.byline}

            #### 一、坚持党的领导

            正文。

            [无层级篇名]{.title}
            """;

    @Test
    void titleBlockAndArticleHeadsAreTyped() {
        Document doc = Markdown.parse(BOOK);
        assertThat(doc.meta().title()).isEqualTo("示范年鉴 2022");
        assertThat(doc.meta().subtitle()).isEmpty();
        assertThat(doc.blocks()).containsExactly(
                new Block.Heading(1, List.of(t("政治"))),
                Block.ArticleHead.title(3, List.of(t("用实干实绩书写新时代履职答卷"))),
                Block.ArticleHead.subtitle(List.of(t("——乌当区政协2022年工作综述"))),
                Block.ArticleHead.byline(List.of(t("区政协办公室　张三"))),
                new Block.Heading(4, List.of(t("一、坚持党的领导"))),
                p("正文。"),
                Block.ArticleHead.title(0, List.of(t("无层级篇名"))));
        assertThat(Markdown.write(doc)).isEqualTo(BOOK);
        assertThat(TreeDump.dump(doc)).startsWith("Document\n  Meta\n    title \"示范年鉴 2022\"\n  Heading 1\n")
                .contains("  ArticleHead title level=3\n    Text \"用实干实绩书写新时代履职答卷\"\n")
                .contains("  ArticleHead subtitle\n").contains("  ArticleHead byline\n").contains("  ArticleHead title\n");
    }

    @Test
    void aSecondPercentLineIsTheSubtitle() {
        Document doc = Markdown.parse("% 乌当文史\n% 第三辑\n\n正文\n");
        assertThat(doc.meta().title()).isEqualTo("乌当文史");
        assertThat(doc.meta().subtitle()).isEqualTo("第三辑");
        assertThat(doc.blocks()).containsExactly(p("正文"));
        assertThat(Markdown.write(doc)).isEqualTo("% 乌当文史\n% 第三辑\n\n正文\n");
        assertThat(Markdown.parseParallel("% 乌当文史\n% 第三辑\n\n正文\n")).isEqualTo(doc);
    }

    @Test
    void aBodyThatOpensWithPercentIsNotATitle() {
        Document doc = Document.of(p("% 的增长"), p("正文"));
        String md = Markdown.write(doc);
        assertThat(md).startsWith("\\%");
        assertThat(Markdown.parse(md)).isEqualTo(doc);
        // an item's body has no title block: an old body's "% " line stays text
        assertThat(Markdown.parseBody("% 的增长\n\n正文\n")).isEqualTo(doc);
        Document titled = new Document(Meta.titled("书"), List.of(p("% 的增长")));
        assertThat(Markdown.parse(Markdown.write(titled))).isEqualTo(titled);
    }

    @Test
    void spansThatAreNotExactlyAHeadStayParagraphs() {
        for (String md : List.of("[甲]{.title level=\"9\"}", "[甲]{.title .x}", "[甲]{.subtitle a=\"1\"}", "[甲]{.byline} 乙",
                "[甲]{.title level=\"2\" x=\"1\"}")) {
            Document doc = Markdown.parse(md);
            assertThat(doc.blocks()).as(md).hasSize(1).allMatch(b -> b instanceof Block.Paragraph);
            assertThat(Markdown.parse(Markdown.write(doc))).as(md).isEqualTo(doc);
        }
        Document doc = Markdown.parse("[*强调*的篇名]{.title level=\"2\"}");
        assertThat(doc.blocks().get(0)).isEqualTo(Block.ArticleHead.title(2, List.of(new Inline.Emph(List.of(t("强调"))), t("的篇名"))));
    }

    @Test
    void blockAttrsAndIdsAreInTheTreeAndItsDump() {
        Block h = new Block.Heading(1, List.of(t("政治")), Attr.ofId("section-2"));
        Block q = new Block.Paragraph(List.of(t("正文")), new Attr("item-3", List.of("x"), Map.of("k", "v")));
        assertThat(TreeDump.dump(Document.of(h, q)))
                .isEqualTo("Document\n  Heading 1 #section-2\n    Text \"政治\"\n  Paragraph #item-3 .x k=\"v\"\n    Text \"正文\"\n");
        assertThat(new Block.Paragraph(List.of(t("a")))).isEqualTo(new Block.Paragraph(List.of(t("a")), Attr.EMPTY));
        assertThat(Blocks.plainText(Block.ArticleHead.byline(List.of(t("张三"))))).isEqualTo("张三");
    }

    @Test
    void aParagraphsAttributesStandOnALineAfterItsText() {
        Attr style = Attr.of(Attr.CUSTOM_STYLE, "公文正文");
        Document doc = Document.of(new Block.Paragraph(List.of(t("甲"), new Inline.Emph(List.of(t("乙")))), style),
                new Block.Paragraph(List.of(new Inline.EntryTitle(List.of(t("概况"))), t("正文")), new Attr(List.of("x"), Map.of())),
                new Block.BlockQuote(List.of(new Block.Paragraph(List.of(t("引文")), style))),
                new Block.BulletList(List.of(List.of(new Block.Paragraph(List.of(t("项")), style)))),
                new Block.Paragraph(List.of(new Inline.Span(Attr.ofClass("title"), List.of(t("不是篇名")))), style),
                p("{.class}"), p("正文{custom-style=\"x\"}"));
        String md = Markdown.write(doc);
        assertThat(md).startsWith("甲*乙*\n{custom-style=\"公文正文\"}\n\n**【概况】** 正文\n{.x}\n\n> 引文\n> {custom-style=");
        assertThat(Markdown.parse(md)).isEqualTo(doc);
        assertThat(TreeDump.dump(Markdown.parse(md))).contains("Paragraph custom-style=\"公文正文\"\n");
        // the block's id is not part of the file
        Document withId = Document.of(new Block.Paragraph(List.of(t("甲")), new Attr("item-3", List.of(), Map.of(Attr.CUSTOM_STYLE, "x"))));
        assertThat(Markdown.parse(Markdown.write(withId))).isEqualTo(Document.of(new Block.Paragraph(List.of(t("甲")), Attr.of(Attr.CUSTOM_STYLE, "x"))));
        // a line that is not a whole attribute block stays text
        assertThat(Markdown.parse("甲\n{custom-style=\"x\"} 乙").blocks()).containsExactly(p("甲{custom-style=\"x\"} 乙"));
    }
}
