package org.annalist.typeset.font;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.annalist.typeset.font.TestFonts.HEI;
import static org.annalist.typeset.font.TestFonts.KAI;
import static org.annalist.typeset.font.TestFonts.SHIPPED;
import static org.annalist.typeset.font.TestFonts.SONG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution order, matching by family and file name, and the font report. The "system" and "user"
 * folders are temporary folders holding renamed copies of the shipped fonts, never the machine's fonts.
 */
class FontResolverTest {
    @TempDir
    Path tmp;

    private FontConfig.Builder config() {
        return FontConfig.builder(SHIPPED).systemFontDirs(List.of(tmp.resolve("system"))).cacheDir(tmp.resolve("cache"));
    }

    private static List<FontSource> sources(FontBook book, FontRole role) {
        return book.report().role(role).chain().stream().map(FontReport.Used::source).toList();
    }

    private static Path primaryFile(FontBook book, FontRole role) {
        return book.chain(role).primary().file();
    }

    @Test
    void withNothingInstalledEveryRoleUsesTheShippedFontsAndTheReportSaysSo() throws IOException {
        Files.createDirectories(tmp.resolve("system"));
        FontBook book = FontResolver.resolve(config().build());
        for (FontRole role : FontRole.values()) {
            assertThat(sources(book, role)).as(role.name()).containsOnly(FontSource.SHIPPED).hasSize(3);
        }
        assertThat(book.chain(FontRole.FANG).primary().postScriptName()).isEqualTo("LXGWWenKai-Regular");
        assertThat(book.report().role(FontRole.FANG).substitutions())
                .containsExactly("仿：系统中没有仿宋，改用 霞鹜文楷（随程序附带）");
        assertThat(book.report().substitutions()).hasSize(5);
        assertThat(book.report().warnings()).isEmpty();
        assertThat(book.report().toText()).contains("随程序附带", "仿：霞鹜文楷（随程序附带，");
    }

    @Test
    void systemFontsAreFoundByWellKnownFileName() throws IOException {
        Path sys = tmp.resolve("system");
        TestFonts.copy(HEI, sys, "simhei.ttf");
        TestFonts.copy(SONG, sys.resolve("sub"), "SIMFANG.TTF"); // nested folder, upper case as on old Windows
        FontBook book = FontResolver.resolve(config().build());
        assertThat(primaryFile(book, FontRole.HEI)).isEqualTo(sys.resolve("simhei.ttf"));
        assertThat(sources(book, FontRole.HEI).get(0)).isEqualTo(FontSource.SYSTEM);
        assertThat(primaryFile(book, FontRole.FANG)).isEqualTo(sys.resolve("sub/SIMFANG.TTF"));
        assertThat(book.report().role(FontRole.FANG).substitutions()).isEmpty();
        assertThat(book.report().role(FontRole.SONG).substitutions()).containsExactly(
                "宋：系统中没有宋体，改用 Noto Serif SC（随程序附带）");
        // The rest of the chain is still the shipped fonts, for characters the system font lacks.
        assertThat(sources(book, FontRole.FANG)).containsExactly(FontSource.SYSTEM, FontSource.SHIPPED,
                FontSource.SHIPPED, FontSource.SHIPPED);
    }

    @Test
    void userFontsAreFoundByFamilyNameWhateverTheFileIsCalled() throws IOException {
        Path user = tmp.resolve("user");
        TestFonts.copy(KAI, user, "我装的楷体.ttf");
        FontBook book = FontResolver.resolve(config().userFontsDir(user).build());
        assertThat(primaryFile(book, FontRole.KAI)).isEqualTo(user.resolve("我装的楷体.ttf"));
        assertThat(sources(book, FontRole.KAI).get(0)).isEqualTo(FontSource.USER);
        assertThat(book.report().role(FontRole.KAI).primary().describe()).startsWith("霞鹜文楷（用户字体文件夹，");
    }

    @Test
    void aTemplateMayNameAFontWithoutAFileAndItIsLookedUpByName() throws IOException {
        Path user = tmp.resolve("user");
        TestFonts.copy(HEI, user, "a.ttf");
        FontBook book = FontResolver.resolve(config().userFontsDir(user)
                .explicit(FontRole.SONG, null, "Noto Sans SC")
                .explicit(FontRole.LATIN, null, "方正书宋_GBK").build());
        assertThat(primaryFile(book, FontRole.SONG)).isEqualTo(user.resolve("a.ttf"));
        assertThat(book.report().role(FontRole.SONG).substitutions()).isEmpty();
        assertThat(book.report().role(FontRole.LATIN).substitutions()).containsExactly(
                "西文：找不到模板指定的字体“方正书宋_GBK”，改用 Noto Serif SC（随程序附带）");
    }

