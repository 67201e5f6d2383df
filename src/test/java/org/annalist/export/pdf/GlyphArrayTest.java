package org.annalist.export.pdf;

import org.annalist.export.SamplePages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page writer builds TJ operators itself from glyph ids; they must be byte for byte what PDFBox's
 * {@code showTextWithPositioning} writes for the same characters, so the PDF is unchanged. Every
 * character of the serif face is drawn both ways, in strings of random length (so literal strings with
 * escapes and hex strings both occur) with random adjustments, from tiny to huge, between them.
 */
class GlyphArrayTest {

    @Test
    void writesWhatShowTextWithPositioningWrites() throws Exception {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc)) {
            EmbeddedFont font = fonts.get(SamplePages.SERIF.ref());
            PDPage ours = new PDPage();
            PDPage pdfbox = new PDPage();
            doc.addPage(ours);
            doc.addPage(pdfbox);
            Random random = new Random(20240601);
            GlyphArray tj = new GlyphArray();
            int glyphs = 0;
            try (PDPageContentStream a = new PDPageContentStream(doc, ours, PDPageContentStream.AppendMode.OVERWRITE, false);
                 PDPageContentStream b = new PDPageContentStream(doc, pdfbox, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                for (PDPageContentStream cs : List.of(a, b)) {
                    cs.beginText();
                    cs.setFont(font.pdf(), 10);
                }
                List<Object> parts = new ArrayList<>();
                StringBuilder chunk = new StringBuilder();
                tj.begin();
                for (int cp = 0x20; cp <= 0x10FFFF; cp++) {
                    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
                    int gid = font.glyph(cp);
                    if (gid == 0) continue;
                    glyphs++;
                    tj.glyph(gid);
                    chunk.appendCodePoint(cp);
                    // As in PageWriter, strings end only where an adjustment follows or the operator ends.
                    if (random.nextInt(4) == 0) {
                        float adjust = switch (random.nextInt(4)) {
                            case 0 -> random.nextInt(2001) - 1000;
                            case 1 -> (float) (random.nextGaussian() * 300);
                            case 2 -> (float) (random.nextGaussian() * 0.001);
                            default -> (float) (random.nextDouble() * 1e7);
                        };
                        parts.add(chunk.toString());
                        chunk.setLength(0);
                        parts.add(adjust);
                        tj.adjust(adjust);
                    }
                    if (random.nextInt(24) == 0) {
                        if (chunk.length() > 0) parts.add(chunk.toString());
                        chunk.setLength(0);
                        b.showTextWithPositioning(parts.toArray());
                        tj.show(a);
                        parts.clear();
                        tj.begin();
                    }
                }
                if (chunk.length() > 0) parts.add(chunk.toString());
                b.showTextWithPositioning(parts.toArray());
                tj.show(a);
                for (PDPageContentStream cs : List.of(a, b)) cs.endText();
            }
            byte[] mine = contents(ours);
            byte[] theirs = contents(pdfbox);
            assertThat(glyphs).as("characters of the face").isGreaterThan(20000);
            String text = new String(mine, StandardCharsets.ISO_8859_1);
            assertThat(text).as("hex strings occur").contains("<");
            assertThat(text.contains("\\(") || text.contains("\\)") || text.contains("\\\\")).as("escaped literal strings occur").isTrue();
            assertThat(mine).isEqualTo(theirs);
        }
    }

    private static byte[] contents(PDPage page) throws Exception {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }
}
