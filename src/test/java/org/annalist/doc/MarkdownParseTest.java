package org.annalist.doc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annalist.doc.T.*;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownParseTest {

    private static List<Inline> firstParagraph(String markdown) {
        Block b = Markdown.parse(markdown).blocks().get(0);
        assertThat(b).isInstanceOf(Block.Paragraph.class);
        return ((Block.Paragraph) b).content();
    }

    @Test
    void softBreaksBetweenChineseLinesAreRemoved() {
        assertThat(firstParagraph("全区经济\n稳步增长，\n“十四五”开局良好。"))
                .containsExactly(t("全区经济稳步增长，“十四五”开局良好。"));
    }

    @Test
    void softBreaksBetweenLatinWordsBecomeSpaces() {
        assertThat(firstParagraph("GDP grew\nby 5%\n全年")).containsExactly(t("GDP grew by 5%全年"));
    }

    @Test
    void softBreakNextToMarkupLooksAtTheVisibleCharacters() {
        assertThat(firstParagraph("会议\n**决定**\nand *more*"))
                .containsExactly(t("会议"), strong(t("决定")), t("and "), em(t("more")));
        assertThat(firstParagraph("*more*\nwords")).containsExactly(em(t("more")), t(" words"));
    }

    @Test
    void leadingStrongBracketsMakeAnEntryTitle() {
        assertThat(firstParagraph("**【标题】** 正文")).containsExactly(entry(t("标题")), t("正文"));
        assertThat(firstParagraph("**【标题】**\n正文")).containsExactly(entry(t("标题")), t("正文"));
    }

    @Test
    void strongBracketsLaterInTheParagraphStayStrong() {
        assertThat(firstParagraph("正文 **【注】** 后")).containsExactly(t("正文 "), strong(t("【注】")), t(" 后"));
    }

    @Test
    void undefinedBracketsStayLiteral() {
        assertThat(firstParagraph("见[附件]和[a][b]、[x] {.y}")).containsExactly(t("见[附件]和[a][b]、[x] {.y}"));
        assertThat(firstParagraph("[*强调*]")).containsExactly(t("["), em(t("强调")), t("]"));
    }

    @Test
    void definedReferencesAreLinks() {
        assertThat(firstParagraph("见[网站]。\n\n[网站]: https://example.org"))
                .containsExactly(t("见"), link("https://example.org", t("网站")), t("。"));
    }

    @Test
    void bracketedSpans() {
        assertThat(firstParagraph("[乌当区政协]{.index}[区政协]{.index entry=\"乌当区政协\" reading=\"qū\"}"))
                .containsExactly(index("乌当区政协", null, null), index("区政协", "乌当区政协", "qū"));
        assertThat(firstParagraph("[下划线]{.underline}[x]{.cls key=\"v\" #id}"))
                .containsExactly(span("underline", "下划线"), span(attr(List.of("cls"), "key", "v", "id", "id"), t("x")));
    }

    @Test
    void indexClassWithOtherKeysIsAGenericSpan() {
        assertThat(firstParagraph("[词]{.index see=\"别处\"}"))
                .containsExactly(span(attr(List.of("index"), "see", "别处"), t("词")));
    }

    @Test
    void attributeBlockWithMarkupInsideIsReadFromTheSource() {
        assertThat(firstParagraph("[词]{.index entry=\"*a*\"} 后*文*"))
                .containsExactly(index("词", "*a*", null), t(" 后"), em(t("文")));
    }

    @Test
    void chineseNumberingWithoutSpaceIsAParagraph() {
        assertThat(Markdown.parse("1.坚持党的领导。\n\n2.加强建设。").blocks())
                .containsExactly(p("1.坚持党的领导。"), p("2.加强建设。"));
        assertThat(Markdown.write(doc(p("1.坚持党的领导。")))).isEqualTo("1.坚持党的领导。\n");
    }

    @Test
    void footnotesBecomeNotes() {
        assertThat(firstParagraph("正文[^a]。\n\n[^a]: 注一。\n\n    注二。"))
                .containsExactly(t("正文"), note(p("注一。"), p("注二。")), t("。"));
        assertThat(firstParagraph("正文[^missing]")).containsExactly(t("正文[^missing]"));
    }

    @Test
    void lonelyImageIsAFigure() {
        assertThat(Markdown.parse("![全景](attachment:12)").blocks()).containsExactly(figure("attachment:12", t("全景")));
        assertThat(Markdown.parse("![全景](attachment:12 \"通栏\")").blocks())
                .containsExactly(new Block.Figure("attachment:12", List.of(t("全景")), true));
        assertThat(Markdown.parse("![甲](a.png \"上\")\n\n![乙](b.png \"下\")\n\n![丙](c.png \"通栏上\")\n\n"
                + "![丁](d.png \"通栏下\")\n\n![戊](e.png \"摄于2022年\")").blocks()).containsExactly(
                new Block.Figure("a.png", List.of(t("甲")), false, Block.Figure.Place.TOP),
                new Block.Figure("b.png", List.of(t("乙")), false, Block.Figure.Place.BOTTOM),
                new Block.Figure("c.png", List.of(t("丙")), true, Block.Figure.Place.TOP),
                new Block.Figure("d.png", List.of(t("丁")), true, Block.Figure.Place.BOTTOM),
                figure("e.png", t("戊")));
        assertThat(firstParagraph("图![a](b)")).containsExactly(t("图"),
                span(attr(List.of("image"), "src", "b"), t("a")));
    }

    @Test
    void rowSpanMarksMayRepeatPerColumn() {
        Block table = Markdown.parse("| a || b |\n|---|---|---|\n| ^^ | ^^ | c |\n").blocks().get(0);
        assertThat(table).isEqualTo(table(aligns(3), 1, ins(), row(cell("a", 2, 2), cell("b")), row(cell("c"))));
    }

    @Test
    void rowSpanMarkInFirstRowIsText() {
        Block table = Markdown.parse("| ^^ |\n|---|\n").blocks().get(0);
        assertThat(table).isEqualTo(table(aligns(1), 1, ins(), row(cell("^^"))));
    }

    @Test
    void hardBreaksAndBrTags() {
        assertThat(firstParagraph("甲  \n乙\\\n丙<br/>丁")).containsExactly(t("甲"), br(), t("乙"), br(), t("丙"), br(), t("丁"));
    }

    @Test
    void textNodesAreMergedAndNeverEmpty() {
        assertThat(firstParagraph("a\\*b &amp; c")).containsExactly(t("a*b & c"));
    }

    @Test
    void pandocFancyListMarkersGiveTheListItsNumbering() {
        String md = "A.  甲\nB.  乙\n\n(iii) 三\n(iv) 四\n      a) 子\n      b) 丑\n\n(1) 一\n(2) 二\n";
        assertThat(Markdown.parse(md).blocks()).containsExactly(
                ordered(1, ListNumbering.Numeral.UPPER_ALPHA, ListNumbering.Delimiter.PERIOD, item(p("甲")), item(p("乙"))),
                ordered(3, ListNumbering.Numeral.LOWER_ROMAN, ListNumbering.Delimiter.PARENS, item(p("三")),
                        item(p("四"), ordered(1, ListNumbering.Numeral.LOWER_ALPHA, ListNumbering.Delimiter.PAREN,
                                item(p("子")), item(p("丑"))))),
                ordered(1, ListNumbering.Numeral.DECIMAL, ListNumbering.Delimiter.PARENS, item(p("一")), item(p("二"))));
        // pandoc's rule: a change of numbering opens a new list
        assertThat(Markdown.parse("1. 一\na. 甲\n").blocks()).containsExactly(ordered(1, item(p("一"))),
                ordered(1, ListNumbering.Numeral.LOWER_ALPHA, ListNumbering.Delimiter.PERIOD, item(p("甲"))));
    }

    @Test
    void fancyMarkersFlexmarkDoesNotTakeStayText() {
        // continuing a paragraph (only a list starting at 1 may interrupt one), inside code, after one space
        assertThat(Markdown.parse("前文\nb. 后文").blocks()).containsExactly(p("前文b. 后文"));
        assertThat(Markdown.parse("```\na. 代码\n```").blocks()).containsExactly(p("a. 代码"));
        assertThat(Markdown.parse("B. Russell").blocks()).containsExactly(p("B. Russell"));
        assertThat(Markdown.parse("a\\. 转义").blocks()).containsExactly(p("a. 转义"));
        // as with 1., a list that starts at a (or i, or (1)) may interrupt a paragraph
        assertThat(Markdown.parse("前文\na. 甲").blocks()).containsExactly(p("前文"),
                ordered(1, ListNumbering.Numeral.LOWER_ALPHA, ListNumbering.Delimiter.PERIOD, item(p("甲"))));
    }
}
