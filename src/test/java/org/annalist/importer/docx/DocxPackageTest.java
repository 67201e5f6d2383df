package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.annalist.doc.Block;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.service.Importers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Package-level .docx cases: a main part found through the package relationship rather than its usual name,
 * empty files, a picture too large for POI, and damage reported in Chinese (the technical reason in the cause).
 */
class DocxPackageTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A minimal package written by hand, as some converters do: its main part is word/document2.xml. */
    static byte[] documentTwo(String mainContentType) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document2.xml\" ContentType=\"" + mainContentType + "\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document2.xml\"/></Relationships>");
            put(zip, "word/document2.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
                    + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>乌当区档案工作概况</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>全区档案馆藏十万卷。</w:t></w:r></w:p></w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void mainPartIsFoundThroughThePackageRelationship() throws Exception {
        Source source = new Source("档案.docx", documentTwo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        assertThat(Importers.standard().forSource(source)).isInstanceOf(DocxImporter.class);
        ImportResult r = new DocxImporter().read(source);
        assertThat(r.items().get(0).title()).isEqualTo("乌当区档案工作概况");
        assertThat(r.items().get(0).body().blocks()).containsExactly(
                new Block.Paragraph(List.of(new org.annalist.doc.Inline.Text("全区档案馆藏十万卷。"))));
        // Named .doc, it is still read by content.
        assertThat(Importers.standard().forSource(new Source("档案.doc", source.bytes()))).isInstanceOf(DocxImporter.class);
        assertThat(ZipGuard.mainPart(source.bytes())).isEqualTo("word/document2.xml");
    }

    /** A writer that gives every .xml part the main content type by default, with no override for the main part. */
    @Test
    void mainPartTypedByItsExtensionsDefault() throws Exception {
        String main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        byte[] bytes = new String(documentTwo(main), StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("[Content_Types].xml")) {
                    text = text.replace("ContentType=\"application/xml\"", "ContentType=\"" + main + "\"")
                            .replaceAll("<Override [^>]*/>", "");
                }
                put(zip, e.getName(), text);
            }
        }
        Source source = new Source("档案.docx", out.toByteArray());
        assertThat(Importers.standard().forSource(source)).isInstanceOf(DocxImporter.class);
        assertThat(new DocxImporter().read(source).items().get(0).title()).isEqualTo("乌当区档案工作概况");
    }

    @Test
    void aPackageWhoseMainPartIsNotWordIsNotWord() throws Exception {
        Source sheet = new Source("报表.docx", documentTwo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        assertThat(new DocxImporter().accepts(sheet)).isFalse();
        assertThatThrownBy(() -> Importers.standard().forSource(sheet)).isInstanceOf(ImportException.class)
                .hasMessageContaining("报表.docx").hasMessageContaining("无法识别的文件格式");
    }

    @Test
    void emptyFilesAreCalledEmpty() {
        for (String name : List.of("空白.docx", "空白.doc", "空白.wps", "空白.txt", "空白.pdf", "空白")) {
            Source empty = new Source(name, new byte[0]);
            assertThatThrownBy(() -> Importers.standard().forSource(empty)).isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("无法导入“" + name + "”：文件是空的").hasMessageNotContaining("无法识别");
        }
        assertThatThrownBy(() -> new DocxImporter().read(new Source("空白.docx", new byte[0]))).hasMessageContaining("文件是空的");
        assertThatThrownBy(() -> new DocImporter().read(new Source("空白.doc", new byte[0]))).hasMessageContaining("文件是空的");
    }

    /**
     * A real .docx whose one picture is replaced by {@code size} bytes (not a valid picture: it is never decoded),
     * stored or deflated. Deterministic bytes that do not compress, so the package is not taken for a zip bomb.
     */
    static byte[] withPicture(long size, boolean stored) throws Exception {
        XWPFDocument doc = new XWPFDocument();
        Docs.para(doc, "乌当区全景");
        Docs.picture(doc.createParagraph().createRun(), "image1.png", 8, 8);
        Docs.para(doc, "图片之后的正文照常导入。");
        byte[] small = Docs.bytes(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (stored ? size + small.length + 4096 : size + size / 50 + small.length));
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(small)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().startsWith("word/media/")) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(zip);
                    continue;
                }
                ZipEntry big = new ZipEntry(e.getName());
                if (stored) {
                    CRC32 crc = new CRC32();
                    fill(size, chunk -> crc.update(chunk));
                    big.setMethod(ZipEntry.STORED);
                    big.setSize(size);
                    big.setCompressedSize(size);
                    big.setCrc(crc.getValue());
                }
                zip.putNextEntry(big);
                fill(size, chunk -> zip.write(chunk));
            }
        }
        return out.toByteArray();
    }

    private interface Sink {
        void accept(byte[] chunk) throws Exception;
    }

    /** {@code size} pseudo-random bytes after a PNG signature, in 1 MiB chunks (xorshift: cheap and incompressible). */
    private static void fill(long size, Sink sink) throws Exception {
        byte[] chunk = new byte[1 << 20];
        long x = 88172645463325252L;
        for (long done = 0; done < size; done += chunk.length) {
            for (int i = 0; i < chunk.length; i += 8) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
                for (int k = 0; k < 8; k++) chunk[i + k] = (byte) (x >>> (8 * k));
            }
            if (done == 0) System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, chunk, 0, 8);
            sink.accept(done + chunk.length <= size ? chunk : Arrays.copyOf(chunk, (int) (size - done)));
        }
    }

    /**
     * One picture of 100 MB (beyond POI's 100,000,000-byte array limit) behaves like one of 60 MB: the text is
     * imported, the picture left out with a Chinese warning naming it and its size. Stored and deflated alike.
     */
    @Test
    void aHugePictureIsLeftOutAndTheTextKept() throws Exception {
        for (long size : new long[] {100L << 20, 60L << 20}) {
            for (boolean stored : new boolean[] {true, false}) {
                if (size == 60L << 20 && !stored) continue; // the deflated case is shown once, for the larger picture
                ImportResult r = new DocxImporter().read(new Source("全景.docx", withPicture(size, stored)));
                String text = org.annalist.doc.Markdown.write(r.items().get(0).body());
                assertThat(text).contains("乌当区全景").contains("图片之后的正文照常导入。");
                assertThat(r.attachments()).isEmpty();
                String mb = String.format("%.1f MB", size / 1024.0 / 1024.0);
                assertThat(r.report().toText()).contains("图片“image1.png”有 " + mb + "，超过 50 MB，未导入")
                        .doesNotContainPattern("[A-Za-z]+Exception|Tried to read");
            }
        }
    }

    /** Damage is told in Chinese naming the file; POI's and java.util.zip's English reason stays in the cause. */
    @Test
    void damageIsToldInChineseWithTheTechnicalReasonInTheCause() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "word/document.xml", "<w:document>不是 XML");
        }
        byte[] docx = DocxStructureTest.chapter();
        byte[] corrupt = docx.clone();
        for (int i = 200; i < Math.min(corrupt.length, 1200); i++) corrupt[i] ^= 0x5A; // inside the first entry's data
        byte[] doc = LibreOfficeFilesTest.resource("lo-chapter.doc");
        byte[] cutDoc = Arrays.copyOf(doc, doc.length / 2);
        byte[] brokenDoc = doc.clone();
        for (int i = 1024; i < 3072; i++) brokenDoc[i] = (byte) 0xFF; // the FIB and the start of the text
        List<Source> damaged = List.of(new Source("坏.docx", out.toByteArray()), new Source("乱码.docx", corrupt),
                new Source("残缺.doc", cutDoc), new Source("乱码.doc", brokenDoc));
        for (Source s : damaged) {
            assertThatThrownBy(() -> Importers.standard().forSource(s).read(s)).isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("无法导入“" + s.name() + "”：")
                    .satisfies(e -> assertThat(e.getMessage().replaceAll("Word|WPS|\\.docx|\\.doc|Excel|PowerPoint", ""))
                            .as(e.getMessage()).doesNotContainPattern("[A-Za-z]{3,}"));
        }
        ImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
                () -> new DocxImporter().read(damaged.get(0)));
        assertThat(e.getCause()).isNotNull();
    }
}
