package org.annalist.typeset.font;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.annalist.typeset.font.TestFonts.HEI;
import static org.annalist.typeset.font.TestFonts.KAI;
import static org.annalist.typeset.font.TestFonts.SHIPPED;
import static org.annalist.typeset.font.TestFonts.SONG;
import static org.assertj.core.api.Assertions.assertThat;

/** Loaded faces are shared across jobs; folder indexes are kept on disk and only refreshed when a folder changes. */
class FontCacheTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondResolveReusesTheLoadedFaces() throws IOException, FontException {
        Path sys = tmp.resolve("system");
        TestFonts.copy(HEI, sys, "simhei.ttf");
        FontConfig config = FontConfig.builder(SHIPPED).systemFontDirs(List.of(sys)).cacheDir(tmp.resolve("cache")).build();
        FontBook first = FontResolver.resolve(config);
        FontBook second = FontResolver.resolve(config);
        assertThat(second).isNotSameAs(first);
        assertThat(second.missing()).as("each job has its own 缺字 report").isNotSameAs(first.missing());
        for (FontRole role : FontRole.values()) {
            List<Face> a = first.chain(role).faces();
            List<Face> b = second.chain(role).faces();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) assertThat(b.get(i)).as(role + " face " + i).isSameAs(a.get(i));
        }
        assertThat(FontBook.shipped(SHIPPED).chain(FontRole.SONG).primary()).isSameAs(first.chain(FontRole.SONG).primary());
    }

    @Test
    void aFontReplacedOnDiskIsLoadedAgain() throws IOException, FontException {
        Path f = TestFonts.copy(SONG, tmp, "font.ttf");
        FaceCache cache = new FaceCache();
        Face before = cache.load(f, null);
        assertThat(cache.load(f, null)).isSameAs(before);
        Files.copy(KAI, f, StandardCopyOption.REPLACE_EXISTING);
        Face after = cache.load(f, null);
        assertThat(after).isNotSameAs(before);
        assertThat(after.postScriptName()).isEqualTo("LXGWWenKai-Regular");
        assertThat(cache.size()).as("the stale face is dropped").isEqualTo(1);
    }

    @Test
    void namesOfTheSameFaceShareOneLoad() throws IOException, FontException {
        Path ttc = TestFonts.ttc(tmp.resolve("two.ttc"), SONG, KAI);
        FaceCache cache = new FaceCache();
        Face byPs = cache.load(ttc, "LXGWWenKai-Regular");
        assertThat(cache.load(ttc, "霞鹜文楷")).isSameAs(byPs);
        assertThat(cache.load(ttc, "lxgw wenkai")).isSameAs(byPs);
        assertThat(cache.load(ttc, null)).isNotSameAs(byPs).extracting(Face::postScriptName).isEqualTo("NotoSerifSC-Regular");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void threadsAskingAtOnceGetOneFace() throws Exception {
        Path f = TestFonts.copy(HEI, tmp, "font.ttf");
        FaceCache cache = new FaceCache();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Face>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) jobs.add(() -> cache.load(f, null));
            List<Future<Face>> results = pool.invokeAll(jobs);
            Face one = results.get(0).get();
            for (Future<Face> r : results) assertThat(r.get()).isSameAs(one);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFolderIndexIsReusedUntilTheFolderChanges() throws IOException, FontException {
        Path sys = tmp.resolve("system");
        TestFonts.copy(HEI, sys, "simhei.ttf");
        TestFonts.copy(KAI, sys.resolve("nested"), "wenkai.ttf");
        TestFonts.garbage(sys, "notes.ttf");
        Files.writeString(sys.resolve("readme.txt"), "not a font and not looked at");
        Path index = tmp.resolve("cache/index.txt");

        FontIndex first = FontIndex.of(List.of(sys), index);
        assertThat(first.filesRead()).isEqualTo(3);
        assertThat(first.indexWritten()).isTrue();
        String written = Files.readString(index);
        assertThat(written).contains("simhei.ttf", "NotoSansSC-Medium", "霞鹜文楷", "notes.ttf", "不是字体文件").doesNotContain("readme");

        FontIndex second = FontIndex.of(List.of(sys), index);
        assertThat(second.filesRead()).isZero();
        assertThat(second.indexWritten()).isFalse();
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.named("LXGW WenKai")).singleElement().satisfies(h -> assertThat(h.file().file().getFileName()).hasToString("wenkai.ttf"));
        assertThat(second.withFileName("SIMHEI.TTF")).hasSize(1);
        assertThat(second.files()).filteredOn(e -> e.problem() != null).singleElement()
                .satisfies(e -> assertThat(e.problem()).contains("notes.ttf"));

        // A changed file (here a new modification time) is read again, and only that one.
        Path hei = sys.resolve("simhei.ttf");
        Files.setLastModifiedTime(hei, FileTime.fromMillis(Files.getLastModifiedTime(hei).toMillis() - 60_000));
        FontIndex third = FontIndex.of(List.of(sys), index);
        assertThat(third.filesRead()).isEqualTo(1);
        assertThat(third.indexWritten()).isTrue();

        // A removed file leaves the index, which is rewritten without reading anything.
        Files.delete(sys.resolve("notes.ttf"));
        FontIndex fourth = FontIndex.of(List.of(sys), index);
        assertThat(fourth.filesRead()).isZero();
        assertThat(fourth.indexWritten()).isTrue();
        assertThat(Files.readString(index)).doesNotContain("notes.ttf");

        // A new file is found.
        TestFonts.copy(SONG, sys, "simsun.ttf");
        FontIndex fifth = FontIndex.of(List.of(sys), index);
        assertThat(fifth.filesRead()).isEqualTo(1);
        assertThat(fifth.withFileName("simsun.ttf")).hasSize(1);
    }

    @Test
    void aDamagedIndexFileIsRebuiltNotTrusted() throws IOException, FontException {
        Path sys = tmp.resolve("system");
        TestFonts.copy(HEI, sys, "simhei.ttf");
        Path index = tmp.resolve("cache/index.txt");
        FontIndex.of(List.of(sys), index);
        Files.writeString(index, "annalist-font-index 1\nF\tbroken\n");
        FontIndex again = FontIndex.of(List.of(sys), index);
        assertThat(again.filesRead()).isEqualTo(1);
        assertThat(again.named("Noto Sans SC")).hasSize(1);
    }

    @Test
    void resolveKeepsTheSystemIndexInTheCacheFolder() throws IOException, FontException {
        Path sys = tmp.resolve("system");
        TestFonts.copy(HEI, sys, "simhei.ttf");
        Path cache = tmp.resolve("cache");
        FontConfig config = FontConfig.builder(SHIPPED).systemFontDirs(List.of(sys)).cacheDir(cache).build();
        FontResolver.resolve(config);
        List<Path> files;
        try (var s = Files.list(cache)) {
            // the faces' metrics are kept next to it, in a folder of their own (FaceMetricsFileTest)
            files = s.filter(Files::isRegularFile).toList();
        }
        assertThat(files).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("font-index-system-"));
        FileTime written = Files.getLastModifiedTime(files.get(0));
        String content = Files.readString(files.get(0));
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(written.toMillis() - 3_600_000));
        FontResolver.resolve(config);
        assertThat(Files.getLastModifiedTime(files.get(0)).toMillis()).as("not rewritten")
                .isEqualTo(written.toMillis() - 3_600_000);
        assertThat(Files.readString(files.get(0))).isEqualTo(content);
    }
}
