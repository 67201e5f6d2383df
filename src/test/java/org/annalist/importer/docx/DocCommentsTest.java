package org.annalist.importer.docx;

import static org.annalist.importer.docx.LibreOfficeFilesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BiConsumer;

import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ReviewComment;
import org.apache.poi.hwpf.model.FIBFieldHandler;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Comments (批注) of binary .doc files: lo-commented.doc is {@link WordFixtures#commentedForDoc()} saved as .doc by
 * LibreOffice 7.4, so its tables (PlcfandRef, PlcfandTxt, GrpXstAtnOwners, the annotation bookmarks, AtrdExtra) are
 * written by a real Word 97 filter. They give the same review comments as the .docx they came from.
 */
class DocCommentsTest {

    private final DocImporter importer = new DocImporter();

    @Test
    void commentsOfADocBecomeReviewComments() throws Exception {
        ImportResult r = importer.read(new Source("批注稿.doc", resource("lo-commented.doc")));
        assertThat(r.comments()).extracting(ImportResult.ImportedComment::item, ImportResult.ImportedComment::replyTo)
                .containsOnly(tuple(0, -1));
        assertThat(r.comments()).extracting(c -> c.comment().author(), c -> c.comment().writtenAt(), c -> c.comment().text(),
                c -> c.comment().anchor(), c -> c.comment().quote(), c -> c.comment().origin()).containsExactly(
                tuple("初审 李编辑", Instant.parse(WordFixtures.DATE), "“两期”请与出版记录核对。",
                        "2022年编撰完成两期《乌当文史》，收录稿件70余篇。", "两期《乌当文史》", "word"),
                // no name, initials only; two paragraphs; the marked range runs over a bold run
                tuple("ZR", Instant.parse("2024-06-02T09:30:00Z"), "面积请核对。\n见《乌当区志》第3页。",
                        "全区面积约686平方公里。", "686平方公里", "word"),
                // in a table cell, written without a date
                tuple("复审 赵主任", null, "73篇与正文“70余篇”一致。", "73", "73", "word"),
                // on a point: no marked text, anchored where its mark stands
                tuple("作者 王老五", Instant.parse(WordFixtures.DATE), "此段已按审读意见改定。", "以上为近年概况。", null, "word"));
        String report = r.report().toText();
        assertThat(report).contains("批注：4 条，已作为审读意见随稿件保存（作者、时间、所批注的文字）")
                .doesNotContain("批注暂不导入").doesNotContain("警告");
        // the comment marks are not text
        assertThat(org.annalist.doc.Markdown.write(r.items().get(0).body())).contains("2022年编撰完成两期《乌当文史》，收录稿件70余篇。")
                .contains("以上为近年概况。").doesNotContain("\u0005");
    }

    /** The .docx the .doc was saved from gives the same comments (the initials-only author aside: .docx has no name). */
    @Test
    void theSameCommentsAsTheDocxItCameFrom() throws Exception {
        ImportResult doc = importer.read(new Source("批注稿.doc", resource("lo-commented.doc")));
        ImportResult docx = new DocxImporter().read(new Source("批注稿.docx", WordFixtures.commentedForDoc()));
        assertThat(doc.comments()).extracting(c -> c.comment().text(), c -> c.comment().quote(), c -> c.comment().anchor())
                .containsExactlyElementsOf(docx.comments().stream().map(c -> tuple(c.comment().text(), c.comment().quote(),
                        c.comment().anchor())).toList());
        assertThat(doc.items().get(0).body()).isEqualTo(docx.items().get(0).body());
    }

    @Test
    void aWpsFileIsReadTheSameWay() throws Exception {
        ImportResult r = org.annalist.service.Importers.standard().forSource(new Source("批注稿.wps", resource("lo-commented.doc")))
                .read(new Source("批注稿.wps", resource("lo-commented.doc")));
        assertThat(r.comments()).hasSize(4);
        assertThat(r.comments().get(0).comment()).extracting(ReviewComment::author, ReviewComment::quote)
                .containsExactly("初审 李编辑", "两期《乌当文史》");
        assertThat(r.report().toText()).contains("文件扩展名为 .wps，按内容识别").contains("批注：4 条");
    }

    /**
     * Word 2002 and later keep threads in AtrdExtra (cDepth, and diatrdParent: the parent's index relative to the
     * reply's); LibreOffice writes them as zero, so the file is given one here: the point comment answers the first.
     */
    @Test
    void aReplyWrittenInAtrdExtraBecomesAThread() throws Exception {
        byte[] bytes = patched((main, table) -> {
            int fc = DocComments.fcLcb(main, 112)[0] + 3 * 18;
            put32(table, fc + 6, 1);
            put32(table, fc + 10, -3);
        });
        ImportResult r = importer.read(new Source("回复.doc", bytes));
        assertThat(r.comments()).extracting(ImportResult.ImportedComment::replyTo).containsExactly(-1, 0, -1, -1);
        assertThat(r.comments().get(1).comment().text()).isEqualTo("此段已按审读意见改定。");
        assertThat(r.report().toText()).contains("批注：4 条（其中回复 1 条），已作为审读意见随稿件保存（作者、时间、所批注的文字、回复关系）");
    }

    /** Damaged comment tables lose what they hold, with a warning; the text is imported whole. */
    @Test
    void damagedCommentTablesGiveWarningsNotFailures() throws Exception {
        String body = org.annalist.doc.Markdown.write(importer.read(new Source("批注稿.doc", resource("lo-commented.doc"))).items().get(0).body());

        // PlcfandRef garbled: the texts are kept, unsigned and unanchored
        ImportResult refs = importer.read(new Source("损坏.doc", patched((main, table) -> {
            int[] loc = DocComments.fcLcb(main, FIBFieldHandler.PLCFANDREF);
            Arrays.fill(table, loc[0], loc[0] + 20, (byte) 0xFF);
        })));
        assertThat(refs.comments()).extracting(c -> c.comment().author(), c -> c.comment().text(), c -> c.comment().anchor())
                .startsWith(tuple("（未署名）", "“两期”请与出版记录核对。", null)).hasSize(4);
        assertThat(refs.report().toText()).contains("批注的位置表（PlcfandRef）已损坏，4 条批注只导入了文字");
        assertThat(org.annalist.doc.Markdown.write(refs.items().get(0).body())).isEqualTo(body);

        // the FIB points PlcfandRef past the end of the table stream
        ImportResult beyond = importer.read(new Source("损坏.doc", patched((main, table) -> {
            int p = fibPair(main, FIBFieldHandler.PLCFANDREF);
            put32(main, p + 4, 1 << 30);
        })));
        assertThat(beyond.comments()).hasSize(4);
        assertThat(beyond.report().toText()).contains("PlcfandRef）已损坏");

        // PlcfandTxt garbled: no comment can be told from the next; none imported, the text is
        ImportResult texts = importer.read(new Source("损坏.doc", patched((main, table) -> {
            int[] loc = DocComments.fcLcb(main, FIBFieldHandler.PLCFANDTXT);
            put32(table, loc[0] + 4, 100_000);
        })));
        assertThat(texts.comments()).isEmpty();
        assertThat(texts.report().toText()).contains("批注文字的位置表（PlcfandTxt）已损坏，批注未能导入；正文不受影响");
        assertThat(org.annalist.doc.Markdown.write(texts.items().get(0).body())).isEqualTo(body);

        // author names, range bookmarks and dates damaged: initials, paragraphs and no dates remain
        ImportResult rest = importer.read(new Source("损坏.doc", patched((main, table) -> {
            int[] owners = DocComments.fcLcb(main, FIBFieldHandler.GRPXSTATNOWNERS);
            put32(table, owners[0], 0x7FFF7FFF);
            int[] bkf = DocComments.fcLcb(main, FIBFieldHandler.PLCFATNBKF);
            put32(table, bkf[0], 1 << 29);
            put32(main, fibPair(main, 112) + 4, 5);
        })));
        assertThat(rest.comments()).extracting(c -> c.comment().author(), c -> c.comment().writtenAt(), c -> c.comment().anchor(),
                c -> c.comment().quote()).containsExactly(
                tuple("（未署名）", null, "2022年编撰完成两期《乌当文史》，收录稿件70余篇。", null),
                tuple("ZR", null, "全区面积约686平方公里。", null),
                tuple("（未署名）", null, "73", null),
                tuple("（未署名）", null, "以上为近年概况。", null));
        assertThat(rest.report().toText()).contains("批注作者表已损坏").contains("范围表已损坏").contains("批注时间表已损坏")
                .contains("批注：4 条");
        assertThat(org.annalist.doc.Markdown.write(rest.items().get(0).body())).isEqualTo(body);
    }

    /** lo-commented.doc with its WordDocument and table streams changed by {@code patch}. */
    private static byte[] patched(BiConsumer<byte[], byte[]> patch) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(resource("lo-commented.doc")))) {
            String tableName = fs.getRoot().hasEntry("1Table") ? "1Table" : "0Table";
            byte[] main, table;
            try (var in = fs.createDocumentInputStream("WordDocument")) {
                main = in.readAllBytes();
            }
            try (var in = fs.createDocumentInputStream(tableName)) {
                table = in.readAllBytes();
            }
            patch.accept(main, table);
            fs.createOrUpdateDocument(new ByteArrayInputStream(main), "WordDocument");
            fs.createOrUpdateDocument(new ByteArrayInputStream(table), tableName);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Where the fc of pair {@code index} of the FIB's fc/lcb array is in the WordDocument stream. */
    private static int fibPair(byte[] main, int index) {
        int p = 32;
        p += 2 + 2 * u16(main, p);
        p += 2 + 4 * u16(main, p);
        return p + 2 + 8 * index;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static void put32(byte[] b, int p, int v) {
        for (int k = 0; k < 4; k++) b[p + k] = (byte) (v >>> 8 * k);
    }
}
