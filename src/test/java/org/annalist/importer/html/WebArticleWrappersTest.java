package org.annalist.importer.html;

import org.annalist.doc.Block;
import org.annalist.doc.Blocks;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.importer.text.TextImporter;
import org.annalist.model.ImportReport;
import org.annalist.service.Importers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, item 6: one web article — the seed text copied from the page, the page itself as served (.html, GBK
 * with a meta charset, menu, breadcrumbs, share and print buttons, footer; made by {@code make-fixtures.py} from
 * the seed) and that page written as .docx by LibreOffice — is cleaned alike whatever its wrapper: the same body
 * paragraphs and headings, the same title, byline and date, and a report naming the furniture removed.
 */
class WebArticleWrappersTest {
    private static final String SEED = "web-article-nanjiang-cppcc-2024.txt";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebArticleWrappersTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static ImportResult read(Source s) throws ImportException {
        return Importers.standard().forSource(s).read(s);
    }

    private static ImportResult txt() throws Exception {
        Path seeds = Path.of(System.getProperty("annalist.projectDir", ".")).resolve("archive/seeds");
        return read(new Source(SEED, Files.readAllBytes(seeds.resolve(SEED))));
    }

    /** Each block of the body as its kind and its text as a reader sees it. */
    private static List<String> body(ImportedItem item) {
        return item.body().blocks().stream()
                .map(b -> (b instanceof Block.Heading h ? "H" + h.level() : b.getClass().getSimpleName()) + " " + Blocks.plainText(b).strip())
                .toList();
    }

    private static List<String> removed(ImportReport r) {
        return r.entries(ImportReport.Kind.REMOVED).stream().map(e -> e.message() + "：" + e.text()).toList();
    }

    private static void sameAsTheTextTwin(ImportResult r, ImportResult twin) {
        assertThat(r.items()).hasSize(1);
        ImportedItem item = r.items().get(0), expected = twin.items().get(0);
        assertThat(item.title()).isEqualTo(expected.title()).isEqualTo("坚持“12345”工作思路 凝心聚力助推南江经济社会高质量发展");
        assertThat(item.subtitle()).isEqualTo(expected.subtitle());
        assertThat(item.kind()).isEqualTo(expected.kind());
        assertThat(item.metadata().credits()).isEqualTo(expected.metadata().credits()).isNotEmpty();
        assertThat(item.metadata().collectedOn()).isEqualTo(expected.metadata().collectedOn()).isNotNull();
        assertThat(item.metadata().contributor()).isEqualTo(expected.metadata().contributor()).isEqualTo("南江县政协");
        assertThat(body(item)).isEqualTo(body(expected));
    }

    @Test
    void theSavedPageIsCleanedLikeTheCopiedText() throws Exception {
        Source html = new Source("web-article-nanjiang.html", resource("web-article-nanjiang.html"));
        assertThat(Importers.standard().forSource(html)).isInstanceOf(HtmlImporter.class);
        ImportResult r = read(html);
        sameAsTheTextTwin(r, txt());
        assertThat(r.mediaType()).isEqualTo("text/html; charset=GB18030");
        assertThat(r.report().toText()).contains("HTML 网页").contains("GB18030（网页声明的编码）");
        assertThat(removed(r.report())).contains(
                "网站/报刊主办单位：人民日报出版社主管 人民周刊杂志社主办",
                "网页导航（nav 元素）：首页 | 人民视点 | 政协论坛 | 文史天地 | 联系我们",
                "网页导航：首页 > 人民视点 > 正文",
                "网页功能按钮：分享到：微信 微博 QQ空间",
                "网页功能按钮：【打印】【关闭】",
                "责任编辑：(责编:张若涵)",
                "上一篇/下一篇链接：下一篇:最后一页",
                "网站版权信息：版权所有：人民周刊杂志社 京ICP备12345678号");
        // the script's text and the page title never reach the body
        assertThat(body(r.items().get(0))).noneMatch(s -> s.contains("_hmt") || s.contains("广告") || s.contains("人民周刊网"));
    }

