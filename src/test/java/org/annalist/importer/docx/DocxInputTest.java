package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.service.Importers;
import org.junit.jupiter.api.Test;

/** Recognition by content and the refusals: wrong name, random bytes, truncation, password, zip bomb. */
class DocxInputTest {

    private final DocxImporter importer = new DocxImporter();

    @Test
    void docxNamedDocIsReadByContent() throws Exception {
        Source source = new Source("综述.doc", DocxManuscriptTest.manuscript());
        assertThat(Importers.standard().forSource(source)).isInstanceOf(DocxImporter.class);
        ImportResult r = importer.read(source);
        assertThat(r.items().get(0).title()).isEqualTo("乌当区政协文史工作综述");
        assertThat(r.report().toText()).contains("扩展名为 .doc，按内容识别为 .docx");
    }

    @Test
    void randomBytesNamedDocxAreRefusedClearly() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Source source = new Source("报告.docx", junk);
        assertThat(importer.accepts(source)).isFalse();
        assertThatThrownBy(() -> importer.read(source)).isInstanceOf(ImportException.class)
                .hasMessageContaining("报告.docx").hasMessageContaining("不是 Word 2007");
        // Through the registry: nobody recognises the bytes, and the message says what can be imported.
        assertThatThrownBy(() -> Importers.standard().forSource(source)).isInstanceOf(ImportException.class)
                .hasMessageContaining("报告.docx").hasMessageContaining("无法识别的文件格式");
    }

    @Test
    void truncatedDocxIsRefusedClearly() throws Exception {
        byte[] whole = DocxStructureTest.chapter();
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        assertThat(importer.accepts(new Source("概况.docx", cut))).isTrue(); // word/document.xml is near the start
        assertThatThrownBy(() -> importer.read(new Source("概况.docx", cut))).isInstanceOf(ImportException.class)
                .hasMessageContaining("概况.docx").hasMessageContaining("不完整");
    }

    @Test
    void passwordProtectedDocxIsRefusedWithReason() throws Exception {
        byte[] locked = Docs.encrypt(DocxManuscriptTest.manuscript(), "wenshi");
        Source source = new Source("加密稿.docx", locked);
        assertThat(importer.accepts(source)).isTrue();
        assertThatThrownBy(() -> importer.read(source)).isInstanceOf(ImportException.class)
                .hasMessageContaining("加密稿.docx").hasMessageContaining("密码");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) zip.write(spaces); // 64 MB of blanks compress to ~64 KB
        }
        Source source = new Source("炸弹.docx", out.toByteArray());
        assertThat(importer.accepts(source)).isTrue();
        assertThatThrownBy(() -> importer.read(source)).isInstanceOf(ImportException.class)
                .hasMessageContaining("炸弹.docx").hasMessageContaining("安全限制");
    }

    @Test
    void damagedXmlInsideIsRefusedClearly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>不是 XML".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> importer.read(new Source("坏.docx", out.toByteArray()))).isInstanceOf(ImportException.class)
                .hasMessageContaining("坏.docx").hasMessageContaining("损坏");
    }
}
