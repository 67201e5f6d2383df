package org.annalist.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Word manuscript with a picture: imported into the archive, typeset, the picture in the PDF. */
class WordToPdfTest {
    @TempDir
    Path tmp;

    @Test
    void pictureFromWordReachesThePrintedPage() throws Exception {
        Path docx = tmp.resolve("第一章.docx");
        try (var in = getClass().getResourceAsStream("/org/annalist/importer/docx/lo-chapter.docx")) {
            Files.copy(in, docx);
        }
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            var section = s.queries().section("demo-wenshi-1/新时代市县政协工作").orElseThrow();
            var r = s.imports().importFiles(List.of(docx), section.id(), ImportService.Progress.NONE);
            assertThat(r.failed()).as(r.files().get(0).error()).isZero();
            var item = r.files().get(0).items().get(0);
            assertThat(item.body()).doesNotContain("attachment:new/").containsPattern("\\(attachment:\\d+\\)");
            var details = s.queries().item(item.id()).orElseThrow();
            assertThat(details.attachments()).anyMatch(a -> a.mediaType().startsWith("image/"));

            Path pdf = tmp.resolve("辑.pdf");
            var summary = TypesetService.publication(s, "demo-wenshi-1", pdf,
                    new TypesetService.Options("wenshi-16k", false, true, false, null, tmp.resolve("cache")), (p, d, t) -> {
                    });
            assertThat(summary.warnings()).noneMatch(w -> w.startsWith("图片"));
            int images = 0;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : doc.getPages()) {
                    for (COSName n : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(n) instanceof PDImageXObject) images++;
                    }
                }
            }
            assertThat(images).isGreaterThanOrEqualTo(1);
        }
    }
}
