package org.annalist.check;

import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.annalist.service.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule with texts it must find something in and texts it must leave alone, many from the seeds; findings
 * placed in the Markdown through the source map, never in markup, URLs, e-mail addresses, code or Latin sentences.
 */
class CheckerTest {

    private static List<Finding> find(String md, Rule rule) {
        return find(md, rule, CheckContext.defaults());
    }

    private static List<Finding> find(String md, Rule rule, CheckContext context) {
        List<Finding> all = Checker.check(7, md, context.withSettings(context.settings().only(rule)));
        for (Finding f : all) {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(md.substring(f.start(), f.end())).as("the finding's text is the source's").isEqualTo(f.text());
            assertThat(f.itemId()).isEqualTo(7);
        }
        return all;
    }

    /** The text with the rule's fixes made (as accepting every one would). */
    private static String fixed(String md, Rule rule) {
        return fixed(md, rule, CheckContext.defaults());
    }

    private static String fixed(String md, Rule rule, CheckContext context) {
        List<Finding> fs = new ArrayList<>(find(md, rule, context).stream().filter(Finding::hasFix).toList());
        fs.sort(Comparator.comparingInt(Finding::start).reversed());
        StringBuilder sb = new StringBuilder(md);
        int limit = Integer.MAX_VALUE;
        for (Finding f : fs) {
            if (f.end() > limit) continue;
            sb.replace(f.start(), f.end(), f.replacement());
            limit = f.start();
        }
        return sb.toString();
    }

    private static void none(Rule rule, String... texts) {
        for (String t : texts) assertThat(find(t, rule)).as(t).isEmpty();
    }

    @Test
    void halfWidthPunctuationInChineseText() {
        assertThat(fixed("2024年是新中国成立75周年,是人民政协成立75周年,是实现“十四五”规划目标任务的关键一年。", Rule.HALF_WIDTH_PUNCTUATION))
                .isEqualTo("2024年是新中国成立75周年，是人民政协成立75周年，是实现“十四五”规划目标任务的关键一年。");
        assertThat(fixed("总体要求是:高举旗帜;团结奋斗!你来了吗?好的.", Rule.HALF_WIDTH_PUNCTUATION))
                .isEqualTo("总体要求是：高举旗帜；团结奋斗！你来了吗？好的。");
        assertThat(fixed("09:03 来源: 本站原创", Rule.HALF_WIDTH_PUNCTUATION)).isEqualTo("09:03 来源：本站原创");
        assertThat(fixed("把政协工作纳入镇(街道)工作内容", Rule.HALF_WIDTH_PUNCTUATION)).isEqualTo("把政协工作纳入镇（街道）工作内容");
        assertThat(fixed("编写《南江文史(2024)》", Rule.HALF_WIDTH_PUNCTUATION)).isEqualTo("编写《南江文史（2024）》");
        assertThat(find("2024年是新中国成立75周年,是", Rule.HALF_WIDTH_PUNCTUATION).get(0).severity()).isEqualTo(Severity.ERROR);
        none(Rule.HALF_WIDTH_PUNCTUATION, "共1,234,567元", "上午10:30开会", "GDP grew by 5.2%, the fastest in years.",
                "版本为3.5版", "函数f(x)的值", "见 `a,b;c` 代码", "英文 (see below) 注释也一样 hello, world and more");
    }

    @Test
    void straightQuotesArePairedIntoCurlyOnes() {
        assertThat(fixed("全面建成小康社会和\"十三五\"规划收官之年", Rule.HALF_WIDTH_PUNCTUATION))
                .isEqualTo("全面建成小康社会和“十三五”规划收官之年");
        assertThat(fixed("他说:\"我读了'两会'报告\"。", Rule.HALF_WIDTH_PUNCTUATION))
                .isEqualTo("他说：“我读了‘两会’报告”。");
        assertThat(fixed("开展“两会\"期间的\"回头看\"活动", Rule.HALF_WIDTH_PUNCTUATION))
                .isEqualTo("开展“两会”期间的“回头看”活动");
        none(Rule.HALF_WIDTH_PUNCTUATION, "He said \"don't\" and left, as they all did.", "“两会”期间");
    }

