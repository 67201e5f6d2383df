package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annalist.doc.TreeDump;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden trees, like pandoc's {@code .native} files: for every committed Word fixture {@code X.docx}, the tree the
 * import gives (each item's kind, title, subtitle, credits and {@link TreeDump} of its body) is committed beside it as
 * {@code X.docx.native}, so any change to what an import makes shows up as a diff to review. After an intended change,
 * rewrite them with {@code ./mvnw test -Dtest=WordGoldenTreeTest -Dgolden.update=true} and read the diff before committing.
 */
class WordGoldenTreeTest {

    @TestFactory
    Stream<DynamicTest> everyWordFixtureGivesItsCommittedTree() throws Exception {
        List<Path> all = WordCoverageTest.wordFixtures().stream()
                .filter(f -> !WordCoverageTest.WITHOUT_TEXT.containsKey(f.getFileName().toString())).toList();
        assertThat(all).isNotEmpty();
        return all.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        ImportResult r = WordCoverageTest.read(new Source(name, Files.readAllBytes(file)));
        String dump = dump(r);
        Path golden = file.resolveSibling(name + ".native");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, dump, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail(name + " has no golden tree " + golden.getFileName() + "; write it with -Dgolden.update=true and review it");
        }
        assertThat(dump).as("%s: the imported tree differs from %s", name, golden.getFileName())
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String dump(ImportResult r) {
        StringBuilder sb = new StringBuilder();
        for (ImportedItem it : r.items()) {
            sb.append("Item ").append(it.kind()).append('\n');
            sb.append("  title ").append(TreeDump.quote(it.title() == null ? "" : it.title())).append('\n');
            if (it.subtitle() != null && !it.subtitle().isEmpty()) sb.append("  subtitle ").append(TreeDump.quote(it.subtitle())).append('\n');
            it.metadata().credits().forEach(c -> sb.append("  credit ").append(c.role()).append(' ').append(TreeDump.quote(c.name())).append('\n'));
            sb.append(TreeDump.dump(it.body()));
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
        }
        return sb.toString();
    }
}
