package org.annalist.export.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages compressed on the other thread hold what was written, Flate-encoded exactly as PDFBox would. */
class ContentCompressorTest {

    @Test
    void eachPageGetsItsOwnContentBackCompressedAsPdfBoxWould() throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
             PDDocument reference = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            List<COSStream> ours = new ArrayList<>();
            List<COSStream> theirs = new ArrayList<>();
            try (ContentCompressor compressor = new ContentCompressor()) {
                for (int i = 0; i < 40; i++) {
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                        draw(cs, i);
                    }
                    COSStream s = page.getCOSObject().getCOSStream(COSName.CONTENTS);
                    compressor.compress(s);
                    ours.add(s);
                    PDPage other = new PDPage();
                    reference.addPage(other);
                    try (PDPageContentStream cs = new PDPageContentStream(reference, other, PDPageContentStream.AppendMode.OVERWRITE, true)) {
                        draw(cs, i);
                    }
                    theirs.add(other.getCOSObject().getCOSStream(COSName.CONTENTS));
                }
                compressor.finish();
            }
            for (int i = 0; i < ours.size(); i++) {
                COSStream a = ours.get(i);
                COSStream b = theirs.get(i);
                assertThat(a.getFilters()).isEqualTo(COSName.FLATE_DECODE);
                assertThat(bytes(a, true)).as("page " + i + " encoded").isEqualTo(bytes(b, true));
                assertThat(bytes(a, false)).as("page " + i + " decoded").isEqualTo(bytes(b, false));
                assertThat(a.getLong(COSName.LENGTH)).isEqualTo(b.getLong(COSName.LENGTH));
                assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
            }
        }
    }

    private static void draw(PDPageContentStream cs, int page) throws IOException {
        for (int k = 0; k <= page; k++) {
            cs.moveTo(k, page + k * 0.123f);
            cs.lineTo(k * 2.5f, page);
            cs.stroke();
        }
    }

    private static byte[] bytes(COSStream s, boolean raw) throws IOException {
        try (InputStream in = raw ? s.createRawInputStream() : s.createInputStream()) {
            return in.readAllBytes();
        }
    }
}
