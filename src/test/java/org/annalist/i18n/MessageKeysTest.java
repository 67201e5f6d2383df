package org.annalist.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles and the code agree (as JabRef's localisation test): every key the program uses is in both
 * bundles, every key of the bundles is used, both have the same keys, and an English text takes the same arguments
 * as its Chinese one. The ui and cli packages have bundles of their own and are not scanned here.
 */
class MessageKeysTest {
    private static final Path MAIN = Path.of(System.getProperty("annalist.projectDir", ".")).resolve("src/main/java/org/annalist");
    private static final Set<String> OWN_BUNDLES = Set.of("ui", "cli");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    /** Literals that look like keys and are not: the audit log's action names. */
    private static final Set<String> NOT_KEYS = Set.of("import.record");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Map<String, String> bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream("/org/annalist/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }

    /** String literals in the program that start like a key of the bundle ("import.", "store." …). */
    private static Set<String> usedKeys(Set<String> prefixes) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (OWN_BUNDLES.contains(MAIN.relativize(f).getName(0).toString())) continue;
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !NOT_KEYS.contains(key)) used.add(key);
                }
            }
        }
        return used;
    }

    private static Set<String> prefixes(Map<String, String> bundle) {
        return bundle.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("_en").keySet()).containsExactlyInAnyOrderElementsOf(bundle("").keySet());
    }

    @Test
    void everyKeyUsedIsInTheBundles() throws IOException {
        Map<String, String> zh = bundle("");
        Set<String> used = usedKeys(prefixes(zh));
        assertThat(used).isNotEmpty();
        assertThat(zh.keySet()).containsAll(used);
        assertThat(bundle("_en").keySet()).containsAll(used);
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() throws IOException {
        Map<String, String> zh = bundle("");
        Set<String> unused = new TreeSet<>(zh.keySet());
        unused.removeAll(usedKeys(prefixes(zh)));
        assertThat(unused).isEmpty();
    }

    @Test
    void anEnglishTextTakesTheArgumentsOfItsChineseOne() throws IOException {
        Map<String, String> zh = bundle("");
        Map<String, String> en = bundle("_en");
        zh.forEach((key, pattern) -> {
            new MessageFormat(pattern); // throws on a broken pattern
            new MessageFormat(en.get(key));
            assertThat(arguments(en.get(key))).as(key).isEqualTo(arguments(pattern));
        });
    }

    /** A lone quote starts a quoted (unformatted) part in a MessageFormat: in a text it must be doubled. */
    @Test
    void quotesAreDoubled() throws IOException {
        for (Map<String, String> b : java.util.List.of(bundle(""), bundle("_en"))) {
            b.forEach((key, pattern) -> {
                String withoutQuotedBraces = pattern.replaceAll("'\\{[^}']*\\}'", "");
                assertThat(withoutQuotedBraces.replace("''", "")).as(key).doesNotContain("'");
            });
        }
    }

    @Test
    void argumentsAreShownAsTheyAreAndInTheReadersLanguage() {
        assertThat(Texts.format(java.util.Locale.ENGLISH, "import.failed", "a.docx", Localized.of("import.empty")))
                .startsWith("Cannot import “a.docx”: the file is empty");
        assertThat(Texts.format(java.util.Locale.SIMPLIFIED_CHINESE, "store.conflict.saved", "标题", "王编辑", "2026-12-06 10:00:00", 2022, 12))
                .contains("第 2022 版");
        assertThat(Texts.format(java.util.Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern.replaceAll("'\\{[^}']*\\}'", ""));
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
