package org.annalist.export.pdf;

import org.annalist.export.SamplePages;
import org.annalist.typeset.frame.FontRef;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Missing glyphs, missing fonts, unwritable targets, and an independent look at the fonts with pdffonts. */
class PdfRobustnessTest {
    @TempDir
    Path dir;

    private static Frame pageWith(GlyphRun run) {
        return new Frame("page", 200, 100, 0, List.of(new Positioned(20, 50, run)));
    }

    @Test
    void charactersTheFontLacksAreSkippedAndCounted() throws Exception {
        // Noto Serif SC has no ≒ (U+2252) and nothing in the Private Use Area.
        GlyphRun run = SamplePages.run(SamplePages.SERIF, 12, "约≒三\uE000成≒");
        Path pdf = dir.resolve("gaps.pdf");
        PdfReport report = new PdfExporter().export(List.of(pageWith(run)), PdfOptions.titled("缺字"), pdf);
        assertThat(report.skipped().total()).isEqualTo(3);
        assertThat(report.skipped().counts()).containsEntry(0x2252, 2).containsEntry(0xE000, 1);
        assertThat(report.skipped().summary()).contains("U+2252", "×2");
        // Where a glyph is missing the page shows a gap, which extraction may render as a space.
        assertThat(PdfChecks.text(pdf, 0).strip().replace(" ", "")).isEqualTo("约三成");
        // The glyphs that remain keep their own positions: 成 is where the frame put it, not where 三 ended.
        var positions = PdfChecks.positions(pdf, 0);
        assertThat((double) positions.get(2).getXDirAdj()).isCloseTo(20 + run.xAt(4), org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void aGlyphSharedWithARadicalIsExtractedAsTheIdeograph() throws Exception {
        // Noto Serif SC draws 一 (U+4E00) and the Kangxi radical ⼀ (U+2F00) with one glyph; the /ToUnicode
        // map can name one character per glyph and must name the ideograph, whichever the book drew first.
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); PdfFonts fonts = new PdfFonts(doc)) {
            EmbeddedFont serif = fonts.get(SamplePages.SERIF.ref());
            assumeTrue(serif.glyph(0x2F00) == serif.glyph(0x4E00), "the font has a separate radical glyph");
        }
        GlyphRun run = SamplePages.run(SamplePages.SERIF, 12, "⼀年一度，一⼀");
        Path pdf = dir.resolve("radical.pdf");
        new PdfExporter().export(List.of(pageWith(run)), PdfOptions.titled("部首"), pdf);
        assertThat(PdfChecks.text(pdf, 0).strip()).isEqualTo("一年一度，一一");
    }

    @Test
    void aMissingFontFileIsNamedInChinese() {
        Path missing = dir.resolve("不存在的字体.ttf");
        GlyphRun run = new GlyphRun(new FontRef(missing.toString(), "Nothing"), 12, "字", new double[]{0}, 12);
        Path pdf = dir.resolve("x.pdf");
        assertThatThrownBy(() -> new PdfExporter().export(List.of(pageWith(run)), PdfOptions.titled("x"), pdf))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("无法读取字体文件").hasMessageContaining(missing.toString());
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aFileThatIsNoFontIsNamedInChinese() throws Exception {
        Path bogus = Files.writeString(dir.resolve("bogus.ttf"), "not a font");
        GlyphRun run = new GlyphRun(new FontRef(bogus.toString(), "Bogus"), 12, "字", new double[]{0}, 12);
        assertThatThrownBy(() -> new PdfExporter().export(List.of(pageWith(run)), PdfOptions.titled("x"), dir.resolve("x.pdf")))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("无法读取字体文件").hasMessageContaining(bogus.toString());
    }

    @Test
    void anUnwritableOutputIsNamedInChinese() throws Exception {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notADir.resolve("book.pdf");
        assertThatThrownBy(() -> new PdfExporter().export(List.of(SamplePages.samplePage()), PdfOptions.titled("x"), target))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("无法写入输出文件").hasMessageContaining(target.toString());
        Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
        assertThatThrownBy(() -> new PdfExporter().export(List.of(SamplePages.samplePage()), PdfOptions.titled("x"), folder))
                .hasMessageContaining("无法写入输出文件").hasMessageContaining(folder.toString());
    }

    @Test
    void aFailedExportLeavesThePreviousFileAndNoLeftovers() throws Exception {
        Path pdf = dir.resolve("book.pdf");
        new PdfExporter().export(List.of(SamplePages.samplePage()), PdfOptions.titled("上一版"), pdf);
        byte[] before = Files.readAllBytes(pdf);
        GlyphRun broken = new GlyphRun(new FontRef(dir.resolve("gone.ttf").toString(), "Gone"), 12, "字", new double[]{0}, 12);
        assertThatThrownBy(() -> new PdfExporter().export(List.of(SamplePages.samplePage(), pageWith(broken)), PdfOptions.titled("新版"), pdf))
                .isInstanceOf(PdfExportException.class);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("book.pdf");
        }
    }

    @Test
    void pdffontsSeesEmbeddedSubsetsWithUnicodeMaps() throws Exception {
        String binary = org.annalist.testing.Tools.require("pdffonts", "poppler-utils");
        Path pdf = dir.resolve("sample.pdf");
        new PdfExporter().export(List.of(SamplePages.samplePage()), PdfOptions.titled("样张"), pdf);
        Process p = new ProcessBuilder(binary, pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // name, type ("CID TrueType"), encoding, then emb sub uni.
        Matcher m = Pattern.compile("(?m)^([A-Z]{6}\\+\\S+)\\s+CID TrueType\\s+Identity-H\\s+(\\w+)\\s+(\\w+)\\s+(\\w+)").matcher(out);
        int fonts = 0;
        while (m.find()) {
            fonts++;
            assertThat(m.group(2) + " " + m.group(3) + " " + m.group(4)).as(m.group(1)).isEqualTo("yes yes yes");
        }
        assertThat(fonts).as(out).isEqualTo(2);
    }
}
