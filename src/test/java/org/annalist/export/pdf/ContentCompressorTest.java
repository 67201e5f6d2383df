package org.annalist.export.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.InflaterInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages compressed on the other thread each get their own content back, Flate-encoded, in order. */
class ContentCompressorTest {

    @Test
    void eachPageGetsItsOwnContentBackCompressed() throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            List<COSStream> streams = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            try (ContentCompressor compressor = new ContentCompressor()) {
                // more pages than are allowed to wait, so some are stored before finish()
                for (int i = 0; i < 40; i++) {
                    byte[] raw = draw(i);
                    COSStream s = doc.getDocument().createCOSStream();
                    compressor.compress(s, raw);
                    streams.add(s);
                    contents.add(raw);
                }
                compressor.finish();
            }
            for (int i = 0; i < streams.size(); i++) {
                COSStream s = streams.get(i);
                byte[] encoded = bytes(s, true);
                assertThat(s.getFilters()).isEqualTo(COSName.FLATE_DECODE);
                assertThat(s.getLong(COSName.LENGTH)).isEqualTo(encoded.length);
                if (i > 0) assertThat(encoded.length).as("page " + i + " smaller compressed").isLessThan(contents.get(i).length);
                // decoded by PDFBox's filter and by plain zlib: both give the page's bytes
                assertThat(bytes(s, false)).as("page " + i + " decoded by PDFBox").isEqualTo(contents.get(i));
                try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(encoded))) {
                    assertThat(in.readAllBytes()).as("page " + i + " inflated").isEqualTo(contents.get(i));
                }
            }
        }
    }

    private static byte[] draw(int page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k <= page * 10; k++) {
            out.writeBytes((k + " " + (page + k * 0.123f) + " m\n" + (k * 2.5f) + " " + page + " l\nS\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] bytes(COSStream s, boolean raw) throws IOException {
        try (InputStream in = raw ? s.createRawInputStream() : s.createInputStream()) {
            return in.readAllBytes();
        }
    }
}
