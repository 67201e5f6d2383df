package org.annalist.doc;

import java.util.List;

import static org.annalist.doc.T.*;

/**
 * Hand-built trees that must survive tree → Markdown → tree unchanged. To cover a new construct or a bug,
 * add a case here; every test over the corpus picks it up.
 */
final class Corpus {
    record Case(String name, Document document) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    static Case c(String name, Block... blocks) {
        return new Case(name, Document.of(blocks));
    }

    static List<Case> cases() {
        return List.of(
                c("empty document"),
                c("headings", h(1, t("一、坚持党的领导")), h(2, t("（一）加强思想建设")), h(6, t("level 6"))),
                c("heading with markup and trailing hash", h(3, em(t("强调")), t("标题 #"))),
                c("heading that looks like a list", h(2, t("1. 总述"))),
                c("paragraphs", p("第一段。"), p("第二段，含English words与数字2022。")),
                c("emphasis kinds", p(t("普通"), em(t("强调")), t("和"), strong(t("加粗")), t("，m"), sup(t("2")),
                        t("，H"), sub(t("2")), t("O。"))),
                c("nested emphasis", p(strong(t("党的"), em(t("二十大")), t("精神")), t("全面贯彻"))),
                c("emphasis inside emphasis", p(em(t("外"), strong(t("内")), t("外")))),
                c("emphasis starting with emphasis", p(strong(em(t("斜")), t("粗")))),
                c("adjacent emphasis", p(em(t("甲")), em(t("乙")), strong(t("丙")), strong(t("丁")))),
                c("strong around quotes before han", p(strong(t("“两会”")), t("期间召开。"))),
                c("emphasis with edge spaces", p(t("a"), em(t(" b ")), t("c"))),
                c("emphasis ending in punctuation before letter", p(em(t("注意！")), t("下文"))),
                c("superscript of symbol", p(t("面积100"), sup(t("2")), t("km，温度25"), sup(t("℃")), t("度"))),
                c("entry title", p(entry(t("乌当区政协十届一次会议")), t(" 1月6日召开。"))),
                c("entry title with markup", p(entry(t("概"), em(t("况"))), t("全区辖"), strong(t("10")), t("个乡镇。"))),
                c("entry title alone", p(entry(t("大事记")))),
                c("entry title followed by space", p(entry(t("标题")), t("  两个空格"))),
                c("strong with brackets at paragraph start is not a title", p(strong(t("【注】")), t("正文"))),
                c("entry title not at start", p(t("前文"), entry(t("标题")), t("后文"))),
                c("index terms", p(t("会议由"), index("乌当区政协", null, null), t("主办，"),
                        index("区政协", "乌当区政协", null), t("与"), index("曲靖", null, "qǔjìng"),
                        t("、"), index("区委", "中共乌当区委", "qū wěi"), t("。"))),
                c("index term with quotes in entry", p(index("文", "a \"quoted\" [x] *y* \\z {w}", null))),
                c("spans", p(span("underline", "下划线"), t("与"),
                        span(attr(List.of("style", "big"), "font", "楷体", "size", "12"), t("自定义"), em(t("样式"))),
                        t("和"), span(attr(List.of(), "lang", "en"), t("English")))),
                c("span with empty attributes", p(span(Attr.EMPTY, t("无属性")))),
                c("tracked changes", p(t("全区"), Suggestions.span(Suggestions.Kind.DELETION, "张三", "2024-05-01T10:00:00Z", null,
                                List.of(t("共有"))), Suggestions.span(Suggestions.Kind.INSERTION, "张三", "2024-05-01T10:00:00Z", null,
                                List.of(t("辖"), strong(t("10")))), t("个乡镇。"))),
                c("tracked move and change in a note", p(Suggestions.span(Suggestions.Kind.DELETION, "李四", null, "move1",
                                List.of(t("移走的话。"))), t("正文"), note(p(t("注"), Suggestions.span(Suggestions.Kind.INSERTION,
                                null, null, null, List.of(t("补"))))), Suggestions.span(Suggestions.Kind.INSERTION, "李四", null,
                                "move1", List.of(t("移走的话。"))))),
                c("tracked insertion of an underlined link", p(t("见"), Suggestions.span(Suggestions.Kind.INSERTION, "张三", null, null,
                                List.of("underline"), "https://www.example.gov.cn/?a=1&b=[2]", List.of(strong(t("网站")))), t("。"))),
                c("tracked deletion with brackets and quotes", p(Suggestions.span(Suggestions.Kind.DELETION, "王 \"五\" [x]",
                                "2024-05-01", null, List.of(t("【旧】*星*"))))),
                c("links", p(t("见"), link("https://www.example.gov.cn/a?b=1&c=(2)", t("政府网站")), t("和"),
                        link("http://x.org/a b", t("有空格")), t("，"), link("", t("空链接")))),
                c("line breaks", p(t("第一行"), br(), t("第二行"), br(), t("  缩进的第三行"))),
                c("line break at end", p(t("末尾换行"), br())),
                c("two line breaks", p(t("甲"), br(), br(), t("乙"))),
                c("line break before block syntax", p(t("甲"), br(), t("# 不是标题"), br(), t("- 不是列表"), br(),
                        t("1. 不是编号"), br(), t("> 不是引文"), br(), t("==="))),
                c("footnotes", p(t("正文"), note(p("脚注一。")), t("继续"), note(p("第一段。"), p("第二段。")), t("。")),
                        p(t("第二段"), note(p(t("含"), em(t("强调")), t("的注"))))),
                c("footnotes and endnotes", p(t("甲"), new Inline.Note(List.of(p("尾注一。")), true), t("乙"), note(p("脚注。")),
                        t("丙"), new Inline.Note(List.of(p("尾注二。"), p("第二段。")), true))),
                c("footnote with list and quote", p(t("x"), note(p("说明："), bullets(item(p("甲")), item(p("乙")))))),
                c("note inside a note", p(t("外"), note(p(t("注"), note(p("注中注")))))),
                c("figure", figure("attachment:12", t("乌当区全景（"), em(t("摄影")), t("：张三）"))),
                c("figure without caption", figure("attachment:7")),
                c("figure with odd source", figure("file:my photo (1).jpg", t("图"))),
                c("spanning figure", new Block.Figure("attachment:3", List.of(t("全景")), true)),
                c("figures placed", new Block.Figure("attachment:4", List.of(t("上")), false, Block.Figure.Place.TOP),
                        new Block.Figure("attachment:5", List.of(t("下")), false, Block.Figure.Place.BOTTOM),
                        new Block.Figure("attachment:6", List.of(t("通栏下")), true, Block.Figure.Place.BOTTOM)),
                c("bullet list", bullets(item(p("甲")), item(p("乙")), item(p("丙")))),
                c("ordered list from 4", ordered(4, item(p("第四")), item(p("第五")))),
                c("loose lists", ordered(1, item(p("一"), p("一续")), item(p("二"))),
                        bullets(item(p("a"), bullets(item(p("a1")), item(p("a2")))), item(p("b")))),
                c("adjacent lists", bullets(item(p("x"))), bullets(item(p("y"))), bullets(item(p("z"))),
                        ordered(1, item(p("1"))), ordered(2, item(p("2")))),
                c("list item with line break", bullets(item(p(t("甲"), br(), t("乙"))))),
                c("block quotes", quote(p("引文第一段。"), p("第二段。")), quote(quote(p("嵌套"))), p("正文")),
                c("rule", p("上"), rule(), p("下")),
                c("escaping ascii", p("a*b*c _d_ `e` [x] <tag> a|b 2^3^ x~y~ \\ back ![not image] {brace}")),
                c("escaping at line start", p("# 不是标题"), p("1. 不是列表"), p("2) 也不是"), p("- 不是列表"),
                        p("+ 不是列表"), p("> 不是引文"), p("* 不是列表"), p("= 等号"), p("1."), p("123456789. 大数")),
                c("chinese numbering stays a paragraph", p("1.坚持党的领导。"), p("2.加强自身建设。")),
                c("mixed punctuation", p("他说：“好！”（见第3页）；又说:\"ok\"(p.3)、【注】《年鉴》——完……")),
                c("percent and tilde", p("2022年5%~95%，约1~2倍")),
                c("entities and ampersands", p("A&B &amp; &#32; &copy; R&D")),
                c("leading and trailing spaces", p("  两端有空格  "), p(" x")),
                c("full-width spaces", p("　　首行缩进的段落　")),
                c("tabs and newlines in text", p("a\tb\nc")),
                c("bang before link", p(t("注意!"), link("u", t("链接")), t("!"), span("x", "y"))),
                c("brace after link-like", p(index("词", null, null), t("{not attr}"), note(p("n")), t("(not link)"))),
                c("colon after note", p(note(p("n")), t(": 冒号"))),
                c("literal caret pair", p("^^")),
                c("simple table", table(List.of(Block.Align.LEFT, Block.Align.CENTER, Block.Align.RIGHT), 1,
                        ins(t("表1 "), em(t("2022年")), t("主要指标")),
                        row(cell("指标"), cell("单位"), cell("数值")),
                        row(cell("地区生产总值"), cell("亿元"), cell("356.2")),
                        row(cell("增长"), cell("%"), cell("5.1")))),
                c("table with colspan", table(aligns(3), 1, ins(),
                        row(cell("项目", 2, 1), cell("合计")),
                        row(cell("a"), cell("b", 2, 1)),
                        row(cell("c"), cell("d"), cell("e")))),
                c("table with rowspan", table(aligns(3), 1, ins(),
                        row(cell("类别"), cell("名称"), cell("数量")),
                        row(cell("工业", 1, 3), cell("钢"), cell("1")),
                        row(cell("铁"), cell("2")),
                        row(cell("铜"), cell("3")),
                        row(cell("农业"), cell("粮"), cell("4")))),
                c("table with both spans and two header rows", table(aligns(4), 2, ins(t("表2 合并单元格")),
                        row(cell("地区", 1, 2), cell("2021年", 2, 1), cell("备注", 1, 2)),
                        row(cell("上半年"), cell("下半年")),
                        row(cell("甲", 2, 2), cell("1"), cell("")),
                        row(cell("2"), cell("x")),
                        row(cell("乙"), cell("3"), cell("4"), cell("y")))),
                c("table without header", table(aligns(2), 0, ins(), row(cell("a"), cell("b")), row(cell("c"), cell("d")))),
                c("table cells needing care", table(aligns(2), 1, ins(),
                        row(cell("a|b"), cell("^^")),
                        row(cell(t("第一行"), br(), t("第二行")), cell("")),
                        row(cell(" 空格 "), cell(t("含"), note(p("表注")))),
                        row(cell(strong(t("粗")), t("体")), cell(index("词", "条目", null))))),
                c("table with empty cells and caption brackets", table(aligns(2), 1, ins(t("[表] 说明")),
                        row(cell(""), cell("")), row(cell("", 2, 1)))),
                c("table followed by paragraph", table(aligns(1), 1, ins(), row(cell("a")), row(cell("b"))), p("[不是标题]")),
                c("backslash before line break", p(t("路径C:\\"), br(), t("下一行!"), note(p("注")))),
                c("quote with list and heading", quote(h(2, t("引")), bullets(item(p("甲")), item(p("乙"))))),
                c("full-width tilde and brackets", p("约1～2倍，【注】〔2022〕3号")),
                c("yearbook entry", h(1, t("政协工作")),
                        p(entry(t("概况")), t("2022年，"), index("乌当区政协", null, null), t("围绕中心、服务大局，"
                                + "全年召开常委会议6次"), note(p("数据来源：区政协办公室。")), t("。")),
                        p(entry(t("重要会议")), t("1月6—8日，政协第十届委员会第一次会议召开。")))
        );
    }
}
