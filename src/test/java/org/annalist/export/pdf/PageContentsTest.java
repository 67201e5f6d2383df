package org.annalist.export.pdf;

import org.annalist.export.SamplePages;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages written on several threads land in the document in order, each with its own content and the
 * resources it names: a book of many pages, each saying which page it is, read back page by page.
 */
class PageContentsTest {

    @Test
    void pagesWrittenInParallelComeBackInOrderWithTheirOwnText(@TempDir Path dir) throws Exception {
        List<Frame> pages = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // odd pages in 黑体, even in 宋体: each page's resources must name the font it draws with
            var face = i % 2 == 0 ? SamplePages.SERIF : SamplePages.SANS;
            Frame line = SamplePages.line(SamplePages.run(face, SamplePages.BODY, "第" + (i + 1) + "页正文"), SamplePages.COLUMN);
            pages.add(new Frame("page", SamplePages.WIDTH, SamplePages.HEIGHT, 0,
                    List.of(new Positioned(SamplePages.MARGIN, SamplePages.COLUMN_TOP, line))));
        }
        Path pdf = dir.resolve("book.pdf");
        new PdfExporter().export(pages, PdfOptions.titled("并行"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(120);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < 120; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                assertThat(stripper.getText(doc).strip()).as("page " + (i + 1)).isEqualTo("第" + (i + 1) + "页正文");
                var fonts = new ArrayList<String>();
                doc.getPage(i).getResources().getFontNames().forEach(n -> fonts.add(n.getName()));
                assertThat(fonts).as("fonts named by page " + (i + 1)).hasSize(1);
                String font = doc.getPage(i).getResources().getFont(doc.getPage(i).getResources().getFontNames().iterator().next()).getName();
                assertThat(font).as("font of page " + (i + 1)).contains(i % 2 == 0 ? "Serif" : "Sans");
            }
        }
    }
}
