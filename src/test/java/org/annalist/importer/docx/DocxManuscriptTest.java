package org.annalist.importer.docx;

import static org.annalist.importer.docx.Docs.centred;
import static org.annalist.importer.docx.Docs.para;
import static org.annalist.importer.docx.Docs.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.annalist.doc.Attr;
import org.annalist.doc.Block;
import org.annalist.doc.Block.Heading;
import org.annalist.doc.Block.Paragraph;
import org.annalist.doc.Inline;
import org.annalist.doc.Inline.Text;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.model.Credit;
import org.annalist.model.ImportReport;
import org.annalist.model.ItemKind;
import org.annalist.model.Role;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * A 公文-style manuscript typed by hand, as most 文史资料 contributions arrive: no heading styles at all, a
 * centred title in a larger 小标宋 face, a byline, headings numbered by hand 一、/（一）/1./（1）, paragraphs indented
 * with two U+3000 spaces, a soft line break inside a sentence, inline formatting, a centred date at the end.
 */
class DocxManuscriptTest {

    private static final String FANGSONG = "仿宋_GB2312";

    private static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, FANGSONG, 16, false);
        return p;
    }

    static byte[] manuscript() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        centred(doc, "乌当区政协文史工作综述", "方正小标宋简体", 22, false);
        body(doc, "口述：王老五  整理：赵六");
        XWPFParagraph first = doc.createParagraph();
        XWPFRun r = run(first, "\u3000\u3000乌当区政协文史工作始于1984年，", FANGSONG, 16, false);
        r.addBreak(); // Shift+Enter in the middle of a Chinese sentence
        run(first, "至今已编印文史资料二十辑。", FANGSONG, 16, false);
        XWPFParagraph l1 = doc.createParagraph();
        run(l1, "一、基本情况", "黑体", 16, false);
        XWPFParagraph l2 = doc.createParagraph();
        run(l2, "（一）组织建设", "楷体_GB2312", 16, false);
        body(doc, "1.加强学习");
        body(doc, "\u3000\u3000（1）区政协文史委员会每年召开两次全体会议，研究征集计划，审定书稿，并组织委员到乡镇开展调查，"
                + "收集了大量第一手资料，形成了一批有价值的成果。");
        XWPFParagraph bold = doc.createParagraph();
        run(bold, "工作成效", FANGSONG, 16, true);
        XWPFParagraph fmt = doc.createParagraph();
        run(fmt, "\u3000\u3000全区面积约", FANGSONG, 16, false);
        run(fmt, "686", FANGSONG, 16, true);
        run(fmt, "km", FANGSONG, 16, false).setItalic(true);
        run(fmt, "2", FANGSONG, 16, false).setVerticalAlignment("superscript");
        run(fmt, "，称", FANGSONG, 16, false);
        run(fmt, "乌当", FANGSONG, 16, false).setUnderline(UnderlinePatterns.SINGLE);
        run(fmt, "。", FANGSONG, 16, false);
        centred(doc, "2022年5月10日", FANGSONG, 16, false);
        return Docs.bytes(doc);
    }

    @Test
    void handTypedManuscriptBecomesStructuredTree() throws Exception {
        ImportResult result = new DocxImporter().read(new Source("综述.docx", manuscript()));
        ImportedItem item = result.items().get(0);
        ImportReport report = result.report();

        assertThat(item.title()).isEqualTo("乌当区政协文史工作综述");
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);
        assertThat(item.metadata().credits()).containsExactly(
                new Credit("王老五", Role.NARRATOR, null), new Credit("赵六", Role.COMPILER, null));

        List<Block> b = item.body().blocks();
        // Indent removed, soft break inside Chinese text removed, runs with equal formatting joined.
        assertThat(b.get(0)).isEqualTo(new Paragraph(List.of(new Text("乌当区政协文史工作始于1984年，至今已编印文史资料二十辑。"))));
        assertThat(b.get(1)).isEqualTo(new Heading(1, List.of(new Text("一、基本情况"))));
        assertThat(b.get(2)).isEqualTo(new Heading(2, List.of(new Text("（一）组织建设"))));
        assertThat(b.get(3)).isEqualTo(new Heading(3, List.of(new Text("1.加强学习"))));
        // A long numbered paragraph is a paragraph with a run-in number, as in the text importer.
        assertThat(b.get(4)).isInstanceOf(Paragraph.class);
        assertThat(RunMapper.plain(((Paragraph) b.get(4)).content())).startsWith("（1）区政协");
        // Bold short line → heading (bold dropped: a heading is bold by its level).
        assertThat(b.get(5)).isEqualTo(new Heading(1, List.of(new Text("工作成效"))));
        assertThat(b.get(6)).isEqualTo(new Paragraph(List.of(
                new Text("全区面积约"),
                new Inline.Strong(List.of(new Text("686"))),
                new Inline.Emph(List.of(new Text("km"))),
                new Inline.Superscript(List.of(new Text("2"))),
                new Text("，称"),
                new Inline.Span(Attr.ofClass("underline"), List.of(new Text("乌当"))),
                new Text("。"))));
        // A centred date (落款) is not a heading.
        assertThat(b.get(7)).isEqualTo(new Paragraph(List.of(new Text("2022年5月10日"))));
        assertThat(b).hasSize(8);

        assertThat(report.entries(ImportReport.Kind.REMOVED)).extracting(ImportReport.Entry::message)
                .anyMatch(m -> m.contains("缩进")).anyMatch(m -> m.contains("手动换行"));
        assertThat(report.entries(ImportReport.Kind.DETECTED)).extracting(ImportReport.Entry::message)
                .contains("标题", "编号→一级标题", "加粗、黑体或大字号的短段落→一级标题（请核对）");
        assertThat(report.toText()).contains("标题 4 个，段落 4 个", "图片 0 幅");
    }
}
