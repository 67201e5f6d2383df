package org.annalist.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/** Encodings recognised from the bytes, and files that are not text refused with a clear message. */
class TextDecoderTest {

    private static final String SEED = "work-points-county-cppcc-2020.txt";
    private final TextImporter importer = new TextImporter();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void gbkUtf16AndBomFilesDecodeToTheSameTextAsUtf8() throws Exception {
        String text = Seeds.text(SEED);
        ImportResult utf8 = importer.read(new Source("a.txt", text.getBytes(StandardCharsets.UTF_8)));
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf8bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] utf16noBom = text.getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextDecoder.decode(new Source("g.txt", gbk)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(new Source("g.txt", gbk)).encoding()).isEqualTo("GB18030（GBK）");
        assertThat(TextDecoder.decode(new Source("le.txt", utf16le)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(new Source("be.txt", utf16be)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(new Source("bom.txt", utf8bom)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(new Source("bom.txt", utf8bom)).encoding()).isEqualTo("UTF-8（带 BOM）");
        assertThat(TextDecoder.decode(new Source("n.txt", utf16noBom)).encoding()).startsWith("UTF-16LE");
        assertThat(TextDecoder.decode(new Source("n.txt", utf16noBom)).text()).isEqualTo(text);

        for (byte[] b : new byte[][] {gbk, utf16le, utf16be, utf8bom, utf16noBom}) {
            ImportResult r = importer.read(new Source("x.txt", b));
            assertThat(r.items()).hasSize(1);
            assertThat(r.items().get(0).title()).isEqualTo(utf8.items().get(0).title());
            assertThat(r.items().get(0).body()).isEqualTo(utf8.items().get(0).body());
        }
        assertThat(importer.read(new Source("g.txt", gbk)).report().toText()).contains("编码：GB18030（GBK）");
    }

    @Test
    void crlfAndCrLineEndsAreNormalised() throws Exception {
        String text = Seeds.text(SEED);
        ImportResult lf = importer.read(new Source("a.txt", text.getBytes(StandardCharsets.UTF_8)));
        ImportResult crlf = importer.read(new Source("a.txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        ImportResult cr = importer.read(new Source("a.txt", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
        assertThat(crlf.items().get(0).body()).isEqualTo(lf.items().get(0).body());
        assertThat(cr.items().get(0).body()).isEqualTo(lf.items().get(0).body());
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> importer.read(new Source("空稿.txt", new byte[0])))
                .isInstanceOf(ImportException.class).hasMessageContaining("空稿.txt").hasMessageContaining("空");
        assertThatThrownBy(() -> importer.read(new Source("blank.txt", " \n\u3000\r\n\u00A0 ".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageContaining("blank.txt").hasMessageContaining("空");
    }

    @Test
    void binaryFilesNamedTxtAreRefusedAndNamed() throws Exception {
        byte[] png = new byte[400];
        new Random(7).nextBytes(png);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        assertThatThrownBy(() -> importer.read(new Source("照片.txt", png)))
                .isInstanceOf(ImportException.class).hasMessageContaining("照片.txt").hasMessageContaining("PNG");

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> importer.read(new Source("稿件.txt", bos.toByteArray())))
                .isInstanceOf(ImportException.class).hasMessageContaining("稿件.txt")
                .hasMessageContaining("这是一个 Word 文件（.docx），不是文本文件");

        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("你好".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> importer.read(new Source("包.txt", plainZip.toByteArray())))
                .isInstanceOf(ImportException.class).hasMessageContaining("ZIP");

        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.read(new Source("年鉴.txt", pdf))).hasMessageContaining("PDF");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> importer.read(new Source("旧稿.txt", ole))).hasMessageContaining(".doc");

        // No magic number, but NUL bytes scattered at both parities: binary data.
        byte[] random = new byte[2000];
        new Random(11).nextBytes(random);
        for (int i = 0; i < random.length; i += 7) random[i] = 0;
        assertThatThrownBy(() -> importer.read(new Source("data.txt", random)))
                .isInstanceOf(ImportException.class).hasMessageContaining("data.txt").hasMessageContaining("二进制");

        assertThat(importer.accepts(new Source("照片.txt", png))).isFalse();
        assertThat(importer.accepts(new Source("稿件.docx", Seeds.bytes(SEED)))).isTrue();
    }

    @Test
    void manyControlCharactersMeanBinary() {
        StringBuilder sb = new StringBuilder("正文");
        for (int i = 0; i < 50; i++) sb.append('\u0001').append("字");
        assertThatThrownBy(() -> importer.read(new Source("ctl.txt", sb.toString().getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("二进制");
    }

    @Test
    void aFewStrayControlCharactersAreRemovedAndReported() throws Exception {
        String text = "标题\n\n正文第一段。\u001A\n";
        ImportResult r = importer.read(new Source("ctl.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(Blocks.all(r.items().get(0).body())).isEqualTo("正文第一段。\n");
        assertThat(r.report().toText()).contains("控制字符 1 个");
    }

    @Test
    void damagedUtf8IsRefusedRatherThanMisreadAsGbk() {
        // Mostly valid UTF-8 Chinese with two stray bytes on line 3: reading it as GB18030 would garble every
        // character, so the importer refuses and says where the damage is.
        byte[] good = Seeds.bytes(SEED);
        int lineStart3 = 0, nl = 0;
        for (int i = 0; i < good.length && nl < 2; i++) if (good[i] == '\n' && ++nl == 2) lineStart3 = i + 1;
        byte[] bad = good.clone();
        bad[lineStart3 + 10] = (byte) 0xFF;
        bad[lineStart3 + 40] = (byte) 0x80;
        assertThatThrownBy(() -> TextDecoder.decode(new Source("坏.txt", bad)))
                .isInstanceOf(ImportException.class).hasMessageContaining("坏.txt").hasMessageContaining("UTF-8")
                .hasMessageContaining("第 3 行");
    }

    @Test
    void gbkWithMostlyAsciiIsStillGbk() throws Exception {
        byte[] gbk = "Annalist test file, version 2\n县政协2020年工作要点\nline three".getBytes(Charset.forName("GBK"));
        TextDecoder.Decoded d = TextDecoder.decode(new Source("g.txt", gbk));
        assertThat(d.encoding()).isEqualTo("GB18030（GBK）");
        assertThat(d.text()).contains("县政协2020年工作要点");
    }

    @Test
    void bytesValidInNoEncodingAreRefused() {
        // 0x80 alone and 0xFF are invalid in both UTF-8 and GB18030.
        byte[] b = {'a', 'b', (byte) 0xFF, (byte) 0x80, 'c', (byte) 0xFF, (byte) 0xFF};
        assertThatThrownBy(() -> TextDecoder.decode(new Source("x.txt", b))).hasMessageContaining("编码");
    }

    @Test
    void hugeFilesAreRefused() {
        byte[] huge = new byte[(int) TextDecoder.MAX_BYTES + 1];
        assertThatThrownBy(() -> TextDecoder.decode(new Source("big.txt", huge)))
                .isInstanceOf(ImportException.class).hasMessageContaining("big.txt").hasMessageContaining("50 MB");
    }
}
