package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ImportOptions;
import org.annalist.service.Importers;
import org.junit.jupiter.api.Test;

/** What {@link ImportFuzzTest} found, kept as plain tests on files built for the purpose. */
class DamagedWordTest {

    /** A minimal .docx whose body is the given WordprocessingML. */
    static byte[] docx(String body) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + Docs.W_NS + "><w:body>" + body
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        return Mutator.zip(parts, List.of(), false);
    }

    static ImportResult read(String name, byte[] bytes) throws ImportException {
        Source s = new Source(name, bytes);
        return Importers.standard().forSource(s).read(s, ImportOptions.DEFAULT);
    }

    @Test
    void aTableNestedDeepInFirstCellsImportsAtOnce() throws Exception {
        // Found as a hang: numbering the table's first paragraph asked each nested level twice (2^60 steps).
        String open = "<w:tbl><w:tr><w:tc>";
        String close = "</w:tc></w:tr></w:tbl>";
        byte[] file = docx("<w:p><w:r><w:t>本区概况</w:t></w:r></w:p>" + open.repeat(60) + "<w:p><w:r><w:t>最里层</w:t></w:r></w:p>"
                + close.repeat(60) + "<w:p><w:r><w:t>表后的段落。</w:t></w:r></w:p>");
        read("热身.docx", docx("<w:p><w:r><w:t>热身</w:t></w:r></w:p>")); // loads POI, so the time below is the import's
        ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read("嵌套表格.docx", file));
        assertThat(TextCoverage.imported(r)).contains("本区概况", "最里层", "表后的段落。");
    }

    @Test
    void tablesNestedDeeperThanTheStackAreRefusedInChinese() throws Exception {
        // Found as a StackOverflowError escaping the importer: POI builds the body recursively, a level per table.
        String open = "<w:tbl><w:tr><w:tc>";
        String close = "</w:tc></w:tr></w:tbl>";
        byte[] file = docx("<w:p><w:r><w:t>本区概况</w:t></w:r></w:p>" + open.repeat(600) + "<w:p><w:r><w:t>最里层</w:t></w:r></w:p>"
                + close.repeat(600));
        Object[] outcome = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = read("深层表格.docx", file);
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "small stack", 256 * 1024);
        small.start();
        small.join();
        if (outcome[0] instanceof ImportResult r) {
            assertThat(TextCoverage.imported(r)).contains("最里层");
        } else {
            assertThat(outcome[0]).isInstanceOf(ImportException.class);
            assertThat(((ImportException) outcome[0]).getMessage()).startsWith("无法导入“深层表格.docx”：");
        }
    }

    @Test
    void aDocumentWithoutBodyHasNoText() throws Exception {
        // Found as a NullPointerException (wrapped): document.xml without w:body.
        Map<String, byte[]> parts = Mutator.unzip(docx("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"));
        parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + Docs.W_NS + "/>")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read("无正文.docx", Mutator.zip(parts, List.of(), false))).isInstanceOf(ImportException.class)
                .hasMessage("无法导入“无正文.docx”：文档中没有文字").hasNoCause();
    }

    @Test
    void commentMarksWithoutIdsAreIgnored() throws Exception {
        byte[] file = WordFixtures.commentedForDoc();
        Map<String, byte[]> parts = Mutator.unzip(file);
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8)
                .replace("<w:commentRangeStart w:id=\"1\"/>", "<w:commentRangeStart/>")
                .replace("<w:commentReference w:id=\"4\"/>", "<w:commentReference/>");
        assertThat(xml).contains("<w:commentRangeStart/>", "<w:commentReference/>");
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        ImportResult r = read("批注.docx", Mutator.zip(parts, List.of(), false));
        assertThat(r.items().get(0).title()).isEqualTo("乌当区政协文史工作");
        assertThat(r.comments()).isNotEmpty();
    }

    /**
     * A package with a second entry of the same name as the first: java.util.zip refuses to write one, so the second
     * goes in under a placeholder name of the same length and the bytes are patched afterwards. Readers differ in which
     * copy they take (the first, the last, the central directory's), so such a file can show one text in Word and
     * another here: POI refuses it since 5.4 (CVE-2025-31672), and so does the import, before POI.
     */
    static byte[] withDuplicate(byte[] docx, String name, byte[] secondCopy) throws Exception {
        String placeholder = name.substring(0, name.length() - 1) + "\u0001";
        Map<String, byte[]> parts = Mutator.unzip(docx);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (e.getKey().equals(name)) out.put(placeholder, secondCopy);
        }
        byte[] b = Mutator.zip(out, List.of(), false);
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8), to = name.getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = ZipGuard.indexOf(b, from, 0); i >= 0; i = ZipGuard.indexOf(b, from, i + 1), patched++) {
            System.arraycopy(to, 0, b, i, to.length);
        }
        assertThat(patched).as("local header and central directory").isEqualTo(2);
        return b;
    }

    @Test
    void twoEntriesNamedWordDocumentXmlAreRefusedInChineseNamingTheFile() throws Exception {
        byte[] shown = docx("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
        byte[] hidden = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + Docs.W_NS + "><w:body>"
                + "<w:p><w:r><w:t>另一份正文</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8);
        byte[] file = withDuplicate(shown, "word/document.xml", hidden);
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(file))) {
            List<String> names = new java.util.ArrayList<>();
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) names.add(e.getName());
            assertThat(names).filteredOn("word/document.xml"::equals).hasSize(2);
        }
        assertThatThrownBy(() -> read("重复条目.docx", file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("无法导入“重复条目.docx”：")
                .hasMessageContaining("“word/document.xml”")
                .hasMessageContaining("重复")
                .satisfies(e -> assertThat(ImportFuzzTest.foreignWords(e.getMessage(), "重复条目.docx")).isEmpty());
    }

    @Test
    void aDamagedFileIsRefusedInChinese() throws Exception {
        byte[] file = LibreOfficeFilesTest.resource("lo-manuscript.docx");
        byte[] cut = java.util.Arrays.copyOf(file, file.length);
        java.util.Arrays.fill(cut, 1822, 2045, (byte) 0); // inside the compressed document.xml
        assertThatThrownBy(() -> read("稿件.docx", cut)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(ImportFuzzTest.foreignWords(e.getMessage(), "稿件.docx")).isEmpty())
                .hasMessageStartingWith("无法导入“稿件.docx”：");
    }
}
