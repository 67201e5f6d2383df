package org.annalist.importer.docx;

import static org.annalist.importer.docx.LibreOfficeFilesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Block.Heading;
import org.annalist.doc.Inline;
import org.annalist.doc.Inline.Text;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.Credit;
import org.annalist.model.Role;
import org.annalist.service.Importers;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Binary Word 97-2003 files: the two test documents saved by LibreOffice as .doc ("MS Word 97" filter) give the
 * same tree as the .docx originals through the shared mapping.
 */
class DocImporterTest {

    private final DocImporter importer = new DocImporter();

    /** The revised manuscript of DocxReviewDataTest saved as .doc by LibreOffice: its revisions become suggestions too. */
    @Test
    void trackedChangesInADocBecomeSuggestions() throws Exception {
        ImportResult r = importer.read(new Source("修订稿.doc", resource("lo-revised.doc")));
        String md = org.annalist.doc.Markdown.write(r.items().get(0).body());
        assertThat(md).startsWith("全区[共有]{.deletion author=\"张三\" date=\"2024-05-01T10:00:00Z\"}"
                + "[辖**10**]{.insertion author=\"张三\" date=\"2024-05-01T10:00:00Z\"}个乡镇。")
                .contains("交通便利，[历史悠久。]{.insertion author=\"李四\"").contains("[整段删去的话。]{.deletion author=\"张三\"}");
        assertThat(r.report().toText()).contains("插入 2 处、删除 3 处、移动 0 处（修订人：张三、李四），作为待处理的修订建议保留在正文中");
        ImportResult accepted = importer.read(new Source("修订稿.doc", resource("lo-revised.doc")),
                new org.annalist.model.ImportOptions(org.annalist.model.ImportOptions.TrackedChanges.ACCEPT));
        assertThat(org.annalist.doc.Markdown.write(accepted.items().get(0).body()))
                .startsWith("全区辖**10**个乡镇。\n\n地处黔中。\n\n交通便利，历史悠久。").doesNotContain("整段删去");
    }

    /**
     * A .doc saved with an open password by LibreOffice (Writer's "MS Word 97" filter with a Password, through a
     * Basic macro: LibreOffice 7.4 ignores JSON filter options on the command line), also when misnamed .docx.
     */
    @Test
    void passwordProtectedDocGetsAClearMessage() throws Exception {
        byte[] bytes = resource("lo-password.doc");
        assertThatThrownBy(() -> importer.read(new Source("加密稿.doc", bytes)))
                .isInstanceOf(ImportException.class)
                .hasMessage("无法导入“加密稿.doc”：文件有密码保护。请在 Word 或 WPS 中打开，取消密码后另存为 .docx，再导入");
        Source misnamed = new Source("加密稿.docx", bytes);
        assertThatThrownBy(() -> Importers.standard().forSource(misnamed).read(misnamed))
                .isInstanceOf(ImportException.class).hasMessageContaining("文件有密码保护");
    }

