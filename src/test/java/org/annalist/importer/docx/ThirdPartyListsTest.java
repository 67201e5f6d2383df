package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/**
 * Lists written by other programs (sources under {@code lists-src/}): pandoc 2 from Markdown with fancy lists,
 * LibreOffice 7 from HTML, python-docx 0.8 through its template's list styles, and a hand-zipped package whose
 * numbering leaves w:numFmt out. Each X.docx has X.docx.lo.txt, LibreOffice's text export of it, which prints every
 * list number Word shows: each of its lines must be found in the imported Markdown, numbers included.
 */
class ThirdPartyListsTest {

    private static String markdown(String name) throws Exception {
        ImportResult r = new DocxImporter().read(new Source(name, LibreOfficeFilesTest.resource(name)));
        assertThat(r.items()).hasSize(1);
        Document body = r.items().get(0).body();
        String md = Markdown.write(body);
        assertThat(Markdown.parse(md)).as("round trip of\n%s", md).isEqualTo(body);
        return md;
    }

    /** Every line LibreOffice prints (number and text) is in the Markdown; bullets are written "-". */
    private static void showsWhatLibreOfficeShows(String name, String md) throws Exception {
        String lo = new String(LibreOfficeFilesTest.resource(name + ".lo.txt"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String flat = md.replace("&#32;", " ").replaceAll("[ \\t]+", " ");
        for (String line : lo.split("\r?\n")) {
            String want = line.strip().replaceAll("^[•◦▪]", "-").replaceAll("[ \\t]+", " ");
            if (!want.isEmpty()) assertThat(flat).as("line %s of %s", want, name).contains(want);
        }
    }

    @Test
    void pandocNestedLetteredRomanAndParenthesisedLists() throws Exception {
        String md = markdown("pandoc-lists.docx");
        assertThat(md).isEqualTo("""
                乌当区政协2022年文史工作要点。

                1. 征集史料

                   a. 走访老同志

                   b. 收集照片

                      i. 整理底片
                      ii. 编写说明

                2. 编辑出版

                3. 报送存档

                下列三项另行安排：

                A.  口述史访谈
                B.  专题展览
                C.  数字化工程

                (5) 第五项工作
                (6) 第六项工作

                - 要点一

                  - 分点甲
                  - 分点乙

                - 要点二
                """);
        showsWhatLibreOfficeShows("pandoc-lists.docx", md);
    }

    @Test
    void libreOfficeListsWithStartsAndLetters() throws Exception {
        String md = markdown("lo-lists.docx");
        assertThat(md).contains("1. 征集史料\n\n   a. 走访老同志\n   b. 收集照片\n\n2. 编辑出版")
                .contains("5. 报送存档\n6. 数字化").contains("A.  口述史访谈记录\nB.  专题展览图片")
                .contains("i. 第一卷\nii. 第二卷\niii. 第三卷\niv. 第四卷").contains("- 要点一\n- 要点二");
        showsWhatLibreOfficeShows("lo-lists.docx", md);
    }

    @Test
    void pythonDocxListStylesNumberTheirParagraphsAndKeepTheEmptyItem() throws Exception {
        String md = markdown("pydocx-lists.docx");
        // "List Number 2" is a list of its own in python-docx's template (another w:numId at level 0)
        assertThat(md).isEqualTo("""
                乌当区政协文史资料征集工作步骤。

                1. 制定征集计划
                2.
                3. 走访知情人

                <!-- -->

                1. 录音整理
                2. 核对史实

                <!-- -->

                4. 汇编成册

                注意事项：

                - 尊重口述者意愿
                - 保存原始材料
                """);
        showsWhatLibreOfficeShows("pydocx-lists.docx", md);
    }

    @Test
    void handWrittenNumberingWithoutNumFmt() throws Exception {
        String md = markdown("handwritten-lists.docx");
        assertThat(md).isEqualTo("""
                乌当区政协文史委员会工作要点（手写的编号定义）。

                1. 征集史料

                   a) 走访老同志
                   b) 收集照片

                2.

                3. 编辑出版

                以下另起编号：

                1. 报送存档
                2. 建立档案

                附件：

                A.  口述史访谈记录
                B.  专题展览图片
                """);
        showsWhatLibreOfficeShows("handwritten-lists.docx", md);
    }
}