    @Test
    void unpairedAndWronglyNestedMarks() {
        assertThat(find("开展“两会期间的活动。", Rule.UNPAIRED)).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("“");
            assertThat(f.hasFix()).isFalse();
        });
        assertThat(find("开展两会》期间的活动。", Rule.UNPAIRED)).hasSize(1);
        assertThat(find("甲（乙“丙）丁”。", Rule.UNPAIRED)).isNotEmpty();
        assertThat(fixed("学习《关于《民法典》的决定》。", Rule.UNPAIRED)).isEqualTo("学习《关于〈民法典〉的决定》。");
        assertThat(fixed("所谓”两会”，是指", Rule.UNPAIRED)).isEqualTo("所谓“两会”，是指");
        // a quotation over paragraphs: each paragraph opens, only the last one closes
        none(Rule.UNPAIRED, "“第一段。\n\n“第二段。”", "学习《关于〈民法典〉的决定》，“两会”（2024年）【注】", "it’s fine");
    }

    @Test
    void ellipsisAndDashForms() {
        assertThat(fixed("平在二十届中央纪...", Rule.ELLIPSIS_DASH)).isEqualTo("平在二十届中央纪……");
        assertThat(fixed("等等。。。还有", Rule.ELLIPSIS_DASH)).isEqualTo("等等……还有");
        assertThat(fixed("还有…就是", Rule.ELLIPSIS_DASH)).isEqualTo("还有……就是");
        assertThat(fixed("长江--中国第一大河", Rule.ELLIPSIS_DASH)).isEqualTo("长江——中国第一大河");
        assertThat(fixed("长江—中国第一大河", Rule.ELLIPSIS_DASH)).isEqualTo("长江——中国第一大河");
        assertThat(fixed("一一记乌当区政协", Rule.ELLIPSIS_DASH)).isEqualTo("——记乌当区政协");
        none(Rule.ELLIPSIS_DASH, "还有……就是", "长江——中国第一大河", "沈括（1031—1095）", "一一对应，逐一一列举",
                "Wait... then go on with it.");
    }

    @Test
    void repeatedPunctuation() {
        assertThat(fixed("政协委员，，积极履职", Rule.REPEATED_PUNCTUATION)).isEqualTo("政协委员，积极履职");
        assertThat(find("积极履职。，再说", Rule.REPEATED_PUNCTUATION)).singleElement().satisfies(f -> assertThat(f.hasFix()).isFalse());
        none(Rule.REPEATED_PUNCTUATION, "真的吗？？", "等等……", "好。“他说”，");
    }

    @Test
    void enumerationComma() {
        assertThat(fixed("来了三、四个人", Rule.ENUMERATION_COMMA)).isEqualTo("来了三四个人");
        assertThat(fixed("七、八十年代", Rule.ENUMERATION_COMMA)).isEqualTo("七八十年代");
        assertThat(fixed("调研、视察、协商、等工作", Rule.ENUMERATION_COMMA)).isEqualTo("调研、视察、协商等工作");
        none(Rule.ENUMERATION_COMMA, "一、坚持党的领导", "三、五个人", "调研、视察等");
    }

    @Test
    void mixedNumerals() {
        assertThat(fixed("2022年十二月召开", Rule.MIXED_NUMERALS)).isEqualTo("2022年12月召开");
        assertThat(fixed("3月二十日召开", Rule.MIXED_NUMERALS)).isEqualTo("3月20日召开");
        assertThat(fixed("二〇二二年3月", Rule.MIXED_NUMERALS)).isEqualTo("2022年3月");
        assertThat(fixed("增长百分之5.2", Rule.MIXED_NUMERALS)).isEqualTo("增长5.2%");
        none(Rule.MIXED_NUMERALS, "五四运动", "2022年12月", "十二月", "二〇二二年十二月");
    }

    @Test
    void thousandsSeparators() {
        assertThat(fixed("总收入1,234,567元", Rule.THOUSANDS_SEPARATOR)).isEqualTo("总收入1234567元");
        assertThat(find("在2022,2023年", Rule.THOUSANDS_SEPARATOR)).singleElement().satisfies(f -> assertThat(f.hasFix()).isFalse());
        none(Rule.THOUSANDS_SEPARATOR, "总收入1234567元", "总收入1 234 567元");
    }

    @Test
    void abbreviatedYears() {
        assertThat(fixed("’22年工作要点", Rule.ABBREVIATED_YEAR)).isEqualTo("2022年工作要点");
        assertThat(fixed("98年5月建成", Rule.ABBREVIATED_YEAR)).isEqualTo("1998年5月建成");
        none(Rule.ABBREVIATED_YEAR, "工作22年", "2022年5月", "连续12年");
    }

    @Test
    void ranges() {
        assertThat(fixed("湿度5~95%", Rule.RANGE)).isEqualTo("湿度5%～95%");
        assertThat(fixed("投资9～16亿", Rule.RANGE)).isEqualTo("投资9亿～16亿");
        assertThat(fixed("收入13～17万元", Rule.RANGE)).isEqualTo("收入13万元～17万元");
        assertThat(fixed("每年3~5次", Rule.RANGE)).isEqualTo("每年3～5次");
        none(Rule.RANGE, "湿度5%～95%", "投资9亿～16亿", "图1-2", "version 3~5 of it");
    }

    @Test
    void decimals() {
        assertThat(fixed("系数为.46", Rule.DECIMAL)).isEqualTo("系数为0.46");
        none(Rule.DECIMAL, "系数为0.46", "文件名a.46", "平在二十届中央纪...");
    }

    @Test
    void numberSplitAcrossALineEnd() {
        String md = "全年接待游客12\n345人次。";
        List<Finding> fs = find(md, Rule.SPLIT_NUMBER);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("\n");
            assertThat(f.replacement()).isEmpty();
        });
        assertThat(fixed(md, Rule.SPLIT_NUMBER)).isEqualTo("全年接待游客12345人次。");
        none(Rule.SPLIT_NUMBER, "共12 345人", "2022\n年", "第12\n章");
    }

    @Test
    void repeatedCharacters() {
        assertThat(fixed("政协的的工作", Rule.REPEATED_CHARACTER)).isEqualTo("政协的工作");
        assertThat(fixed("完成了了任务", Rule.REPEATED_CHARACTER)).isEqualTo("完成了任务");
        none(Rule.REPEATED_CHARACTER, "的的确确", "不了了之", "为了了解情况", "达到目的的手段", "天天向上");
    }

    @Test
    void entryTitles() {
        assertThat(find("**【乌当区政协围绕激发市场主体活力开展专题协商调研活动】** 2022年，", Rule.ENTRY_TITLE))
                .singleElement().satisfies(f -> assertThat(f.messageText()).contains("25").contains("18"));
        assertThat(find("**【概况，简况】** 2022年，全区辖10个乡镇。", Rule.ENTRY_TITLE)).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("，"));
        none(Rule.ENTRY_TITLE, "**【概况】** 2022年，全区辖10个乡镇。", "一段很长很长很长很长很长很长很长很长很长很长的正文，不是条目标题。");
    }

    @Test
    void personNamesSpelledAnotherWay() {
        CheckContext people = CheckContext.defaults().withPeople(List.of(
                new CheckContext.Name("王立平", List.of()), new CheckContext.Name("王立新", List.of()),
                new CheckContext.Name("阿不都·热合曼", List.of()), new CheckContext.Name("李四", List.of("李老四"))));
        assertThat(fixed("南京市政协主席王立萍出席", Rule.PERSON_NAME, people)).isEqualTo("南京市政协主席王立平出席");
        assertThat(fixed("阿不都热合曼、阿不都.热合曼", Rule.PERSON_NAME, people)).isEqualTo("阿不都·热合曼、阿不都·热合曼");
        assertThat(fixed("主席王 立平讲话", Rule.PERSON_NAME, people)).isEqualTo("主席王立平讲话");
        for (String t : List.of("南京市政协主席王立平出席", "王立新也来了", "李老四来了", "李　四来了", "阿不都·热合曼"))
            assertThat(find(t, Rule.PERSON_NAME, people)).as(t).isEmpty();
        assertThat(find("王立萍", Rule.PERSON_NAME)).as("no people list, no finding").isEmpty();
    }

    @Test
    void missingGlyphs() {
        CheckContext fonts = CheckContext.defaults().withCoverage((cp, heading) -> cp != '龘' && !(heading && cp == 0x2003E));
        assertThat(find("这个龘字", Rule.MISSING_GLYPH, fonts)).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("龘");
            assertThat(f.messageText()).contains("U+9F98");
        });
        assertThat(find("# 标题𠀾\n\n正文𠀾", Rule.MISSING_GLYPH, fonts)).singleElement()
                .satisfies(f -> assertThat(f.start()).isEqualTo(4));
        assertThat(find("这个龘字", Rule.MISSING_GLYPH)).as("no fonts given: not checked").isEmpty();
    }

    @Test
    void urlsEmailsCodeLatinAndMarkupAreLeftAlone() {
        String md = "原文链接：https://www.gov.cn/a,b;c:d.html 邮箱：rmzk001@people.cn,电话\n\n"
                + "见[乌当区政协]{.index entry=\"乌当,政协\"}和[网站](https://x.cn/?a=1,2)；代码`f(a,b);`中文\n\n"
                + "He said: \"Yes, we can.\" 他笑了\n\n"
                + "转义的\\,逗号\n\n"
                + "```\n代码块,中文;照旧\n```\n";
        List<Finding> fs = Checker.check(1, md, CheckContext.defaults());
        assertThat(fs).extracting(Finding::text).containsExactly(",");
        assertThat(fs.get(0).start()).isEqualTo(md.indexOf(",电话"));
    }

    @Test
    void exceptionsKeepTheirForm() {
        CheckContext ctx = CheckContext.defaults().withSettings(CheckSettings.defaults().withExceptions(List.of("雅虎Yahoo!")));
        assertThat(Checker.check(1, "使用雅虎Yahoo!搜索", ctx)).isEmpty();
        assertThat(Checker.check(1, "使用雅虎Yahoo!搜索", CheckContext.defaults())).isNotEmpty();
    }

    @Test
    void offsetsComeFromTheSourceMap() {
        String md = "**加粗**,中文[^1]的\n\n[^1]: 注文,内容。\n";
        List<Finding> fs = Checker.check(3, md, CheckContext.defaults());
        assertThat(fs).extracting(f -> f.rule().id() + "@" + f.start()).containsExactly(
                "half-width@" + md.indexOf(",中文"), "half-width@" + md.indexOf(",内容"));
        // the note mark stands between 的 and 的 in the source: 文的 [^1] is not 的的
        String md2 = "中文的[^1]的\n\n[^1]: 注。\n";
        assertThat(find(md2, Rule.REPEATED_CHARACTER)).isEmpty();
    }

    @Test
    void settingsIgnoredPlacesAndTheirText() {
        String md = "成立75周年,是人民政协成立75周年,是";
        List<Finding> all = Checker.check(1, md, CheckContext.defaults());
        assertThat(all).hasSize(2);
        CheckContext ignoring = CheckContext.defaults().withIgnored(Set.of(all.get(0).place()));
        List<Finding> rest = Checker.check(1, "新加一句。" + md, ignoring);
        assertThat(rest).as("the ignored place stays ignored after text before it changed").hasSize(1);
        assertThat(rest.get(0).start()).isEqualTo(("新加一句。" + md).lastIndexOf(','));

        CheckSettings s = CheckSettings.defaults().with(Rule.HALF_WIDTH_PUNCTUATION, true, Severity.WARNING)
                .with(Rule.REPEATED_CHARACTER, false, null).withExceptions(List.of("C++", "Yahoo!"));
        assertThat(Checker.check(1, md, CheckContext.defaults().withSettings(s))).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(Checker.check(1, "的的", CheckContext.defaults().withSettings(s))).isEmpty();
        List<String> problems = new ArrayList<>();
        CheckSettings back = CheckSettings.parse(s.toText() + "rule.no-such = on\nrule.year = maybe\n", problems);
        assertThat(back).isEqualTo(s);
        assertThat(problems).containsExactly("rule.no-such = on", "rule.year = maybe");
        assertThat(CheckSettings.parse("", problems)).isEqualTo(CheckSettings.defaults());
        assertThat(Rule.byId("half-width")).isEqualTo(Rule.HALF_WIDTH_PUNCTUATION);
        for (Rule r : Rule.values()) assertThat(r.label()).doesNotStartWith("!");
    }

    @Test
    void fixesBecomeSuggestionsOfTheUser() {
        String md = "2024年是新中国成立75周年,是人民政协成立75周年。湿度5~95%。\n\n第二段保持原样。\n";
        List<Finding> fs = Checker.check(1, md, CheckContext.defaults());
        SuggestedFixes.Applied applied = SuggestedFixes.apply(md, fs, "张三", Instant.parse("2026-12-06T10:00:00Z"));
        assertThat(applied.applied()).isEqualTo(2);
        assertThat(applied.markdown()).contains("75周年[,]{.deletion author=\"张三\" date=\"2026-12-06T10:00:00Z\"}"
                + "[，]{.insertion author=\"张三\" date=\"2026-12-06T10:00:00Z\"}是")
                .contains("湿度5[\\~]{.deletion").contains("[%～]{.insertion").endsWith("\n\n第二段保持原样。\n");
        var doc = Markdown.parseBody(applied.markdown());
        assertThat(Suggestions.list(doc)).extracting(Suggestions.Suggestion::author).containsOnly("张三");
        assertThat(Markdown.write(Suggestions.acceptAll(doc)))
                .isEqualTo("2024年是新中国成立75周年，是人民政协成立75周年。湿度5%～95%。\n\n第二段保持原样。\n");
        assertThat(Markdown.write(Suggestions.rejectAll(doc))).isEqualTo(Markdown.write(Markdown.parseBody(md)));
        assertThat(Checker.check(1, Markdown.write(Suggestions.acceptAll(doc)), CheckContext.defaults())).isEmpty();
    }

    @Test
    void seedTexts() throws Exception {
        String nanjiang = Files.readString(TestFiles.seed("web-article-nanjiang-cppcc-2024.txt"));
        assertThat(fixed(nanjiang, Rule.HALF_WIDTH_PUNCTUATION)).contains("2024年是新中国成立75周年，是人民政协成立75周年，是实现")
                .contains("人民周刊网（www.people");
        String points = Files.readString(TestFiles.seed("work-points-county-cppcc-2020.txt"));
        String fixedPoints = fixed(points, Rule.HALF_WIDTH_PUNCTUATION);
        assertThat(fixedPoints).contains("全面建成小康社会和“十三五”规划收官之年").doesNotContain("\"");
        String wudang = Files.readString(TestFiles.seed("work-review-wudang-cppcc-2022.txt"));
        assertThat(find(wudang, Rule.ELLIPSIS_DASH)).extracting(Finding::text).containsOnly("...");
        assertThat(wudang).contains("https://");
        assertThat(find(wudang, Rule.HALF_WIDTH_PUNCTUATION)).noneMatch(f -> f.text().startsWith("/") || f.text().startsWith("."));
        String changde = Files.readString(TestFiles.seed("yearbook-page-changde-2022-p61.txt"));
        assertThat(Checker.check(1, changde, CheckContext.defaults())).as("a printed yearbook page is clean").isEmpty();
    }
}