    @Test
    void templateBeatsUserFolderBeatsSystemBeatsShipped() throws IOException {
        Path sys = tmp.resolve("system");
        Path user = tmp.resolve("user");
        Path system = TestFonts.copy(SONG, sys, "simkai.ttf");
        Path mine = TestFonts.copy(HEI, user, "simkai.ttf");
        Path template = TestFonts.copy(KAI, tmp.resolve("template"), "模板楷体.ttf");

        FontBook all = FontResolver.resolve(config().userFontsDir(user).explicit(FontRole.KAI, template, null).build());
        assertThat(sources(all, FontRole.KAI)).containsExactly(FontSource.TEMPLATE, FontSource.USER,
                FontSource.SYSTEM, FontSource.SHIPPED, FontSource.SHIPPED, FontSource.SHIPPED);
        assertThat(all.chain(FontRole.KAI).faces()).extracting(Face::file)
                .startsWith(template.toAbsolutePath(), mine.toAbsolutePath(), system.toAbsolutePath());
        assertThat(all.report().toText()).contains("楷：霞鹜文楷（模板指定，", "缺字时依次改用 Noto Sans SC（用户字体文件夹，");

        FontBook noTemplate = FontResolver.resolve(config().userFontsDir(user).build());
        assertThat(primaryFile(noTemplate, FontRole.KAI)).isEqualTo(mine);
        FontBook noUser = FontResolver.resolve(config().build());
        assertThat(primaryFile(noUser, FontRole.KAI)).isEqualTo(system);
        FontBook noSystem = FontResolver.resolve(config().systemFonts(false).build());
        assertThat(sources(noSystem, FontRole.KAI)).containsOnly(FontSource.SHIPPED);
        assertThat(noSystem.report().role(FontRole.KAI).substitutions()).containsExactly(
                "楷：未使用系统字体，没有楷体，改用 霞鹜文楷（随程序附带）");
    }

    @Test
    void aCollectionFaceIsChosenByPostScriptNameAndByFileNameTakesTheFirstFace() throws IOException {
        Path ttc = TestFonts.ttc(tmp.resolve("system/simsun.ttc"), SONG, KAI);
        SfntInfo info = assertNoThrow(ttc);
        assertThat(info.isCollection()).isTrue();
        assertThat(info.faces()).extracting(SfntInfo.FaceInfo::postScriptName)
                .containsExactly("NotoSerifSC-Regular", "LXGWWenKai-Regular");

        FontBook book = FontResolver.resolve(config().explicit(FontRole.KAI, ttc, "LXGWWenKai-Regular")
                .explicit(FontRole.HEI, ttc, "霞鹜文楷").build());
        Face kai = book.chain(FontRole.KAI).primary();
        assertThat(kai.file()).isEqualTo(ttc);
        assertThat(kai.postScriptName()).isEqualTo("LXGWWenKai-Regular");
        assertThat(book.chain(FontRole.HEI).primary()).as("a family name selects the same face").isSameAs(kai);
        Face wenkai = book.report().role(FontRole.KAI).chain().get(1).face();
        // Re-based tables read the same as the single file: same glyphs, same advances.
        assertThat(kai.glyphCount()).isEqualTo(wenkai.glyphCount());
        assertThat(kai.glyphId('永')).isEqualTo(wenkai.glyphId('永'));
        assertThat(kai.advance('i')).isEqualTo(wenkai.advance('i'));

        Face song = book.chain(FontRole.SONG).primary();
        assertThat(song.file()).isEqualTo(ttc);
        assertThat(song.postScriptName()).isEqualTo("NotoSerifSC-Regular");

        FontBook wrong = FontResolver.resolve(config().explicit(FontRole.KAI, ttc, "KaiTi").build());
        assertThat(wrong.report().warnings()).anySatisfy(w -> assertThat(w)
                .contains("simsun.ttc", "字体集中没有名为“KaiTi”的字体（有：NotoSerifSC-Regular、LXGWWenKai-Regular）"));
    }

