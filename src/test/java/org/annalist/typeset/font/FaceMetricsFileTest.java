package org.annalist.typeset.font;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.annalist.typeset.font.TestFonts.KAI;
import static org.annalist.typeset.font.TestFonts.SONG;
import static org.assertj.core.api.Assertions.assertThat;

/** A face's metrics kept on disk give the same face as parsing the font, and never a stale or damaged one. */
class FaceMetricsFileTest {
    @TempDir
    Path tmp;

    @Test
    void aLaterProcessReadsTheSameMetricsWithoutParsing() throws IOException, FontException {
        Path font = TestFonts.copy(SONG, tmp, "song.ttf");
        Path cache = tmp.resolve("cache");
        Face parsed = new FaceCache().load(font, null, cache);
        Path file = FaceMetricsFile.path(cache, font.toAbsolutePath().normalize(), 0);
        assertThat(file).isRegularFile();
        Face saved = new FaceCache().load(font, null, cache);
        assertThat(saved).isNotSameAs(parsed);
        assertSameMetrics(saved, parsed);
    }

    @Test
    void aFontChangedOnDiskIsParsedAgain() throws IOException, FontException {
        Path font = TestFonts.copy(SONG, tmp, "font.ttf");
        Path cache = tmp.resolve("cache");
        new FaceCache().load(font, null, cache);
        Files.copy(KAI, font, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(font, FileTime.fromMillis(Files.getLastModifiedTime(font).toMillis() + 5000));
        Face after = new FaceCache().load(font, null, cache);
        assertThat(after.postScriptName()).isEqualTo("LXGWWenKai-Regular");
        assertSameMetrics(after, Face.load(font, null));
        assertThat(new FaceCache().load(font, null, cache).postScriptName()).as("rewritten for the new font")
                .isEqualTo("LXGWWenKai-Regular");
    }

    @Test
    void aDamagedFileIsIgnoredAndReplaced() throws IOException, FontException {
        Path font = TestFonts.copy(KAI, tmp, "kai.ttf");
        Path cache = tmp.resolve("cache");
        Face parsed = new FaceCache().load(font, null, cache);
        Path file = FaceMetricsFile.path(cache, font.toAbsolutePath().normalize(), 0);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertSameMetrics(new FaceCache().load(font, null, cache), parsed);
        assertThat(Files.size(file)).as("written again whole").isEqualTo(whole.length);
        Files.write(file, new byte[] {1, 2, 3});
        assertSameMetrics(new FaceCache().load(font, null, cache), parsed);
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheParse() throws IOException, FontException {
        Path font = TestFonts.copy(SONG, tmp, "song.ttf");
        Path notAFolder = Files.writeString(tmp.resolve("cache"), "a file where the folder should be");
        Face face = new FaceCache().load(font, null, notAFolder);
        assertThat(face.postScriptName()).isEqualTo("NotoSerifSC-Regular");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList())
                .as("no temporary files left").containsExactlyInAnyOrder("song.ttf", "cache");
    }

    private static void assertSameMetrics(Face a, Face b) {
        assertThat(a.postScriptName()).isEqualTo(b.postScriptName());
        assertThat(a.family()).isEqualTo(b.family());
        assertThat(a.displayName()).isEqualTo(b.displayName());
        assertThat(a.ascent()).isEqualTo(b.ascent());
        assertThat(a.descent()).isEqualTo(b.descent());
        assertThat(a.glyphCount()).isEqualTo(b.glyphCount());
        for (int cp = 0; cp < 0x10000; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            if (a.glyphId(cp) != b.glyphId(cp) || a.advance(cp) != b.advance(cp)) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + " differs");
            }
        }
        for (int cp : List.of(0x20000, 0x2A6D6, 0x2B740, 0x1F600, 0x10FFFF)) {
            assertThat(a.glyphId(cp)).as("U+" + Integer.toHexString(cp)).isEqualTo(b.glyphId(cp));
        }
        assertThat(a.supplementaryGlyphs()).isEqualTo(b.supplementaryGlyphs());
    }
}
