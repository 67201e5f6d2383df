package org.annalist.ui;

import org.annalist.ui.common.I18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's texts: both languages have the same keys, every key the code asks for exists, patterns are valid. */
class MessagesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/annalist/ui");
    private static final Path SOURCES = Path.of("src/main/java/org/annalist/ui");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        for (String k : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
            assertThat(en.getProperty(k)).as(k).isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties zh = load("messages.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("(?:tr|button|item)\\(\"([a-zA-Z][\\w.]*)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) if (!m.group(1).endsWith(".")) used.add(m.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (String k : used) assertThat(zh.stringPropertyNames()).as("key used in code").contains(k);
        // keys put together from parts
        for (String s : new String[]{"waiting", "running", "done", "warnings", "failed"}) assertThat(zh).containsKey("import.state." + s);
        for (String s : new String[]{"contributor", "period", "place", "personTags", "eventTags", "source", "collectedOn"}) {
            assertThat(zh).containsKeys("meta." + s, "meta." + s + ".prompt");
        }
        for (String s : new String[]{"undo", "redo", "entryTitle", "table", "image", "note", "indexTerm", "find", "save"}) {
            assertThat(zh).containsKey("editor." + s + ".tip");
        }
        // the model's levels, kinds and statuses by their enum names, so each language names them its own way
        for (var v : org.annalist.model.SectionLevel.values()) {
            assertThat(zh.getProperty("level." + v.name())).isEqualTo(v.label());
        }
        for (var v : org.annalist.model.ItemKind.values()) assertThat(zh.getProperty("itemKind." + v.name())).isEqualTo(v.label());
        for (var v : org.annalist.model.ItemStatus.values()) assertThat(zh.getProperty("itemStatus." + v.name())).isEqualTo(v.label());
    }

    @Test
    void patternsWithArgumentsAreValidInBothLanguages() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                if (v.contains("{0")) {
                    assertThat(new MessageFormat(v, Locale.ROOT).format(new Object[]{1, 2, 3, 4, 5, 6})).as(file + " " + k).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void chineseByDefaultEnglishOnRequest() {
        try {
            I18n.use(Locale.ENGLISH);
            assertThat(I18n.tr("tree.inbox")).isEqualTo("Inbox");
            assertThat(I18n.tr("import.summary", 2, 1, 5)).isEqualTo("2 files imported, 1 failed, 5 items");
            assertThat(I18n.tr("import.summary", 1, 0, 1)).isEqualTo("1 file imported, 0 failed, 1 item");
            assertThat(I18n.tr("tree.nodeDetail", 1, 1234)).isEqualTo("1 item · 1,234 chars");
            assertThat(I18n.tr("tree.itemDetail", 1, "draft")).isEqualTo("1 char · draft");
            assertThat(I18n.tr("import.warnings", 0)).isEqualTo("0 warnings");
            assertThat(I18n.tr("level.SUBCATEGORY")).isEqualTo("Subcategory");
            I18n.use(Locale.GERMAN);
            assertThat(I18n.tr("tree.inbox")).isEqualTo("收稿箱");
        } finally {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
        }
        assertThat(I18n.tr("tree.inbox")).isEqualTo("收稿箱");
        assertThat(I18n.tr("no.such.key")).isEqualTo("!no.such.key!");
    }
}
