package org.annalist.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.annalist.model.ImportReport;
import org.junit.jupiter.api.Test;

/** The furniture rules remove only lines of a fixed shape; body text that merely mentions them stays. */
class FurnitureTest {

    private static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new Line(i + 1, texts[i]));
        return out;
    }

    private static List<String> kept(ImportReport report, Findings f, String... texts) {
        return Furniture.apply(lines(texts), f, report).stream().map(Line::text).toList();
    }

    @Test
    void bodyParagraphsMentioningFurnitureWordsStay() {
        ImportReport r = new ImportReport("t");
        String[] body = {
                "本网站首页 > 栏目设置经过调整,方便群众查找。",
                "会议讨论了免责声明的起草问题,决定由办公室负责。",
                "1.凡涉及群众利益的事项,都要充分协商。",
                "他说:“上一篇文章写得不好,下一篇要改进。”",
                "联系电话是群众反映问题的重要渠道,全年接听010-65363526热线电话1200余次。",
                "区政协主管、主办的刊物受到好评。",
                "最新加入的委员有12名。",
                "免责声明",
                "本合同所称免责情形,是指不可抗力。",
        };
        assertThat(kept(r, new Findings(), body)).containsExactly(body);
        assertThat(r.entries(ImportReport.Kind.REMOVED)).isEmpty();
    }

    @Test
    void disclaimerBlockRunsToTheEndOfItsClauses() {
        ImportReport r = new ImportReport("t");
        List<String> k = kept(r, new Findings(), "正文最后一段。", "本站版权及免责声明:", "1.凡注明来源的作品,版权均属本站。",
                "2.转载请注明出处。", "正文之后的附记。");
        assertThat(k).containsExactly("正文最后一段。", "正文之后的附记。");
        assertThat(r.entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::line).containsExactly(2, 3, 4);
        assertThat(r.entries(ImportReport.Kind.REMOVED)).allMatch(e -> e.message().equals("版权及免责声明"));
    }

    @Test
    void linkListNeedsLinkLikeItems() {
        ImportReport r = new ImportReport("t");
        // "相关阅读" above two ordinary short lines is not a link list.
        assertThat(kept(r, new Findings(), "相关阅读", "政协章程", "委员手册")).hasSize(3);
        assertThat(kept(r, new Findings(), "热门资讯", "2020-05-14某某会议召开...", "2020-04-23某某活动举行...", "2020-07-09"))
                .isEmpty();
    }

    @Test
    void findingsAreRecorded() {
        ImportReport r = new ImportReport("t");
        Findings f = new Findings();
        kept(r, f, "发布时间：2023年4月5日 10:20", "（某某区政协文史委供稿）", "原文链接：https://example.org/a.html",
                "供稿单位：某某县档案馆");
        assertThat(f.publishedOn).hasToString("2023-04-05");
        assertThat(f.contributor).isEqualTo("某某区政协文史委");
        assertThat(f.sourceUrl).isEqualTo("https://example.org/a.html");
        assertThat(r.entries(ImportReport.Kind.REMOVED)).hasSize(4);
    }

    @Test
    void duplicateAndContactLines() {
        ImportReport r = new ImportReport("t");
        List<String> k = kept(r, new Findings(), "第一段。", "第一段。", "电话：0851-12345678  传真：0851-12345679", "投稿邮箱：abc@example.com",
                "第二段。");
        assertThat(k).containsExactly("第一段。", "第二段。");
        assertThat(r.entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::message)
                .containsExactly("重复行", "联系方式", "联系方式");
    }

    @Test
    void runningHeadOnlyOnPageExtracts() {
        // A letter-spaced "前  言" at the top of a manuscript is its title, not a running head.
        ImportReport r = new ImportReport("t");
        assertThat(kept(r, new Findings(), "前  言", "本书收录文章四十二篇。")).hasSize(2);
    }

    @Test
    void theRuleListIsNamedAndExtensible() {
        assertThat(Furniture.RULES).extracting(Furniture.Rule::name).doesNotHaveDuplicates()
                .contains("breadcrumb", "disclaimer", "link-list", "contributor", "duplicate");
        List<Furniture.Rule> rules = new ArrayList<>(Furniture.RULES);
        rules.add(new Furniture.Rule("ad", "report.furniture.pageTools", (l, i, f, rep) -> l.get(i).text().startsWith("广告") ? 1 : 0));
        ImportReport r = new ImportReport("t");
        assertThat(Furniture.apply(rules, lines("广告：招商热线", "正文。"), new Findings(), r)).extracting(Line::text)
                .containsExactly("正文。");
        assertThat(r.entries(ImportReport.Kind.REMOVED).get(0).message()).isEqualTo("网页功能按钮");
    }
}