    @Test
    void theSameWordFileIsCleanedLikeTheCopiedText() throws Exception {
        Source docx = new Source("web-article-nanjiang.docx", resource("web-article-nanjiang.docx"));
        ImportResult r = read(docx);
        sameAsTheTextTwin(r, txt());
        assertThat(r.report().toText()).contains("网页文字（Word 中粘贴或另存的网页）");
        assertThat(removed(r.report())).contains(
                "网站/报刊主办单位：人民日报出版社主管 人民周刊杂志社主办",
                "网站栏目导航：首页 | 人民视点 | 政协论坛 | 文史天地 | 联系我们",
                "网页导航：首页 > 人民视点 > 正文",
                "网页功能按钮：分享到：微信 微博 QQ空间",
                "责任编辑：(责编:张若涵)",
                "网站版权信息：版权所有：人民周刊杂志社 京ICP备12345678号");
    }

    @Test
    void anOrdinaryWordFileKeepsItsParagraphs() throws Exception {
        // one furniture-like line is not a web page: a manuscript quoting "首页 > 通知" keeps it
        assertThat(org.annalist.importer.text.WebText.looksLikeWebPage(List.of(
                new org.annalist.importer.text.WebText.Piece(1, "首页 > 通知公告", null),
                new org.annalist.importer.text.WebText.Piece(2, "正文第一段。", null)))).isFalse();
    }

    @Test
    void structureOfAPageSurvives() throws Exception {
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                + "<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/a\">要闻</a></li></ul></nav>"
                + "<h1>县志办召开年鉴编纂工作会议</h1><p>会议要求：<a href=\"https://example.org/n\">通知全文</a>见附件。<br>第二行文字。</p>"
                + "<h2>一、工作安排</h2><ul><li>收集资料</li><li>审稿</li></ul><ol start=\"3\"><li>排版</li></ol>"
                + "<table><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><td>条目</td><td>120</td></tr></tbody></table>"
                + "<style>p{}</style><script>alert(1)</script></body></html>";
        ImportResult r = read(new Source("page.htm", page.getBytes(StandardCharsets.UTF_8)));
        ImportedItem item = r.items().get(0);
        assertThat(item.title()).isEqualTo("县志办召开年鉴编纂工作会议");
        List<Block> blocks = item.body().blocks();
        assertThat(blocks).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Paragraph", "Heading", "BulletList", "OrderedList", "Table");
        assertThat(Blocks.plainText(blocks.get(0))).isEqualTo("会议要求：通知全文见附件。");
        assertThat(((Block.Paragraph) blocks.get(0)).content()).anyMatch(i -> i instanceof org.annalist.doc.Inline.Link l
                && l.target().equals("https://example.org/n"));
        assertThat(((Block.Heading) blocks.get(2)).level()).isEqualTo(1);
        assertThat(((Block.BulletList) blocks.get(3)).items()).hasSize(2);
        assertThat(((Block.OrderedList) blocks.get(4)).start()).isEqualTo(3);
        Block.Table table = (Block.Table) blocks.get(5);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows()).hasSize(2);
        assertThat(Blocks.plainText(item.body().blocks())).doesNotContain("alert").doesNotContain("要闻");
        assertThat(removed(r.report())).contains("网页导航（nav 元素）：首页 要闻");
    }

    @Test
    void aBrokenPageIsRefusedWithAMessageNamingTheFile() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i % 100);
        assertThatThrownBy(() -> read(new Source("坏网页.html", binary)))
                .isInstanceOf(ImportException.class).hasMessageContaining("坏网页.html");
        assertThatThrownBy(() -> read(new Source("空网页.html",
                "<html><body><script>var a;</script><nav>首页</nav></body></html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageContaining("空网页.html").hasMessageContaining("没有正文");
        assertThat(new TextImporter().formatName()).isEqualTo("文本");
    }
}
