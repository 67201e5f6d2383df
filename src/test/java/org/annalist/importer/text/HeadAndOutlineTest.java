package org.annalist.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.model.Credit;
import org.annalist.model.ItemKind;
import org.annalist.model.Role;
import org.junit.jupiter.api.Test;

/** Bylines, titles, numbering levels and the minimal Markdown path. */
class HeadAndOutlineTest {

    private final TextImporter importer = new TextImporter();

    private ImportResult read(String name, String text) throws Exception {
        return importer.read(new Source(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bylineForms() {
        assertThat(HeadDetector.parseByline("四川省南江县政协主席 吴开财    2024-05-14 15:42:49"))
                .isEqualTo(new HeadDetector.Byline(List.of(new Credit("吴开财", Role.AUTHOR, "四川省南江县政协主席")),
                        LocalDate.of(2024, 5, 14)));
        assertThat(HeadDetector.parseByline("南京市政协主席  王立平").credits())
                .containsExactly(new Credit("王立平", Role.AUTHOR, "南京市政协主席"));
        assertThat(HeadDetector.parseByline("作者：张三").credits()).containsExactly(new Credit("张三", Role.AUTHOR, null));
        assertThat(HeadDetector.parseByline("文/李四").credits()).containsExactly(new Credit("李四", Role.AUTHOR, null));
        assertThat(HeadDetector.parseByline("口述：王老五  整理：赵六").credits())
                .containsExactly(new Credit("王老五", Role.NARRATOR, null), new Credit("赵六", Role.COMPILER, null));
        assertThat(HeadDetector.parseByline("口述 王老五  整理 赵六").credits())
                .containsExactly(new Credit("王老五", Role.NARRATOR, null), new Credit("赵六", Role.COMPILER, null));
        assertThat(HeadDetector.parseByline("王老五 口述  赵六 整理").credits())
                .containsExactly(new Credit("王老五", Role.NARRATOR, null), new Credit("赵六", Role.COMPILER, null));
        assertThat(HeadDetector.parseByline("作者：张三、李四").credits()).extracting(Credit::name).containsExactly("张三", "李四");
        assertThat(HeadDetector.parseByline("区政协文史馆副研究员 欧阳明远").credits())
                .containsExactly(new Credit("欧阳明远", Role.AUTHOR, "区政协文史馆副研究员"));

        assertThat(HeadDetector.parseByline("坚持党的领导,筑牢共同思想政治基础")).isNull();
        assertThat(HeadDetector.parseByline("把准市县政协性质定位")).isNull();
        assertThat(HeadDetector.parseByline("会议由县政协主席 张三主持。")).isNull();
        assertThat(HeadDetector.parseByline("南京市政协主席王立平")).isNull();
    }

    @Test
    void levels() {
        assertThat(Outline.levelOf("一、坚持党的领导")).isEqualTo(1);
        assertThat(Outline.levelOf("十二、其他")).isEqualTo(1);
        assertThat(Outline.levelOf("（一）总体要求")).isEqualTo(2);
        assertThat(Outline.levelOf("(三)工作措施")).isEqualTo(2);
        assertThat(Outline.levelOf("1.坚持党的领导。把党的全面领导作为…")).isEqualTo(3);
        assertThat(Outline.levelOf("2、加强学习")).isEqualTo(3);
        assertThat(Outline.levelOf("3．贯彻部署")).isEqualTo(3);
        assertThat(Outline.levelOf("（1）组织委员视察")).isEqualTo(4);
        assertThat(Outline.levelOf("(12)其他")).isEqualTo(4);
        assertThat(Outline.levelOf("1.5亿元用于民生。")).isZero();
        assertThat(Outline.levelOf("2022年,是全面建成小康社会后")).isZero();
        assertThat(Outline.levelOf("一是加强学习")).isZero();
    }

    @Test
    void shortNumberedLinesAreHeadingsLongOnesStayParagraphs() throws Exception {
        String text = String.join("\n", "某县文史工作总结", "一、基本情况", "（一）征集工作", "1.口述史料",
                "（1）访谈老干部12人。", "（2）整理录音。全年共整理录音40小时,形成文字稿20万字,其中已审定10万字。", "二、存在问题");
        ImportedItem it = read("a.txt", text).items().get(0);
        assertThat(it.title()).isEqualTo("某县文史工作总结");
        List<Block> b = it.body().blocks();
        assertThat(b).extracting(x -> x instanceof Block.Heading h ? h.level() : 0).containsExactly(1, 2, 3, 4, 0, 1);
        assertThat(Blocks.text(b.get(3))).isEqualTo("（1）访谈老干部12人。");
        assertThat(Outline.levelOf(Blocks.text(b.get(4)))).isEqualTo(4);
    }

    @Test
    void dashLineIsTheSubtitleAndRoleBylineFollows() throws Exception {
        String text = String.join("\n", "我的军旅生涯", "——一位老兵的回忆", "王老五 口述  赵六 整理", "", "1950年,我参军入伍。");
        ImportResult r = read("a.txt", text);
        ImportedItem it = r.items().get(0);
        assertThat(it.title()).isEqualTo("我的军旅生涯");
        assertThat(it.subtitle()).isEqualTo("一位老兵的回忆");
        assertThat(it.metadata().credits()).extracting(Credit::role).containsExactly(Role.NARRATOR, Role.COMPILER);
        assertThat(Blocks.all(it.body())).isEqualTo("1950年,我参军入伍。\n");
        assertThat(it.kind()).isEqualTo(ItemKind.ARTICLE);
    }

    @Test
    void untitledTextIsAnEntryWithAWarning() throws Exception {
        ImportResult r = read("a.txt", "2022年,全县完成地区生产总值120亿元,同比增长6.5%。\n全年接待游客300万人次。");
        assertThat(r.items().get(0).title()).isEmpty();
        assertThat(r.items().get(0).kind()).isEqualTo(ItemKind.ENTRY);
        assertThat(r.report().hasWarnings()).isTrue();
        assertThat(Blocks.paragraphs(r.items().get(0).body())).hasSize(2);
    }

    @Test
    void oneBylineNeverSplits() throws Exception {
        String text = String.join("\n", "标题", "作者：张三", "正文第一段。", "小结", "正文第二段。");
        assertThat(read("a.txt", text).items()).hasSize(1);
    }

    @Test
    void markdownHeadingsBecomeHeadings() throws Exception {
        String md = String.join("\n", "# 文章标题", "", "作者：张三", "", "## 第一部分", "", "正文。", "", "### 小节", "", "更多正文。");
        ImportResult r = read("稿.md", md);
        ImportedItem it = r.items().get(0);
        assertThat(it.title()).isEqualTo("文章标题");
        assertThat(it.metadata().credits()).extracting(Credit::name).containsExactly("张三");
        assertThat(Blocks.headings(it.body())).extracting(Block.Heading::level).containsExactly(1, 2);
        assertThat(Blocks.headings(it.body())).extracting(Blocks::text).containsExactly("第一部分", "小节");
        assertThat(r.mediaType()).startsWith("text/markdown");
        assertThat(r.report().toText()).contains("Markdown");
        // The same text as .txt keeps the # characters: only .md files are read as Markdown.
        assertThat(Blocks.all(read("稿.txt", md).items().get(0).body())).contains("## 第一部分");
    }

    @Test
    void markdownKeepsEmphasisTablesNotesAndIndexTerms() throws Exception {
        String md = String.join("\n", "# 乌当文史的编辑", "", "——一次访谈", "", "口述：王某某  整理：李某",
                "", "## 缘起", "", "那年在[乌当区]{.index}，*第一次*见到**他们**。[^1]", "",
                "| 年份 | 篇数 |", "|---|---:|", "| 2022 | 70 |", "", "[^1]: 据本人回忆。");
        ImportedItem it = read("访谈.md", md).items().get(0);
        assertThat(it.title()).isEqualTo("乌当文史的编辑");
        assertThat(it.subtitle()).isEqualTo("一次访谈");
        assertThat(it.metadata().credits()).extracting(Credit::name).containsExactly("王某某", "李某");
        List<Block> body = it.body().blocks();
        assertThat(body.get(0)).isEqualTo(new Block.Heading(1, List.of(new org.annalist.doc.Inline.Text("缘起"))));
        Block.Paragraph p = (Block.Paragraph) body.get(1);
        assertThat(p.content()).anyMatch(i -> i instanceof org.annalist.doc.Inline.IndexTerm)
                .anyMatch(i -> i instanceof org.annalist.doc.Inline.Emph)
                .anyMatch(i -> i instanceof org.annalist.doc.Inline.Strong)
                .anyMatch(i -> i instanceof org.annalist.doc.Inline.Note);
        assertThat(body.get(2)).isInstanceOf(Block.Table.class);
    }

    @Test
    void pastedText() throws Exception {
        ImportResult r = importer.readPasted("标题\r\n\u3000\u3000正文第一段。\r\n");
        assertThat(r.report().fileName()).isEqualTo(TextImporter.PASTED);
        assertThat(r.items().get(0).title()).isEqualTo("标题");
        assertThat(Blocks.all(r.items().get(0).body())).isEqualTo("正文第一段。\n");
    }

    @Test
    void aUnitAndANameWithAWideGapIsAByline() throws Exception {
        ImportResult r = read("稿.txt", String.join("\n", "关于档案工作的报告", "某县政协办公室  张二明", "正文第一段。"));
        ImportedItem it = r.items().get(0);
        assertThat(it.title()).isEqualTo("关于档案工作的报告");
        assertThat(it.metadata().credits()).extracting(Credit::name, Credit::affiliation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("张二明", "某县政协办公室"));
        ImportResult fullWidth = read("稿.txt", String.join("\n", "标题", "区档案馆\u3000李四", "正文。"));
        assertThat(fullWidth.items().get(0).metadata().credits()).extracting(Credit::name).containsExactly("李四");
        // a title with a unit and an ordinary word after one space is not a byline
        ImportResult title = read("稿.txt", String.join("\n", "县政协办公室 工作要点", "一、总体要求", "正文。"));
        assertThat(title.items().get(0).title()).isEqualTo("县政协办公室 工作要点");
        assertThat(title.items().get(0).metadata().credits()).isEmpty();
    }
}