    @Test
    void manuscriptAsDoc() throws Exception {
        ImportResult r = importer.read(new Source("综述.doc", resource("lo-manuscript.doc")));
        assertThat(r.items().get(0).title()).isEqualTo("乌当区政协文史工作综述");
        assertThat(r.items().get(0).metadata().credits()).containsExactly(
                new Credit("王老五", Role.NARRATOR, null), new Credit("赵六", Role.COMPILER, null));
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b.get(0)).isEqualTo(new Block.Paragraph(List.of(new Text("乌当区政协文史工作始于1984年，至今已编印文史资料二十辑。"))));
        assertThat(b).filteredOn(x -> x instanceof Heading).containsExactly(
                new Heading(1, List.of(new Text("一、基本情况"))), new Heading(2, List.of(new Text("（一）组织建设"))),
                new Heading(3, List.of(new Text("1.加强学习"))), new Heading(1, List.of(new Text("工作成效"))));
        assertThat(b.get(6)).isEqualTo(new Block.Paragraph(List.of(new Text("全区面积约"),
                new Inline.Strong(List.of(new Text("686"))), new Inline.Emph(List.of(new Text("km"))),
                new Inline.Superscript(List.of(new Text("2"))), new Text("，称"),
                new Inline.Span(org.annalist.doc.Attr.ofClass("underline"), List.of(new Text("乌当"))), new Text("。"))));
    }

    @Test
    void chapterAsDocWithNumberingNotesLinksImagesAndMergedCells() throws Exception {
        ImportResult r = importer.read(new Source("概况.doc", resource("lo-chapter.doc")));
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b.subList(0, 5)).containsExactly(
                new Heading(1, List.of(new Text("自然地理"))), new Heading(2, List.of(new Text("地形地貌"))),
                new Heading(3, List.of(new Text("气候"))), new Heading(1, List.of(new Text("一、机构设置"))),
                new Heading(1, List.of(new Text("二、人员编制"))));
        assertThat(b.get(5)).isEqualTo(new Block.OrderedList(1, List.of(
                List.of(new Block.Paragraph(List.of(new Text("征集史料")))),
                List.of(new Block.Paragraph(List.of(new Text("编辑出版")))))));
        assertThat(b.get(6)).isEqualTo(new Block.Paragraph(List.of(new Text("境内最高峰海拔1659米"),
                new Inline.Note(List.of(new Block.Paragraph(List.of(new Text("据《乌当区志》。"))))), new Text("。"))));
        assertThat(b.get(7)).isEqualTo(new Block.Paragraph(List.of(new Text("详见"),
                new Inline.Link(List.of(new Text("区政府网站")), "https://www.example.org/wudang"))));
        assertThat(b.get(8)).isEqualTo(new Block.Figure("attachment:new/0", List.of(new Text("图1　乌当区全景"))));
        assertThat(r.attachments().get(0).mediaType()).isEqualTo("image/png");

        Block.Table t = (Block.Table) b.get(9);
        assertThat(t.headerRows()).isEqualTo(1);
        // Word 97 has no grid: spans come from cell edges; every row covers the same width.
        int width = t.rows().get(0).cells().stream().mapToInt(Block.Cell::colSpan).sum();
        assertThat(t.rows().get(1).cells().stream().mapToInt(Block.Cell::colSpan).sum()).isEqualTo(width);
        assertThat(t.rows().get(1).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(t.rows().get(1).cells().get(1).colSpan()).isGreaterThan(t.rows().get(0).cells().get(2).colSpan());
    }

    @Test
    void recognisedByContentNotName() throws Exception {
        byte[] doc = resource("lo-manuscript.doc");
        assertThat(Importers.standard().forSource(new Source("稿件.wps", doc))).isInstanceOf(DocImporter.class);
        assertThat(Importers.standard().forSource(new Source("稿件.docx", doc))).isInstanceOf(DocImporter.class);
        assertThat(new DocxImporter().accepts(new Source("稿件.doc", doc))).isFalse();
        assertThat(importer.accepts(new Source("稿件.doc", DocxManuscriptTest.manuscript()))).isFalse();
    }

    @Test
    void otherOle2FilesAndTruncatedDocAreRefusedClearly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[100]), "Workbook");
            fs.writeFilesystem(out);
        }
        Source xls = new Source("表格.xls", out.toByteArray());
        assertThat(importer.accepts(xls)).isFalse();
        assertThatThrownBy(() -> Importers.standard().forSource(xls)).hasMessageContaining("无法识别的文件格式");
        Source renamed = new Source("表格.doc", out.toByteArray());
        assertThatThrownBy(() -> importer.read(renamed)).isInstanceOf(ImportException.class)
                .hasMessageContaining("表格.doc").hasMessageContaining("不是 Word 文档");

        byte[] doc = resource("lo-chapter.doc");
        byte[] cut = Arrays.copyOf(doc, doc.length / 2);
        assertThatThrownBy(() -> importer.read(new Source("残缺.doc", cut))).isInstanceOf(ImportException.class)
                .hasMessageContaining("残缺.doc").hasMessageContaining("损坏或不完整");
    }

    @Test
    void rtfAndHtmlSavedAsDocAreNamedForWhatTheyAre() throws Exception {
        Source rtf = new Source("来稿.doc", "{\\rtf1\\ansi\\ansicpg936 {\\f0 \\'c4\\'ea}}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Source html = new Source("来稿.doc", ("<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body><p>乌当</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Source s : List.of(rtf, html)) {
            assertThat(Importers.standard().forSource(s)).isInstanceOf(DocImporter.class);
        }
        assertThatThrownBy(() -> importer.read(rtf)).hasMessageContaining("来稿.doc").hasMessageContaining("RTF 格式")
                .hasMessageContaining("另存为 .docx");
        assertThatThrownBy(() -> importer.read(html)).hasMessageContaining("网页（HTML/MHT）格式");
        // An HTML page named .html is not Word's business.
        assertThat(importer.accepts(new Source("page.html", html.bytes()))).isFalse();
    }
}
