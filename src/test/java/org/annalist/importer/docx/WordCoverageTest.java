package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ImportOptions;
import org.annalist.service.Importers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Nothing of a Word file's text is lost silently: for every Word fixture {@code X.docx}, {@code X.doc} or
 * {@code X.wps} in this package's test resources, the text LibreOffice reads from it ({@code X.docx.lo.txt}, made
 * once and committed) must be found in what the importer made of it — or be quoted by its import report. See
 * {@link TextCoverage} for what is compared and what is not. New fixtures are picked up by themselves; one without
 * its LibreOffice text fails until the text is made:
 *
 * <pre>
 * d=$(mktemp -d); cp X.docx "$d"; (cd "$d" &amp;&amp; soffice --headless --convert-to "txt:Text (encoded):UTF8" X.docx)
 * mv "$d/X.txt" X.docx.lo.txt
 * </pre>
 */
class WordCoverageTest {

    /** Fixtures that have no LibreOffice text, with the reason; each must still be refused with an ImportException. */
    static final Map<String, String> WITHOUT_TEXT = Map.of(
            "lo-password.doc", "password-protected: LibreOffice cannot open it without the password (the export writes "
                    + "nothing), and the importer refuses it, so there is no imported text to compare");

    static final List<String> WORD = List.of("docx", "doc", "wps");

    /**
     * The fixtures' folder in the sources (the build's copy in target/test-classes may still hold files since removed,
     * e.g. after switching branches); the copy on the class path when the sources are not at hand.
     */
    static Path fixtures() throws Exception {
        String project = System.getProperty("annalist.projectDir");
        if (project != null) {
            Path source = Path.of(project, "src", "test", "resources", "org", "annalist", "importer", "docx");
            if (Files.isDirectory(source)) return source;
        }
        return Path.of(WordCoverageTest.class.getResource("lo-manuscript.docx").toURI()).getParent();
    }

    static List<Path> wordFixtures() throws IOException, Exception {
        try (Stream<Path> files = Files.list(fixtures())) {
            return files.filter(f -> WORD.contains(extension(f))).sorted().toList();
        }
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @TestFactory
    Stream<DynamicTest> everyWordFixtureKeepsLibreOfficesText() throws Exception {
        List<Path> all = wordFixtures();
        assertThat(all).extracting(f -> f.getFileName().toString()).contains("lo-manuscript.docx", "lo-revised.doc");
        return all.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        Source source = new Source(name, Files.readAllBytes(file));
        if (WITHOUT_TEXT.containsKey(name)) {
            assertThatThrownBy(() -> read(source)).as(WITHOUT_TEXT.get(name)).isInstanceOf(ImportException.class);
            return;
        }
        Path lo = file.resolveSibling(name + ".lo.txt");
        if (!Files.exists(lo)) {
            fail(name + " has no LibreOffice text " + lo.getFileName() + " beside it; make it with soffice --headless "
                    + "--convert-to \"txt:Text (encoded):UTF8\" " + name + " (in a temporary folder) and commit it as "
                    + lo.getFileName() + ", or list the fixture in WITHOUT_TEXT with the reason");
        }
        ImportResult r = read(source);
        int[] notes = TextCoverage.notes(r);
        TextCoverage.Result result = TextCoverage.compare(Files.readString(lo, StandardCharsets.UTF_8),
                TextCoverage.imported(r), notes[0], notes[1]);
        if (!result.complete()) {
            fail(name + ": characters of LibreOffice's text that are neither in the import nor quoted by its report:\n"
                    + result.description() + "import report:\n" + r.report().toText());
        }
    }

    static ImportResult read(Source source) throws ImportException {
        return Importers.standard().forSource(source).read(source, ImportOptions.DEFAULT);
    }

    // The comparison itself must be able to fail.

    @Test
    void aCharacterTheImportLostIsReportedWithItsContext() {
        TextCoverage.Result r = TextCoverage.compare("\uFEFF乌当区概况\n全区辖10个乡镇。\n", "乌当区概况\n全区辖10个镇。", 0, 0);
        assertThat(r.complete()).isFalse();
        assertThat(r.missing()).containsExactly(Map.entry((int) '乡', 1));
        assertThat(r.description()).contains("'乡'", "全区辖10个[乡]镇。");
    }

    @Test
    void aCharacterTheImportKeptFewerTimesIsMissingOnce() {
        assertThat(TextCoverage.compare("历史悠久。历史悠久。", "历史悠久。", 0, 0).missing())
                .containsOnlyKeys((int) '历', (int) '史', (int) '悠', (int) '久', (int) '。');
    }

    @Test
    void whitespaceListLabelsAndNoteMarksAreNotText() {
        String lo = "\uFEFF乌当区概况\n    一、 机构设置\n    1. 征集史料\n    • 编辑\n境内海拔1659米1。\n";
        assertThat(TextCoverage.compare(lo, "乌当区概况 机构设置 征集史料 编辑 境内海拔 1659 米。", 1, 0).complete()).isTrue();
        // Without the footnote the mark is missing; a typed number without LibreOffice's list indent is compared.
        assertThat(TextCoverage.compare(lo, "乌当区概况 机构设置 征集史料 编辑 境内海拔 1659 米。", 0, 0).missing())
                .containsExactly(Map.entry((int) '1', 1));
        assertThat(TextCoverage.compare("1.加强学习", "加强学习", 0, 0).missing())
                .containsOnlyKeys((int) '1', (int) '.');
    }
}
