package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.ui.editor.ReadingEdits;
import org.annalist.ui.editor.ReadingStyles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A paste keeps the structure of what was copied and loses a web page's furniture (issue 12 item 3). */
class PastingTest {

    @Test
    void wordsClipboardHtmlKeepsHeadingsListsTablesAndNotes() {
        // what Word and WPS put on the clipboard: a whole HTML document with a footnote reference and its text
        String html = "<html><head><meta charset=\"utf-8\"><style>p.MsoNormal{}</style></head><body>"
                + "<h2>一、基本情况</h2>"
                + "<p class=MsoNormal>全区共有政协委员<b>215</b>名，其中女委员64名。</p>"
                + "<ul><li>完成提案办理</li><li>开展民主监督</li></ul>"
                + "<table border=1><tr><td>项目</td><td>数值</td></tr><tr><td>委员</td><td>215</td></tr></table>"
                + "<p>以上数据截至年底。</p></body></html>";
        String md = Pasting.fromHtml(html);
        assertThat(md).isNotNull();
        Document d = Markdown.parseBody(md);
        assertThat(d.blocks()).anyMatch(b -> b instanceof Block.Heading);
        assertThat(d.blocks()).anyMatch(b -> b instanceof Block.BulletList);
        assertThat(d.blocks()).anyMatch(b -> b instanceof Block.Table);
        assertThat(ReadingStyles.of(md).shown()).contains("全区共有政协委员215名", "完成提案办理", "以上数据截至年底。");
    }

    @Test
    void aCopiedWebPageLosesItsFurniture() {
        String html = "<html><body><div class=nav>首页 &gt; 新闻中心 &gt; 人民视点</div>"
                + "<h1>区政协召开常委会议</h1><p>发布时间：2024-03-05 来源：区政协办公室</p>"
                + "<p>3月5日，区政协召开十届常委会第五次会议。</p><p>会议审议通过了有关事项。</p>"
                + "<p>分享到：微信 微博</p><p>打印本页</p><p>关闭窗口</p></body></html>";
        String md = Pasting.fromHtml(html);
        assertThat(md).contains("3月5日，区政协召开十届常委会第五次会议。", "会议审议通过了有关事项。");
        assertThat(md).doesNotContain("分享到", "打印本页", "关闭窗口", "新闻中心");
        // the title found by the importer is pasted too: pasting drops no text
        assertThat(md).contains("区政协召开常委会议");
    }

    @Test
    void pastedBlocksSplitTheParagraphAndTheirNotesFollowTheItemsOwn() {
        String item = "前文甲乙[^1]。\n\n[^1]: 原注。";
        String pasted = "新段一[^1]。\n\n新段二。\n\n[^1]: 粘贴的注。";
        ReadingEdits.Hidden hidden = ReadingStyles.of(item)::hidden;
        ReadingEdits.Change c = ReadingEdits.insertBlocks(item, hidden, item.indexOf("乙"), pasted);
        String after = c.applyTo(item);
        assertThat(after).isEqualTo("前文甲\n\n新段一[^2]。\n\n新段二。\n\n乙[^1]。\n\n[^1]: 原注。\n\n[^2]: 粘贴的注。");
        assertThat(after.substring(0, c.caret())).endsWith("新段二。");
        assertThat(ReadingStyles.of(after).shown()).doesNotContain("[^");
    }

    @Test
    void oneLineOfTextIsTypedInAndSeveralLinesAreReadAsPastedText() {
        assertThat(Pasting.fromText("一行文字")).isNull();
        String md = Pasting.fromText("首页 > 新闻中心 > 人民视点\n区政协召开常委会议\n3月5日，区政协召开会议。\n会议审议通过了有关事项。\n分享到：微信 微博\n打印本页");
        assertThat(md).contains("3月5日，区政协召开会议。").doesNotContain("打印本页");
    }
}
