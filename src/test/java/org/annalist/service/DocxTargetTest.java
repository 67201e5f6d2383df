package org.annalist.service;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the .docx cannot go, the editor is told so in Chinese as the PDF export tells it ({@code export.unwritable}):
 * the target and the reason, never the operating system's English text or the name of our part file — and before
 * the book is set, not after. A name with spaces and Chinese characters in a folder still to be made is written.
 */
class DocxTargetTest {
    @TempDir
    Path tmp;

    private Path book() throws Exception {
        Path md = tmp.resolve("书稿.md");
        Files.writeString(md, "% 书稿\n\n# 综述\n\n**【概况】** 2022年，全市地区生产总值增长5.1%。\n", StandardCharsets.UTF_8);
        return md;
    }

    private static String chinese(Throwable e) {
        return Messages.describe(e, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aTargetThatIsAFolderIsRefusedAsThePdfRefusesIt() throws Exception {
        Path md = book();
        Path folder = Files.createDirectories(tmp.resolve("成品.docx"));
        assertThatThrownBy(() -> DocxService.markdownFile(md, folder, "nianjian-16k"))
                .isInstanceOf(TypesetService.TypesetException.class)
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("无法写入输出文件 " + folder + "：这是一个文件夹"));
        assertThat(folder).isEmptyDirectory();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("书稿.md", "成品.docx");
        }
    }

    @Test
    void aFolderOnTheWayThatIsAFileIsNamed() throws Exception {
        Path md = book();
        Path file = Files.writeString(tmp.resolve("交稿"), "不是文件夹");
        Path target = file.resolve("成品.docx");
        assertThatThrownBy(() -> DocxService.markdownFile(md, target, "nianjian-16k"))
                .isInstanceOf(TypesetService.TypesetException.class)
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("无法写入输出文件 " + target + "：" + file + " 是一个文件，不是文件夹"));
    }

    @Test
    void aNameWithSpacesAndChineseInAFolderStillToBeMadeIsWritten() throws Exception {
        Path md = book();
        Path target = tmp.resolve("2022 年 交稿").resolve("示范 年鉴 （送审稿）.docx");
        var summary = DocxService.markdownFile(md, target, "nianjian-16k");
        assertThat(summary.file()).isEqualTo(target);
        try (InputStream in = Files.newInputStream(target); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getParagraphs()).anyMatch(p -> p.getText().contains("全市地区生产总值增长5.1%"));
        }
    }
}