    private static SfntInfo assertNoThrow(Path file) {
        try {
            return SfntInfo.read(file);
        } catch (FontException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void brokenFilesAreWarnedAboutByNameAndResolutionGoesOn() throws IOException {
        Path user = tmp.resolve("user");
        Path bad = TestFonts.garbage(user, "坏字体.ttf");
        Path cut = TestFonts.truncated(SONG, user, "没拷完.ttf", 2_000_000);
        Path stub = TestFonts.truncated(SONG, user, "只有开头.ttc", 40);
        Path sysBad = TestFonts.garbage(tmp.resolve("system"), "simhei.ttf");
        Path missing = tmp.resolve("template/不存在.ttf");

        FontBook book = FontResolver.resolve(config().userFontsDir(user)
                .explicit(FontRole.SONG, bad, null).explicit(FontRole.KAI, cut, null)
                .explicit(FontRole.FANG, missing, null).build());
        List<String> w = book.report().warnings();
        assertThat(w).anySatisfy(s -> assertThat(s).contains(bad.toString(), "不是字体文件"));
        assertThat(w).anySatisfy(s -> assertThat(s).contains(cut.toString(), "文件不完整"));
        assertThat(w).anySatisfy(s -> assertThat(s).contains(stub.toString(), "文件不完整"));
        assertThat(w).anySatisfy(s -> assertThat(s).contains(sysBad.toString(), "不是字体文件"));
        assertThat(w).anySatisfy(s -> assertThat(s).contains(missing.toString(), "找不到这个文件"));
        // Each message once, however many roles tried the file.
        assertThat(w).doesNotHaveDuplicates();
        for (FontRole role : FontRole.values()) assertThat(sources(book, role)).containsOnly(FontSource.SHIPPED);
        assertThat(book.report().role(FontRole.SONG).substitutions()).containsExactly(
                "宋：模板指定的字体文件“坏字体.ttf”无法使用，改用 Noto Serif SC（随程序附带）");
        assertThat(book.report().toText()).contains("注意：", "坏字体.ttf");
    }

    @Test
    void cffOutlineFontsAreSkippedWithAReportLine() throws IOException {
        // See TestFonts.cffFlavoured: the structure of a CFF font, with a placeholder 'CFF ' table.
        Path user = tmp.resolve("user");
        Path cff = TestFonts.cffFlavoured(KAI, user.resolve("LXGWWenKai-CFF.otf"));
        Path sysCff = TestFonts.cffFlavoured(SONG, tmp.resolve("system/NotoSerifCJK-Regular.otf"));
        FontBook book = FontResolver.resolve(config().userFontsDir(user).explicit(FontRole.FANG, cff, null)
                .explicit(FontRole.LATIN, null, "Noto Serif SC").build());
        List<String> w = book.report().warnings();
        assertThat(w).anySatisfy(s -> assertThat(s).contains("跳过用户字体文件夹“霞鹜文楷”", cff.toString(), "CFF"));
        assertThat(w).anySatisfy(s -> assertThat(s).contains("跳过系统字体", sysCff.toString(), "CFF"));
        assertThat(w).anySatisfy(s -> assertThat(s).contains(cff.toString(), "PDF 导出只能嵌入 TrueType 轮廓"));
        assertThat(sources(book, FontRole.KAI)).containsOnly(FontSource.SHIPPED);
        assertThat(sources(book, FontRole.FANG)).containsOnly(FontSource.SHIPPED);
        assertThat(book.chain(FontRole.LATIN).primary().file()).isEqualTo(SHIPPED.resolve(FontBook.SHIPPED_SONG).toAbsolutePath().normalize());
    }

    @Test
    void oddConfigurationsNeverThrow() throws IOException {
        Path notADir = TestFonts.garbage(tmp, "user.txt");
        FontBook book = FontResolver.resolve(config().userFontsDir(notADir)
                .explicit(FontRole.SONG, tmp, null) // a folder where a file was expected
                .systemFontDirs(List.of(tmp.resolve("nowhere"))).cacheDir(null).build());
        assertThat(book.report().warnings()).anySatisfy(s -> assertThat(s).contains("用户字体文件夹", "不存在"));
        assertThat(book.report().warnings()).anySatisfy(s -> assertThat(s).contains(tmp.toString(), "无法使用"));
        assertThat(sources(book, FontRole.SONG)).containsOnly(FontSource.SHIPPED);
    }
}
