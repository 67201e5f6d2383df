package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist search}: an imported manuscript found by a traditional-character query, facets, --rebuild, errors. */
class SearchCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        all[2] = "--user";
        all[3] = "李编辑";
        System.arraycopy(args, 0, all, 4, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void findsAnImportedManuscriptRebuildsAndRefusesBadInput() throws Exception {
        Path file = tmp.resolve("来稿.txt");
        Files.writeString(file, "张自忠将军在宜城\n\n1940年5月，张自忠将军在宜城南瓜店十里长山殉国。\n", StandardCharsets.UTF_8);
        assertThat(run("import", file.toString()).code()).isZero();
        Run found = run("search", "張自忠", "南瓜店", "--facets");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).contains("共找到 1 篇").contains("【南瓜店】").contains("命中位置：正文 第 8 字符").contains("状态：收稿 1");
        Run rebuilt = run("search", "--rebuild");
        assertThat(rebuilt.out()).contains("已重建检索索引：1 篇稿件");
        assertThat(run("search", "北碚").out()).contains("共找到 0 篇");
        Run bad = run("search", "宜城", "--sort", "year");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("排序方式“year”无效");
        Run empty = run("search", "地点:");
        assertThat(empty.code()).isNotZero();
        assertThat(empty.err()).contains("冒号后没有内容");
    }

    @Test
    void whileAnotherProgramHoldsTheIndexTheCommandReadsItAndSaysHowFarBehindItIs() throws Exception {
        Path file = tmp.resolve("来稿.txt");
        Files.writeString(file, "张自忠将军在宜城\n\n1940年5月，张自忠将军在宜城南瓜店十里长山殉国。\n", StandardCharsets.UTF_8);
        assertThat(run("import", file.toString()).code()).isZero();
        assertThat(run("search", "南瓜店").out()).as("the index made and committed").contains("共找到 1 篇");
        Path data = tmp.resolve("data");
        // the desktop's index writer, holding the lock; then an item the desktop has not indexed yet
        try (org.annalist.search.SearchIndex desktop = org.annalist.search.SearchIndex.open(data)) {
            assertThat(desktop.readOnly()).isFalse();
            Files.writeString(file, "北碚之行\n\n1939年，卢作孚在北碚。\n", StandardCharsets.UTF_8);
            assertThat(run("import", file.toString()).code()).isZero();
            Run found = run("search", "南瓜店");
            assertThat(found.code()).as(found.err()).isZero();
            assertThat(found.out()).contains("共找到 1 篇");
            assertThat(found.err()).contains("正由另一个 Annalist 程序").contains("只读").contains("有 1 篇稿件");
            assertThat(run("search", "北碚").out()).contains("共找到 0 篇");
        }
        // the lock released, the command writes the index itself and catches up
        Run after = run("search", "北碚");
        assertThat(after.out()).contains("共找到 1 篇");
        assertThat(after.err()).doesNotContain("只读");
    }
}
